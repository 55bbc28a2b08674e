import { describe, expect, it } from 'vitest';
import { statusOf, visibleJourneys } from '../../../../renderer/src/sidebar/journeyListView';
import type { JourneySummary } from '../../../../shared/api/contract';

const journey = (id: string, name: string, updatedAt: string, errorCount = 0): JourneySummary => ({ id, name, updatedAt, createdAt: updatedAt, nodeCount: 3, version: 1, errorCount });
const list = [
  journey('a', 'Webinar follow-up', '2026-11-20T10:00:00Z'),
  journey('b', 'Öffentliche Ausschreibung', '2026-11-22T10:00:00Z', 2),
  journey('c', 'Whitepaper 10', '2026-11-21T10:00:00Z'),
  journey('d', 'Whitepaper 9', '2026-11-19T10:00:00Z'),
];

describe('the journey list', () => {
  it('sorts by last edited, newest first, or by name as people read numbers', () => {
    expect(visibleJourneys(list, '', 'edited', 'en').map((j) => j.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(visibleJourneys(list, '', 'name', 'de').map((j) => j.name)).toEqual(['Öffentliche Ausschreibung', 'Webinar follow-up', 'Whitepaper 9', 'Whitepaper 10']);
  });

  it('finds journeys by every word typed, ignoring case and accents', () => {
    expect(visibleJourneys(list, 'white', 'edited', 'en').map((j) => j.id)).toEqual(['c', 'd']);
    expect(visibleJourneys(list, 'offentliche', 'edited', 'de').map((j) => j.id)).toEqual(['b']);
    expect(visibleJourneys(list, 'paper 9', 'edited', 'en').map((j) => j.id)).toEqual(['d']);
    expect(visibleJourneys(list, 'nothing', 'edited', 'en')).toEqual([]);
  });

  it('calls a journey ready only when it has no errors', () => {
    expect(list.map(statusOf)).toEqual(['ready', 'draft', 'ready', 'ready']);
  });
});
