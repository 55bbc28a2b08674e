import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/journey/changes';
import { mergeDocuments } from '../../../../shared/journey/merge';
import { createNode, withParams } from '../../../../shared/journey/nodeTypes';
import { smallJourney } from '../../../support/journeys';

const base = smallJourney();
const wait = base.nodes.find((n) => n.id === 'wait')!;
const email = base.nodes.find((n) => n.id === 'email')!;

describe('merging a journey edited in two places', () => {
  it('combines edits to different steps and parts, keeping both', () => {
    const mine = applyChanges(base, [
      { kind: 'updateNode', node: wait.type === 'wait' ? withParams(wait, { mode: 'duration', amount: 5, unit: 'days' }) : wait },
      { kind: 'addNode', node: createNode('webhook', 'n_hook', { x: 1, y: 1 }) },
    ]);
    const theirs = applyChanges(base, [
      { kind: 'updateNode', node: { ...email, label: 'Renamed elsewhere' } },
      { kind: 'updateJourney', patch: { settings: { ...base.settings, description: 'theirs' } } },
    ]);
    const merged = mergeDocuments(base, mine, theirs);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.document.nodes.find((n) => n.id === 'wait')).toEqual(mine.nodes.find((n) => n.id === 'wait'));
    expect(merged.document.nodes.find((n) => n.id === 'email')?.label).toBe('Renamed elsewhere');
    expect(merged.document.nodes.some((n) => n.id === 'n_hook')).toBe(true);
    expect(merged.document.settings.description).toBe('theirs');
    expect(merged.mine).toBe(2);
    expect(merged.theirs).toBe(2);
  });

  it('refuses when both changed the same step or the same part', () => {
    const mine = applyChanges(base, [{ kind: 'updateNode', node: { ...email, label: 'Mine' } }]);
    const theirs = applyChanges(base, [{ kind: 'updateNode', node: { ...email, label: 'Theirs' } }]);
    expect(mergeDocuments(base, mine, theirs)).toEqual({ ok: false, reason: 'sameStep', ids: ['email'] });
    const mySettings = applyChanges(base, [{ kind: 'updateJourney', patch: { settings: { ...base.settings, description: 'a' } } }]);
    const theirSettings = applyChanges(base, [{ kind: 'updateJourney', patch: { settings: { ...base.settings, description: 'b' } } }]);
    expect(mergeDocuments(base, mySettings, theirSettings)).toMatchObject({ ok: false, reason: 'samePart' });
  });

  it('refuses a merge that would connect to a step deleted on the other side', () => {
    const mine = applyChanges(base, [
      { kind: 'removeElements', nodeIds: [], edgeIds: ['e5'] },
      { kind: 'connect', edge: { id: 'e_new', source: 'opened', sourceOutput: 'no', target: 'exit_yes' } },
    ]);
    const theirs = applyChanges(base, [{ kind: 'removeElements', nodeIds: ['exit_yes'], edgeIds: [] }]);
    expect(mergeDocuments(base, mine, theirs).ok).toBe(false);
  });
});
