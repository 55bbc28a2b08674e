// What the journey list shows: the journeys matching the search, in the chosen order, each
// ready (no errors) or still a draft.
import type { JourneySummary } from '../../../shared/api/contract';
import { matchesWords } from '../textSearch';

export const JOURNEY_SORTS = ['edited', 'name'] as const;
export type JourneySort = (typeof JOURNEY_SORTS)[number];

export function visibleJourneys(journeys: readonly JourneySummary[], query: string, sort: JourneySort, language: string): JourneySummary[] {
  const found = journeys.filter((j) => matchesWords(j.name, query));
  const byName = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return found.sort((a, b) => (sort === 'name' ? byName.compare(a.name, b.name) : b.updatedAt.localeCompare(a.updatedAt)) || a.id.localeCompare(b.id));
}

/** Ready means validation finds no error; warnings do not hold a journey back. */
export const statusOf = (journey: JourneySummary): 'ready' | 'draft' => (journey.errorCount === 0 ? 'ready' : 'draft');
