// One row of a comparison table: a figure of run A and of run B, and B − A coloured by whether
// the change is for the better. Money rows are shown in each run's currency.
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type ComparisonRow, isNegligible, verdictOf } from '../../../../shared/simulation/compare';
import { formatNumber, formatPercent } from '../../i18n/format';
import { formatMoney } from '../results/money';

/** A value of the row (`side` picks the currency of a money row), or a signed difference. */
export function formatComparison(row: ComparisonRow, value: number | null, t: TFunction, options: { signed?: boolean; side?: 'a' | 'b' } = {}): string {
  const { signed = false, side = 'a' } = options;
  if (value === null) return '—';
  // A money difference is as precise as the figures it is taken of: whole units once they are
  // shown whole (from 100 on), so two totals shown alike never differ by a few cents.
  if (signed && row.kind === 'money' && Math.max(Math.abs(row.a ?? 0), Math.abs(row.b ?? 0)) >= 100) value = Math.round(value);
  if (signed && isNegligible(value, row.kind)) return '±0';
  const sign = signed && value > 0 ? '+' : '';
  switch (row.kind) {
    case 'share':
      return signed ? `${sign}${formatNumber(value * 100, 1)} pp` : formatPercent(value);
    case 'days':
      return `${sign}${t('results.days', { days: formatNumber(value, 1) })}`;
    case 'number':
    case 'ratio':
      return `${sign}${formatNumber(value, 2)}`;
    case 'money': {
      const currency = row.currency?.[side];
      return currency ? `${sign}${formatMoney(value, currency)}` : `${sign}${formatNumber(value, 2)}`;
    }
    default:
      return `${sign}${formatNumber(Math.round(value))}`;
  }
}

export function ComparisonLine({ row, label }: { row: ComparisonRow; label: string }) {
  const { t } = useTranslation();
  const tone = verdictOf(row);
  return (
    <tr data-key={row.key} data-difference={row.difference ?? ''}>
      <th scope="row">{label}</th>
      <td>{formatComparison(row, row.a, t, { side: 'a' })}</td>
      <td>{formatComparison(row, row.b, t, { side: 'b' })}</td>
      <td className={`compare-diff compare-diff--${tone}`}>
        {tone === 'better' || tone === 'worse' ? row.difference! > 0 ? <ArrowUp size={12} aria-hidden /> : <ArrowDown size={12} aria-hidden /> : null}
        {formatComparison(row, row.difference, t, { signed: true })}
      </td>
    </tr>
  );
}

/** The rows of a comparison as a table: figure, A, B and the difference. */
export function ComparisonTable({ rows, label, testId }: { rows: readonly ComparisonRow[]; label(row: ComparisonRow): string; testId: string }) {
  const { t } = useTranslation();
  return (
    <table className="results-table compare-table" data-testid={testId}>
      <thead>
        <tr>
          <th />
          <th>A</th>
          <th>B</th>
          <th>{t('compare.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ComparisonLine key={row.key} row={row} label={label(row)} />
        ))}
      </tbody>
    </table>
  );
}
