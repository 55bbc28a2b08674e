// Property: any sequence of edits — add, move, update, connect, delete several, paste,
// duplicate, settings, scoring, routing, with drags coalesced — undone all the way gives back
// the identical document, and redone all the way the identical final one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../../../shared/journey/changes';
import { emptyHistory, record, redo, seal, undo } from '../../../../shared/journey/history';
import { changesFor, editRecipe } from '../../../support/editArbitraries';
import { sampleJourney } from '../../../support/sampleJourney';

const sample = sampleJourney();

describe('undo history', () => {
  it('undo all restores the identical document; redo all the identical final one', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ recipe: editRecipe, drag: fc.boolean(), sealAfter: fc.boolean() }), { minLength: 1, maxLength: 30 }), (edits) => {
        let doc = sample;
        let history = emptyHistory();
        for (const { recipe, drag, sealAfter } of edits) {
          const result = checkChanges(doc, changesFor(doc, recipe));
          if (!result.ok || result.value.document === doc) continue;
          history = record(history, doc, result.value.document, drag ? 'drag' : null);
          doc = result.value.document;
          if (sealAfter) history = seal(history);
        }
        const final = JSON.stringify(doc);
        let steps = 0;
        for (let step = undo(history, doc); step; step = undo(history, doc)) {
          ({ history, document: doc } = step);
          steps++;
        }
        expect(JSON.stringify(doc)).toBe(JSON.stringify(sample));
        for (let step = redo(history, doc); step; step = redo(history, doc)) {
          ({ history, document: doc } = step);
          steps--;
        }
        expect(steps).toBe(0);
        expect(JSON.stringify(doc)).toBe(final);
      }),
      { numRuns: 1000 },
    );
  });
});
