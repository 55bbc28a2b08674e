import { describe, expect, it } from 'vitest';
import { RoutingModel } from '../../../../shared/routing/schema';
import { SALES_ROW_KEYS } from '../../../../shared/simulation/aggregate';
import { ChunkRunner, coordinate, type RunnerHandle, simulateInProcess } from '../../../../shared/simulation/simulate';
import { ProspectGenerator } from '../../../../shared/simulation/generate';
import { SimulationOptions } from '../../../../shared/simulation/model';
import { defaultPersonas, exactPersona, inputOf, journeyOf, prospect, sampleJourney } from '../../../support/simulation';

describe('coordinating chunks', () => {
  it.each([
    ['sales off', {}],
    ['sales on: answers, recycling, deals', { enabled: true, recycling: { coolOffDays: 3 }, dealValue: { mode: 'attribute', attribute: 'employees', perUnit: 12.345, min: 1000, max: 90000 } }],
    ['sales on: refusing leads no rep has room for', { enabled: true, feasibility: { requireCapacity: true } }],
  ])('gives the same results whichever runner takes which block, over several rounds of hand-offs (%s)', async (_, sales) => {
    // Two hand-offs per prospect, one team with little capacity: three rounds, queues that carry over weeks.
    const routing = RoutingModel.parse({
      teams: [{ id: 'team', name: 'Sales', reps: [{ id: 'a', name: 'A', weeklyCapacity: 3 }, { id: 'b', name: 'B', weeklyCapacity: 2 }] }],
      rules: [
        { id: 'de', when: [{ attribute: 'country', operator: 'equals', value: 'DE' }], assignTo: { kind: 'rep', repId: 'a' } },
        { id: 'rest', assignTo: { kind: 'team', teamId: 'team' } },
      ],
    });
    const journey = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'email', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'first', type: 'handoff', params: { stage: 'mql' } },
        { id: 'pause', type: 'wait', params: { mode: 'duration', amount: 2, unit: 'days' } },
        { id: 'second', type: 'handoff' },
        { id: 'end', type: 'exit', params: { reason: 'converted' } },
      ],
      { routing, sales },
    );
    const persona = exactPersona({ open: 0.5, unsubscribe: 0.2, delays: { openMedianHours: 30, spread: 1 } });
    const prospects = Array.from({ length: 4000 }, (_, i) => prospect(`p${i}`, { enteredAfterHours: (i * 7) % 500, attributes: { country: i % 3 === 0 ? 'DE' : 'FR', employees: (i * 37) % 5000 } }));
    const input = inputOf(journey, prospects, [persona], { horizonDays: 60, seed: 8 });
    const whole = await simulateInProcess(input);
    if (whole.results.sales!.enabled) expect(whole.results.sales!.answers.rejected).toBeGreaterThan(0);
    if ('feasibility' in sales) {
      expect(whole.results.handoffs.refusedForCapacity).toBeGreaterThan(1000);
      expect(whole.results.sales!.notFeasible.capacity).toBe(whole.results.handoffs.refusedForCapacity);
    } else {
      expect(whole.results.handoffs.total).toBeGreaterThan(4000);
      expect(whole.results.handoffs.perWeek.some((w) => w.backlog > 0)).toBe(true);
    }
    for (const parts of [2, 3, 7]) {
      // Runners that finish their blocks at different speeds, so each takes other blocks.
      const runners = Array.from({ length: parts }, (_, r): RunnerHandle => {
        const runner = new ChunkRunner(input);
        const later = () => new Promise((resolve) => setTimeout(resolve, (r * 3) % 5));
        return {
          runBlock: async (start, end) => (await later(), runner.runBlock(start, end)),
          rerun: async (work) => (await later(), runner.rerun(work)),
          collect: async () => runner.collect(),
        };
      });
      const split = await coordinate(input, runners);
      expect(JSON.stringify(split.results), `${parts} runners`).toBe(JSON.stringify(whole.results));
      for (const key of ['outcome', 'stage', 'score', 'emails', 'grade', ...SALES_ROW_KEYS] as const) expect(Array.from(split.rows[key]), key).toEqual(Array.from(whole.rows[key]));
    }
  });

  it.each(['reengagement.journey.json', 'whitepaper-follow-up.journey.json'])(
    'runs generated prospects exactly as the same prospects given as a list (%s: audience, fit, switch, attribute updates)',
    async (file) => {
      const set = defaultPersonas();
      const plan = { count: 3000, mix: set.defaultMix, entrySpreadDays: 14 };
      const options = SimulationOptions.parse({ seed: 12, horizonDays: 60, timelineSample: 100 });
      const journey = sampleJourney(file);
      const generated = await simulateInProcess({ journey, personas: set.personas, source: { kind: 'generate', plan }, options });
      const generator = new ProspectGenerator(options.seed, plan, new Map(set.personas.map((p) => [p.id, p])));
      const listed = await simulateInProcess({ journey, personas: set.personas, source: { kind: 'list', prospects: Array.from({ length: plan.count }, (_, i) => generator.prospect(i)) }, options });
      expect(generated.results.exits.notEligible).toBeGreaterThan(0);
      expect(generated.results.exits.notEligible).toBeLessThan(plan.count);
      expect(JSON.stringify(generated.results)).toBe(JSON.stringify(listed.results));
    },
  );
});
