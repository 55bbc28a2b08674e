// The "Sales & money" part of the results: the return, the funnel to customer, pipeline and
// revenue by week, sales' answers and reasons, recycled leads and the costs. A run with sales
// off shows its costs and says, calmly, that sales was not simulated and where to switch it on;
// a run stored before the sales side has only its funnel.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { salesView } from '../../../../shared/simulation/salesView';
import { useApp } from '../../store/StoreContext';
import { AnswersCard } from './AnswersCard';
import { CostsCard } from './CostsCard';
import { FunnelStepsCard } from './FunnelStepsCard';
import { MoneyWeeksCard } from './MoneyWeeksCard';
import { ReasonsCard } from './ReasonsCard';
import { RecycledCard } from './RecycledCard';
import { ReturnCard } from './ReturnCard';

export const SALES_SECTION_ID = 'results-sales';

export function SalesSection({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const view = useMemo(() => salesView(results), [results]);
  const currency = view.currency;
  const toggleSimulation = useApp((s) => s.toggleSimulation);
  const setPreferences = useApp((s) => s.setPreferences);
  const showJourneyTab = useApp((s) => s.showJourneyTab);
  // The journey's panel takes the simulation panel's place, opened at its Sales tab.
  const openSalesTab = () => {
    toggleSimulation(false);
    void setPreferences({ inspectorOpen: true });
    showJourneyTab('sales');
  };
  return (
    <section className="results-section" id={SALES_SECTION_ID} data-testid="sales-results" data-status={view.status} aria-labelledby={`${SALES_SECTION_ID}-title`}>
      <header className="results-section__head">
        <h3 id={`${SALES_SECTION_ID}-title`}>{t('salesResults.section')}</h3>
        <p className="inspector__hint">{t('salesResults.sectionHint')}</p>
      </header>
      {view.status !== 'on' && (
        <p className="results-note" data-testid="sales-not-simulated">
          {view.status === 'absent' ? (
            t('salesResults.notStored')
          ) : (
            <>
              {t('salesResults.notSimulated')} {t('salesResults.notSimulatedPointer')}{' '}
              <button type="button" className="link-button" onClick={openSalesTab} data-testid="open-sales-tab">
                {t('salesResults.openSalesTab')}
              </button>
            </>
          )}
        </p>
      )}
      <div className="results-grid">
        {view.returns && view.costs && currency && <ReturnCard returns={view.returns} costs={view.costs} currency={currency} />}
        <FunnelStepsCard view={view} />
        {view.weeks && currency && <MoneyWeeksCard weeks={view.weeks} currency={currency} paybackWeeks={view.returns?.paybackWeeks ?? null} />}
        {view.answers && <AnswersCard answers={view.answers} />}
        {view.reasons && <ReasonsCard reasons={view.reasons} />}
        {view.recycled && <RecycledCard recycled={view.recycled} />}
        {view.costs && currency && <CostsCard costs={view.costs} currency={currency} wide={view.status !== 'on'} />}
      </div>
    </section>
  );
}
