// A card of the results view: a title (and a control beside it), a hint under it, and what it shows.
import type { ReactNode } from 'react';

export function Card({ title, hint, children, wide, testId, action }: { title: string; hint?: string; children: ReactNode; wide?: boolean; testId: string; action?: ReactNode }) {
  return (
    <article className={`results-card${wide ? ' results-card--wide' : ''}`} data-testid={testId}>
      {action ? (
        <div className="results-card__head">
          <h3>{title}</h3>
          {action}
        </div>
      ) : (
        <h3>{title}</h3>
      )}
      {hint && <p className="inspector__hint">{hint}</p>}
      {children}
    </article>
  );
}
