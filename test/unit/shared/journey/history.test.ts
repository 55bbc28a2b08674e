import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/journey/changes';
import { emptyHistory, HISTORY_LIMIT, record, redo, seal, undo } from '../../../../shared/journey/history';
import { smallJourney } from '../../../support/journeys';

describe('undo history', () => {
  it('undoes and redoes edits exactly, and a new edit clears the redo list', () => {
    const a = smallJourney();
    const b = applyChanges(a, [{ kind: 'removeElements', nodeIds: ['exit_no'], edgeIds: [] }]);
    const c = applyChanges(b, [{ kind: 'removeElements', nodeIds: ['exit_yes'], edgeIds: [] }]);
    let h = record(record(emptyHistory(), a, b), b, c);
    const back = undo(h, c)!;
    expect(back.document).toEqual(b);
    const first = undo(back.history, back.document)!;
    expect(first.document).toEqual(a); // the step and its connection, each in its old place
    const forward = redo(first.history, first.document)!;
    expect(forward.document).toEqual(b);
    h = record(forward.history, b, c);
    expect(h.future).toEqual([]);
    expect(undo(emptyHistory(), a)).toBeNull();
  });

  it('merges edits with the same open key into one entry until sealed', () => {
    const docs = [0, 1, 2, 3, 4].map((x) => applyChanges(smallJourney(), [{ kind: 'moveNodes', moves: [{ id: 'entry', position: { x, y: 0 } }] }]));
    let h = emptyHistory();
    h = record(h, docs[0]!, docs[1]!, 'drag');
    h = record(h, docs[1]!, docs[2]!, 'drag');
    h = record(h, docs[2]!, docs[3]!, 'drag');
    expect(h.past).toHaveLength(1);
    expect(undo(h, docs[3]!)!.document).toEqual(docs[0]);
    h = record(seal(h), docs[3]!, docs[4]!, 'drag');
    expect(h.past).toHaveLength(2);
  });

  it('keeps at most HISTORY_LIMIT entries', () => {
    let h = emptyHistory();
    const doc = smallJourney();
    const moved = applyChanges(doc, [{ kind: 'moveNodes', moves: [{ id: 'entry', position: { x: 9, y: 9 } }] }]);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = record(h, doc, moved);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });

  it('undoes and redoes an edit of the sales and cost models', () => {
    const a = smallJourney();
    const b = applyChanges(a, [{ kind: 'updateJourney', patch: { sales: { ...a.sales, enabled: true }, costs: { ...a.costs, perEmail: 0.2 } } }]);
    const back = undo(record(emptyHistory(), a, b), b)!;
    expect(back.document).toEqual(a);
    expect(redo(back.history, back.document)!.document).toEqual(b);
  });
});
