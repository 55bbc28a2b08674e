// The accounts of two runs side by side, when either has them: accounts at each stage from MQL
// on, won and handed to sales — in the comparison table the other figures use.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAccounts } from '../../../../shared/simulation/compare';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { ComparisonTable } from './ComparisonLine';

export function AccountComparison({ a, b }: { a: SimulationResults; b: SimulationResults }) {
  const { t } = useTranslation();
  const rows = useMemo(() => compareAccounts(a, b), [a, b]);
  if (rows.length === 0) return null;
  return (
    <article className="results-card results-card--wide" data-testid="compare-accounts">
      <h3>{t('accounts.compare.title')}</h3>
      <p className="inspector__hint">{t('accounts.compare.hint')}</p>
      <ComparisonTable
        rows={rows}
        label={(row) => {
          const [metric, stage] = row.key.split(':');
          return t(`accounts.compare.metrics.${metric}`, { stage: stage ? t(`stages.${stage}`) : '' });
        }}
        testId="compare-accounts-table"
      />
    </article>
  );
}
