// Edits one part of the journey (settings, scoring, routing, sales, costs or accounts) as a whole, checked by the store.
import type { EditOutcome } from '../../../../shared/journey/editResult';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { useApp } from '../../store/StoreContext';

type Part = 'settings' | 'scoring' | 'routing' | 'sales' | 'costs' | 'accounts';

/** `set(next, coalesce?)` replaces the part; typing in one field with the same key is one undo entry. */
export function useJourneyPart<P extends Part>(document: JourneyDocument, part: P) {
  const applyEdit = useApp((s) => s.applyEdit);
  const seal = useApp((s) => s.sealEdit);
  const set = (next: JourneyDocument[P], coalesce?: string): EditOutcome =>
    applyEdit([{ kind: 'updateJourney', patch: { [part]: next } }], coalesce ? { coalesce: `${part}:${coalesce}:${document.id}` } : {});
  return { value: document[part], set, seal };
}
