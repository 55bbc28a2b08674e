// The results of a run as charts (recharts), over the canvas: the stage funnel with
// conversion and time to each stage, emails per prospect, unsubscribes over time, hand-offs
// per week against sales capacity, score and grade distributions, who is stuck where, the
// accounts when the prospects belong to companies, and the sales side and the money
// (./results/SalesSection). Each card is a component of its own in ./results.
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { useApp } from '../store/StoreContext';
import { AccountsCard } from './results/AccountsCard';
import { EmailsCard } from './results/EmailsCard';
import { FunnelCard } from './results/FunnelCard';
import { HandoffsCard } from './results/HandoffsCard';
import { SALES_SECTION_ID, SalesSection } from './results/SalesSection';
import { ScoresCard } from './results/ScoresCard';
import { StuckCard } from './results/StuckCard';
import { UnsubscribesCard } from './results/UnsubscribesCard';

export function ResultsView() {
  const { t } = useTranslation();
  const held = useApp((s) => (s.runResults?.journeyId === s.document?.id ? s.runResults : null));
  const close = useApp((s) => s.showResultsView);
  if (!held) return null;
  const { results } = held;
  return (
    <section className="results-view" data-testid="results-view" aria-label={t('results.heading')}>
      <header className="results-view__head">
        <div>
          <h2>{t('results.heading')}</h2>
          <p className="inspector__hint">
            {t('results.subtitle', { journey: results.journey.name, prospects: formatNumber(results.prospects), days: results.horizonDays, seed: results.seed })}
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => document.getElementById(SALES_SECTION_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
              data-testid="results-to-sales"
            >
              {t('salesResults.section')} ↓
            </button>
          </p>
        </div>
        <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => close(null)} data-testid="results-close">
          <X size={18} />
        </button>
      </header>
      <div className="results-grid">
        <FunnelCard results={results} />
        {results.accounts && <AccountsCard accounts={results.accounts} results={results} />}
        <EmailsCard results={results} />
        <UnsubscribesCard results={results} />
        <HandoffsCard results={results} />
        <ScoresCard results={results} />
        <StuckCard results={results} />
      </div>
      <SalesSection results={results} />
    </section>
  );
}
