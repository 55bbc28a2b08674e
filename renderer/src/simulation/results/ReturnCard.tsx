// The money of the run at a glance: ROI, revenue, pipeline, cost, what is left, payback, and
// the cost per SQL and per customer. Only for runs with sales on (without it nothing is won).
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/sales/schema';
import type { CostsView, ReturnView } from '../../../../shared/simulation/salesView';
import { formatNumber } from '../../i18n/format';
import { formatMoney } from './money';

interface Figure {
  key: string;
  label: string;
  value: number | null;
  text: string;
  hint?: string;
  tone?: 'good' | 'bad';
}

const toneOf = (value: number | null): Figure['tone'] => (value === null ? undefined : value >= 0 ? 'good' : 'bad');

export function ReturnCard({ returns, costs, currency }: { returns: ReturnView; costs: CostsView; currency: Currency }) {
  const { t } = useTranslation();
  const money = (value: number | null) => (value === null ? t('salesResults.figures.none') : formatMoney(value, currency));
  const perStage = (stage: 'sql' | 'customer') => costs.perStage.find((p) => p.stage === stage)!.amount;
  const figures: Figure[] = [
    {
      key: 'roi',
      label: t('salesResults.figures.roi'),
      value: returns.roi,
      text: returns.roi === null ? t('salesResults.figures.none') : formatNumber(returns.roi, 2),
      hint: t('salesResults.figures.roiHint'),
      tone: toneOf(returns.roi),
    },
    { key: 'revenue', label: t('salesResults.figures.revenue'), value: returns.revenue, text: money(returns.revenue) },
    { key: 'pipeline', label: t('salesResults.figures.pipeline'), value: returns.pipeline, text: money(returns.pipeline) },
    { key: 'cost', label: t('salesResults.figures.cost'), value: returns.cost, text: money(returns.cost) },
    { key: 'net', label: t('salesResults.figures.net'), value: returns.net, text: money(returns.net), tone: toneOf(returns.net) },
    {
      key: 'payback',
      label: t('salesResults.figures.payback'),
      value: returns.paybackWeeks,
      text: returns.paybackWeeks === null ? t('salesResults.figures.noPayback') : t('salesResults.figures.paybackAfter', { count: returns.paybackWeeks }),
    },
    { key: 'cost-per-sql', label: t('salesResults.figures.costPerSql'), value: perStage('sql'), text: money(perStage('sql')) },
    { key: 'cost-per-customer', label: t('salesResults.figures.costPerCustomer'), value: perStage('customer'), text: money(perStage('customer')) },
  ];
  return (
    <article className="results-card results-card--wide" data-testid="money-figures">
      <h3>{t('salesResults.figures.title')}</h3>
      <dl className="money-figures">
        {figures.map((f) => (
          <div key={f.key} className={`money-figure${f.tone ? ` money-figure--${f.tone}` : ''}`} data-testid={`money-${f.key}`} data-value={f.value ?? ''}>
            <dt>{f.label}</dt>
            <dd>{f.text}</dd>
            {f.hint && <dd className="money-figure__hint">{f.hint}</dd>}
          </div>
        ))}
      </dl>
    </article>
  );
}
