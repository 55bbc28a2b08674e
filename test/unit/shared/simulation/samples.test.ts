import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prospectsFromCsv } from '../../../../shared/simulation/csv';
import { SimulationOptions } from '../../../../shared/simulation/model';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { defaultPersonas, sampleJourney } from '../../../support/simulation';

// The shipped samples are what a new user simulates first: each must admit prospects from
// the default persona mix and from the 500 sample prospects, and show its paths in use.
const personas = defaultPersonas();
const sampleSet = prospectsFromCsv(fs.readFileSync('assets/prospects/sample-500.csv', 'utf8'), { personas: personas.personas.map((p) => p.id) }).prospects;
const options = SimulationOptions.parse({ seed: 3, horizonDays: 90, timelineSample: 0 });

describe('sample journeys', () => {
  for (const file of fs.readdirSync('assets/journeys')) {
    it(`${file} admits prospects of the default mix and of the sample set`, async () => {
      const journey = sampleJourney(file);
      const generated = await simulateInProcess({ journey, personas: personas.personas, source: { kind: 'generate', plan: { count: 4000, mix: personas.defaultMix, entrySpreadDays: 14 } }, options });
      const listed = await simulateInProcess({ journey, personas: personas.personas, source: { kind: 'list', prospects: sampleSet }, options });
      for (const { results } of [generated, listed]) {
        expect(results.exits.notEligible).toBeLessThan(results.prospects * 0.9);
        expect(results.totals.emailsSent).toBeGreaterThan(0);
      }
    });
  }

  it('re-engagement admits exactly the prospects quiet for 90 days or more, wins some back and stops mailing the rest', async () => {
    const journey = sampleJourney('reengagement.journey.json');
    const { results } = await simulateInProcess({ journey, personas: personas.personas, source: { kind: 'list', prospects: sampleSet }, options });
    const quiet = sampleSet.filter((p) => p.consent && Number(p.attributes.daysSinceLastReaction) >= 90 && ['inquiry', 'mql'].includes(p.stage));
    expect(quiet.length).toBeGreaterThan(50);
    expect(results.prospects - results.exits.notEligible).toBe(quiet.length);
    const entered = (id: string) => results.nodes.find((n) => n.id === id)!.entered;
    expect(entered('by_language')).toBe(quiet.length); // the entry counts everyone it turned away too
    expect(entered('to_whitepaper')).toBeGreaterThan(0); // clicked: back to the whitepaper journey
    expect(results.exits.movedToJourney).toBe(entered('to_whitepaper'));
    expect(entered('exit_dormant')).toBeGreaterThan(0); // no reaction at all: mailing stops
  });
});
