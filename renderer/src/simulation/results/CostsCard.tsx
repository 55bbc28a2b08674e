// What the journey cost, by part, and per lead reaching each stage.
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/sales/schema';
import type { CostsView } from '../../../../shared/simulation/salesView';
import { formatPercent } from '../../i18n/format';
import { Card } from './Card';
import { formatMoney } from './money';

export function CostsCard({ costs, currency, wide }: { costs: CostsView; currency: Currency; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('salesResults.costs.title')} hint={t('salesResults.costs.hint')} wide={wide} testId="sales-costs">
      <div className="cost-tables">
        <table className="results-table" data-testid="cost-parts">
          <thead>
            <tr>
              <th>{t('salesResults.costs.part')}</th>
              <th>{t('salesResults.costs.amount')}</th>
              <th>{t('salesResults.costs.share')}</th>
            </tr>
          </thead>
          <tbody>
            {costs.parts.map((p) => (
              <tr key={p.key} data-part={p.key} data-value={p.amount}>
                <td>{t(`salesResults.costs.${p.key}`)}</td>
                <td>{formatMoney(p.amount, currency)}</td>
                <td>{p.share === null ? '—' : formatPercent(p.share)}</td>
              </tr>
            ))}
            <tr className="results-table__total" data-part="total" data-value={costs.total}>
              <td>{t('salesResults.costs.total')}</td>
              <td>{formatMoney(costs.total, currency)}</td>
              <td />
            </tr>
          </tbody>
        </table>
        <table className="results-table" data-testid="cost-per-stage">
          <thead>
            <tr>
              <th>{t('salesResults.costs.stage')}</th>
              <th>{t('salesResults.costs.perLead')}</th>
            </tr>
          </thead>
          <tbody>
            {costs.perStage.map((p) => (
              <tr key={p.stage} data-stage={p.stage} data-value={p.amount ?? ''}>
                <td>{t(`stages.${p.stage}`)}</td>
                <td>{p.amount === null ? '—' : formatMoney(p.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
