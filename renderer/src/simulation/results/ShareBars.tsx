// Counts as shares of a whole, each a thin bar with its percentage and count: sales' answers,
// rejection reasons, what became of recycled leads.
import { formatNumber, formatPercent } from '../../i18n/format';

export interface ShareBar {
  key: string;
  label: string;
  count: number;
  share: number | null;
  colour: string;
}

export function ShareBars({ rows, testId }: { rows: ShareBar[]; testId: string }) {
  return (
    <ul className="share-bars" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} data-key={row.key} data-count={row.count} data-share={row.share ?? ''}>
          <span className="share-bars__label">{row.label}</span>
          <span className="share-bars__track" aria-hidden>
            <span className="share-bars__fill" style={{ width: `${Math.min(100, (row.share ?? 0) * 100)}%`, background: row.colour }} />
          </span>
          <span className="share-bars__value">
            {row.share === null ? '—' : formatPercent(row.share)}
            <span className="share-bars__count">{formatNumber(row.count)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
