// Property: whatever a campaign manager does through the editing rules — including typing
// values the schema refuses — the editor's document stays one the schema and the host accept.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services';
import { checkChanges } from '../../../../shared/journey/changes';
import { JourneyDocument } from '../../../../shared/journey/schema';
import { changesFor, editRecipe } from '../../../support/editArbitraries';
import { sampleJourney } from '../../../support/sampleJourney';
import { tempDir } from '../../../support/tempDir';

const services = createServices({ dataDir: tempDir() });
const sample = sampleJourney();
afterAll(() => services.close());

describe('edits through the store', () => {
  it('always leave a document the schema accepts; refusals change nothing', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(editRecipe, { minLength: 1, maxLength: 40 }), (recipes) => {
        let doc = sample;
        for (const recipe of recipes) {
          const before = JSON.stringify(doc);
          const result = checkChanges(doc, changesFor(doc, recipe));
          if (result.ok) doc = result.value.document;
          else {
            refused++;
            expect(result.problem.message).toMatch(/\S/);
            expect(JSON.stringify(doc)).toBe(before); // a refusal leaves the document untouched
          }
        }
        const parsed = JourneyDocument.safeParse(doc);
        expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(0); // the generator does reach refusals
  });

  it('the host stores what the edits leave (a real SQLite save and load)', () => {
    const id = sample.id;
    fc.assert(
      fc.property(fc.array(editRecipe, { minLength: 1, maxLength: 30 }), (recipes) => {
        const loaded = services.journeys.loadVersioned(id);
        let doc = loaded.document;
        for (const recipe of recipes) {
          const result = checkChanges(doc, changesFor(doc, recipe));
          if (result.ok) doc = result.value.document;
        }
        services.journeys.save(doc, loaded.version);
        expect(services.journeys.load(id)).toEqual(JourneyDocument.parse(doc));
      }),
      { numRuns: 100 },
    );
  });
});
