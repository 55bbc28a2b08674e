// The sales side against figures derived by hand (shared/simulation/README.md §9a): answers,
// recycling and a second hand-off, qualification, won and lost deals, revenue, costs.
import { describe, expect, it } from 'vitest';
import { JourneyDocument } from '../../../../shared/journey/schema';
import { REJECTION_REASONS } from '../../../../shared/sales/schema';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { exactPersona, inputOf, journeyOf, prospect } from '../../../support/simulation';

/** |actual − n·mean| < 4σ, with σ² = n · the variance of one prospect's contribution. */
function expectNear(actual: number, n: number, mean: number, variance = mean * (1 - mean)) {
  const sigma = Math.sqrt(n * variance);
  expect(Math.abs(actual - n * mean), `${actual} vs ${n * mean} ± 4σ (${Math.round(4 * sigma)})`).toBeLessThan(4 * sigma);
}

// Every prospect is grade D (no fit rules: 0 points, below C's 15).
const D = { accept: 0.5, reject: 0.3 }; // no answer 0.2
const sales = {
  enabled: true,
  acceptance: { byGrade: { D }, engagedBonus: 0, responseHours: 48 },
  recycling: { enabled: true, toStage: 'inquiry', coolOffDays: 10 },
  qualification: { D: { chance: 0.6, days: 5 } },
  opportunity: { winChance: { D: 0.4 }, cycleMedianDays: 20, cycleSpreadDays: 0 },
  dealValue: { mode: 'byGrade', byGrade: { D: 10_000 } },
};
const costs = { perEmail: 0, perSalesHour: 50, salesHoursPerHandoff: 2, fixed: 1000 };

// entry → hand-off; rejected → (cool-off) → a second hand-off; every other answer ends.
const journey = journeyOf(
  [
    { id: 'entry', type: 'entry' },
    { id: 'first', type: 'handoff', outputs: { accepted: 'won', rejected: 'second', noAnswer: 'quiet', notFeasible: 'quiet' } },
    { id: 'second', type: 'handoff', outputs: { accepted: 'won', rejected: 'lost', noAnswer: 'quiet', notFeasible: 'quiet' } },
    { id: 'won', type: 'exit', params: { reason: 'converted' } },
    { id: 'lost', type: 'exit' },
    { id: 'quiet', type: 'exit' },
  ],
  { sales, costs },
);

describe('the sales side', () => {
  it('matches the figures derived by hand over 100,000 leads', async () => {
    const n = 100_000;
    const prospects = Array.from({ length: n }, (_, i) => prospect(`p${i}`));
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [exactPersona()], { seed: 5, horizonDays: 365, timelineSample: 0 }));
    const s = r.sales!;
    const { accept: a, reject: j } = D;
    const q = 0.6;
    const w = 0.4;
    // Per lead: accepted at the first or (after a rejection) the second hand-off — at most once.
    const accepted = a + j * a;
    expectNear(s.answers.accepted, n, accepted);
    // Rejected 0, 1 or 2 times: P(1) = j(1 − j), P(2) = j².
    const rejectedMean = j * (1 - j) + 2 * j * j;
    expectNear(s.answers.rejected, n, rejectedMean, j * (1 - j) + 4 * j * j - rejectedMean ** 2);
    expectNear(s.recycled.leads, n, j);
    expectNear(s.recycled.handedOffAgain, n, j);
    expectNear(s.recycled.acceptedAgain, n, j * a);
    expect(s.handedOff).toBe(n + s.recycled.handedOffAgain);
    expect(s.answers.accepted + s.answers.rejected + s.answers.noAnswer).toBe(s.handedOff);
    // Reasons follow the default weights 30/20/25/15/10 among the rejections.
    const reasons = REJECTION_REASONS.map((reason) => s.rejectionReasons[reason]);
    expect(reasons.reduce((x, y) => x + y, 0)).toBe(s.answers.rejected);
    expect(Math.abs(s.rejectionReasons.notAFit / s.answers.rejected - 0.3)).toBeLessThan(0.015);
    // After SAL: qualified with 0.6, then won with 0.4 after a fixed 20-day cycle — all within the year.
    expectNear(s.opportunities.created, n, accepted * q);
    expectNear(s.opportunities.won, n, accepted * q * w);
    expectNear(s.recycled.customers, n, j * a * q * w);
    expect(s.opportunities.won + s.opportunities.lost).toBe(s.opportunities.created);
    expect(s.opportunities.openAtHorizon).toBe(0);
    expect(s.wonByGrade.D).toBe(s.opportunities.won);
    expect(s.revenue).toBe(10_000 * s.opportunities.won);
    expect(s.pipeline).toBe(10_000 * s.opportunities.created);
    // The funnel runs to customer.
    const reached = Object.fromEntries(r.funnel.map((f) => [f.stage, f.reached]));
    expect(reached.sal).toBe(s.answers.accepted);
    expect(reached.sql).toBe(s.opportunities.created);
    expect(reached.customer).toBe(s.opportunities.won);
    // SQL → customer takes the cycle, exactly 20 days.
    expect(r.funnel.find((f) => f.stage === 'customer')!.medianDaysFromPrevious).toBeCloseTo(20, 0);
    // Money: every hand-off costs 2 hours at 50, plus 1,000 fixed.
    const m = r.money!;
    expect(m.costs.sales).toBe(s.handedOff * 100);
    expect(m.costs.total).toBe(s.handedOff * 100 + 1000);
    expect(m.costPer.sql).toBeCloseTo(m.costs.total / s.opportunities.created, 2);
    expect(m.roi).toBeCloseTo((s.revenue - m.costs.total) / m.costs.total, 3);
    expect(m.paybackWeeks).toBeGreaterThan(0);
    expect(s.perWeek.reduce((sum, week) => sum + week.revenue, 0)).toBeCloseTo(s.revenue, 0);
  });

  it('sends a lead that fails the feasibility rules to its own output, not to a rep', async () => {
    const checked = { ...journey, sales: { ...journey.sales, feasibility: { rules: [{ attribute: 'country', operator: 'in' as const, value: ['DE', 'AT', 'CH'] }], requireCapacity: false } } };
    const prospects = ['DE', 'FR', 'CH', 'US'].map((country, i) => prospect(`p${i}`, { attributes: { country } }));
    const { results: r } = await simulateInProcess(inputOf(checked, prospects, [exactPersona()], { seed: 1 }));
    expect(r.sales!.notFeasible.rules).toBe(2);
    expect(r.nodes.find((x) => x.id === 'first')!.exits.notFeasible).toBe(2);
    expect(r.sales!.handedOff).toBeGreaterThanOrEqual(2);
    expect(r.timelines.find((t) => t.prospectId === 'p1')!.steps.map((step) => step.event)).toContain('sales:notFeasible');
  });

  it('drops a rejected lead back to the stage chosen and lets it rest for the cool-off before it goes on', async () => {
    const alwaysRejected = { ...journey, sales: { ...journey.sales, acceptance: { ...journey.sales.acceptance, byGrade: { ...journey.sales.acceptance.byGrade, D: { accept: 0, reject: 1 } } } } };
    const { results: r } = await simulateInProcess(inputOf(alwaysRejected, [prospect('p0', { stage: 'mql' })], [exactPersona()], { seed: 3 }));
    const steps = r.timelines[0]!.steps;
    const rejected = steps.filter((step) => step.event.startsWith('sales:rejected:'));
    expect(rejected).toHaveLength(2);
    expect(steps.find((step) => step.event === 'sales:recycled')!.stage).toBe('inquiry');
    const arrivedAtSecond = steps.find((step) => step.nodeId === 'second' && step.event === 'entered')!;
    expect(arrivedAtSecond.t - rejected[0]!.t).toBeCloseTo(10 * 24, 3);
  });

  it('takes the deal value from an attribute, within its bounds', async () => {
    const byEmployees = {
      ...journey,
      sales: { ...journey.sales, acceptance: { ...journey.sales.acceptance, byGrade: { ...journey.sales.acceptance.byGrade, D: { accept: 1, reject: 0 } } }, qualification: { ...journey.sales.qualification, D: { chance: 1, days: 5 } }, opportunity: { ...journey.sales.opportunity, winChance: { ...journey.sales.opportunity.winChance, D: 1 } }, dealValue: { mode: 'attribute' as const, attribute: 'employees', perUnit: 20, min: 2_000, max: 50_000 } },
    };
    const prospects = [50, 500, 5000, undefined].map((employees, i) => prospect(`p${i}`, { attributes: employees === undefined ? {} : { employees } }));
    const { results: r, rows } = await simulateInProcess(inputOf(byEmployees, prospects, [exactPersona()], { seed: 2, horizonDays: 365 }));
    expect(Array.from(rows.dealValue)).toEqual([2_000, 10_000, 50_000, 2_000]);
    expect(r.sales!.revenue).toBe(64_000);
  });
});

describe('answer branches left unconnected', () => {
  it('end the journey for leads that take them (ended, not a dead end)', async () => {
    const ends = journeyOf([{ id: 'entry', type: 'entry' }, { id: 'h', type: 'handoff', outputs: { accepted: 'won' } }, { id: 'won', type: 'exit', params: { reason: 'converted' } }], {
      sales: { ...sales, acceptance: { ...sales.acceptance, byGrade: { D: { accept: 0.5, reject: 0.5 } } } },
    });
    const n = 2000;
    const { results: r } = await simulateInProcess(inputOf(ends, Array.from({ length: n }, (_, i) => prospect(`p${i}`)), [exactPersona()], { seed: 9 }));
    expect(r.exits.deadEnd).toBe(0);
    expect(r.exits.ended).toBe(r.sales!.answers.rejected);
    expect(r.exits.converted).toBe(r.sales!.answers.accepted);
    expect(r.nodes.find((x) => x.id === 'h')!.exits.rejected).toBe(r.sales!.answers.rejected);
  });
});

describe('a test prospect', () => {
  it('takes the answer of sales its script names at each hand-off', async () => {
    const scripted = (handoffs: Record<string, 'accepted' | 'rejected' | 'noAnswer' | 'notFeasible'>) =>
      prospect('p0', { script: { emails: {}, form: null, visit: null, splits: {}, conditions: {}, handoffs } });
    const run = async (handoffs: Parameters<typeof scripted>[0]) => {
      const { results: r } = await simulateInProcess(inputOf(journey, [scripted(handoffs)], [exactPersona()], { seed: 4 }));
      return r.timelines[0]!.steps.filter((s) => s.event.startsWith('sales:')).map((s) => `${s.nodeId}:${s.event.replace(/:(notAFit|noBudget|badTiming|noNeed|unreachable)$/, '')}`);
    };
    expect(await run({ first: 'rejected', second: 'accepted' })).toEqual(['first:sales:rejected', 'first:sales:recycled', 'second:sales:accepted']);
    expect(await run({ first: 'noAnswer' })).toEqual(['first:sales:noAnswer']);
    expect(await run({ first: 'notFeasible' })).toEqual(['first:sales:notFeasible']);
  });
});

describe('when the answer comes', () => {
  const accepting = (extra: object) => ({
    ...journey,
    sales: { ...journey.sales, acceptance: { ...journey.sales.acceptance, byGrade: { ...journey.sales.acceptance.byGrade, D: { accept: 1, reject: 0 } }, ...extra } },
  });

  it('counts an answer given within the run even when the prospect has left the journey meanwhile, and none given after it', async () => {
    // The goal (SAL reached) cannot end the lead before the answer; an answer after 48 h of a 1-day run is not given.
    const late = await simulateInProcess(inputOf(accepting({}), [prospect('p0')], [exactPersona()], { seed: 1, horizonDays: 1 }));
    expect(late.results.sales!.answers.accepted).toBe(0);
    expect(late.results.exits.waiting).toBe(1);
    expect(late.rows.answer[0]).toBe(0);
    // Everyone unsubscribes from an email sent at the hand-off, long before sales answers (responseHours 400):
    const withEmail = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'mail', type: 'sendEmail', params: { templateId: 't' } },
        { id: 'first', type: 'handoff', outputs: { accepted: 'won' } },
        { id: 'won', type: 'exit', params: { reason: 'converted' } },
      ],
      { sales: { ...accepting({ responseHours: 400 }).sales } },
    );
    const persona = exactPersona({ open: 1, unsubscribe: 1, delays: { openMedianHours: 1, spread: 0 } });
    const n = 200;
    const left = await simulateInProcess(inputOf(withEmail, Array.from({ length: n }, (_, i) => prospect(`p${i}`)), [persona], { seed: 2, horizonDays: 60 }));
    expect(left.results.exits.unsubscribed).toBe(n);
    expect(left.results.sales!.answers.accepted).toBe(n);
    expect(left.results.funnel.find((f) => f.stage === 'sal')!.reached).toBe(n);
    expect(Array.from(left.rows.answer).every((a) => a === 1)).toBe(true);
  });

  it('answers by the team that works the lead, and more often yes for an engaged lead', async () => {
    const routing = {
      teams: [{ id: 'north', name: 'North', reps: [{ id: 'ann', name: 'Ann', weeklyCapacity: 10_000 }] }, { id: 'south', name: 'South', reps: [{ id: 'bob', name: 'Bob', weeklyCapacity: 10_000 }] }],
      rules: [
        { id: 'n', when: [{ attribute: 'region', operator: 'equals', value: 'north' }], assignTo: { kind: 'team', teamId: 'north' } },
        { id: 's', when: [], assignTo: { kind: 'rep', repId: 'bob' } },
      ],
    };
    const teams = [{ teamId: 'south', byGrade: { A: { accept: 0, reject: 1 }, B: { accept: 0, reject: 1 }, C: { accept: 0, reject: 1 }, D: { accept: 0, reject: 1 } } }];
    const doc = JourneyDocument.parse({ ...journey, routing: { ...journey.routing, ...routing }, sales: { ...journey.sales, acceptance: { ...journey.sales.acceptance, teams, byGrade: { ...journey.sales.acceptance.byGrade, D: { accept: 1, reject: 0 } } } } });
    const prospects = Array.from({ length: 100 }, (_, i) => prospect(`p${i}`, { attributes: { region: i < 30 ? 'north' : 'south' } }));
    const { results: r } = await simulateInProcess(inputOf(doc, prospects, [exactPersona()], { seed: 3, horizonDays: 365 }));
    // North answers by the journey's table (all accepted); Bob is in South, whose table rejects all, twice.
    expect(r.sales!.answers.accepted).toBe(30);
    expect(r.sales!.answers.rejected).toBe(70 * 2);
    // Engaged (score ≥ 0 here, everyone) moves min(bonus, reject) from reject to accept.
    const engaged = { ...journey, sales: { ...journey.sales, acceptance: { ...journey.sales.acceptance, engagedAtLeast: 0, engagedBonus: 0.3, byGrade: { ...journey.sales.acceptance.byGrade, D: { accept: 0.5, reject: 0.3 } } } } };
    const n = 100_000;
    const { results: e } = await simulateInProcess(inputOf(engaged, Array.from({ length: n }, (_, i) => prospect(`p${i}`)), [exactPersona()], { seed: 6, horizonDays: 365, timelineSample: 0 }));
    expect(e.sales!.answers.rejected).toBe(0);
    expectNear(e.sales!.answers.accepted, n, 0.8);
  });
});

describe('an accepted lead', () => {
  it('goes on along "accepted" when the answer comes, within the response time, not when its deal moves on', async () => {
    const doc = JourneyDocument.parse({
      ...journey,
      sales: { ...journey.sales, acceptance: { ...journey.sales.acceptance, byGrade: { D: { accept: 1, reject: 0 } } }, qualification: { D: { chance: 1, days: 20 } } },
    });
    const { results: r } = await simulateInProcess(inputOf(doc, Array.from({ length: 50 }, (_, i) => prospect(`p${i}`)), [exactPersona()], { seed: 8, horizonDays: 365 }));
    for (const timeline of r.timelines) {
      const accepted = timeline.steps.find((s) => s.event === 'sales:accepted')!;
      const onward = timeline.steps.find((s) => s.nodeId === 'first' && s.event === 'accepted')!;
      expect(accepted.t).toBeLessThanOrEqual(48);
      expect(onward.t).toBe(accepted.t);
      expect(accepted.stage).toBe('sal');
    }
    expect(r.timelines).toHaveLength(50);
  });
});

describe('the days to SQL', () => {
  it('spread around each grade’s median as the journey says: none at 0 %, wider at more', async () => {
    const daysToSql = async (qualificationSpreadPercent: number) => {
      const doc = JourneyDocument.parse({
        ...journey,
        sales: { ...journey.sales, qualificationSpreadPercent, acceptance: { ...journey.sales.acceptance, responseHours: 1, byGrade: { D: { accept: 1, reject: 0 } } }, qualification: { D: { chance: 1, days: 10 } } },
      });
      const { rows } = await simulateInProcess(inputOf(doc, Array.from({ length: 400 }, (_, i) => prospect(`p${i}`)), [exactPersona()], { seed: 12, horizonDays: 365 }));
      return Array.from(rows.sqlDay).sort((a, b) => a - b);
    };
    const none = await daysToSql(0);
    expect(none[0]).toBeGreaterThanOrEqual(10);
    expect(none.at(-1)).toBeLessThanOrEqual(10 + 1 / 24 + 0.01); // the answer comes within the hour
    const wide = await daysToSql(100);
    const median = wide[200]!;
    expect(median).toBeGreaterThan(9);
    expect(median).toBeLessThan(11.5);
    expect(wide[20]! < 6 && wide[380]! > 16).toBe(true); // σ = ln 2: the 5 % and 95 % points near 3.2 and 31 days
  });
});
