// The money of two runs side by side: the headline changes ("ROI 2.10 → 2.60") and a table of
// revenue, costs, cost per stage and what sales did, with the difference of each.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareMoney } from '../../../../shared/simulation/compare';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { verdictOf } from '../../../../shared/simulation/compare';
import { ComparisonTable, formatComparison } from './ComparisonLine';

const HEADLINE = ['roi', 'revenue', 'costPer:customer', 'paybackWeeks'];

export function MoneyComparison({ a, b }: { a: SimulationResults; b: SimulationResults }) {
  const { t } = useTranslation();
  const rows = useMemo(() => compareMoney(a, b), [a, b]);
  const label = (key: string) => {
    const [metric, stage] = key.split(':');
    return t(`salesResults.compare.metrics.${metric}`, { stage: stage ? t(`stages.${stage}`) : '' });
  };
  const currencies = rows.find((r) => r.kind === 'money')?.currency;
  const otherCurrency = currencies && currencies.a && currencies.b && currencies.a !== currencies.b;
  return (
    <article className="results-card results-card--wide" data-testid="compare-money">
      <h3>{t('salesResults.compare.title')}</h3>
      {rows.length === 0 ? (
        <p className="results-empty" data-testid="compare-money-empty">
          {t('salesResults.compare.notStored')}
        </p>
      ) : (
        <>
          {otherCurrency && <p className="inspector__hint">{t('salesResults.compare.otherCurrency', { a: currencies.a, b: currencies.b })}</p>}
          <dl className="compare-changes">
            {HEADLINE.map((key) => rows.find((r) => r.key === key)!).map((row) => (
              <div key={row.key} className={`money-figure compare-diff--${verdictOf(row)}`} data-testid={`compare-money-${row.key.replace(':', '-')}`} data-a={row.a ?? ''} data-b={row.b ?? ''}>
                <dt>{label(row.key)}</dt>
                <dd>{t('salesResults.compare.change', { a: formatComparison(row, row.a, t, { side: 'a' }), b: formatComparison(row, row.b, t, { side: 'b' }) })}</dd>
              </div>
            ))}
          </dl>
          <ComparisonTable rows={rows} label={(row) => label(row.key)} testId="compare-money-table" />
        </>
      )}
    </article>
  );
}
