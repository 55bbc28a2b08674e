import { describe, expect, it } from 'vitest';
import { compareMoney } from '../../../../shared/simulation/compare';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { MoneyResults, SalesResults } from '../../../../shared/simulation/salesResults';
import { funnelSteps, moneyByWeek, salesStatus, salesView } from '../../../../shared/simulation/salesView';

// A run of 1,000 prospects whose figures are chosen by hand, so every share below can be
// worked out on paper.
const FUNNEL: SimulationResults['funnel'] = [
  { stage: 'inquiry', reached: 1000, conversionFromPrevious: null, medianDays: 0, p90Days: 0, medianDaysFromPrevious: null },
  { stage: 'mql', reached: 400, conversionFromPrevious: 0.4, medianDays: 9, p90Days: 20, medianDaysFromPrevious: 9 },
  { stage: 'sal', reached: 200, conversionFromPrevious: 0.5, medianDays: 12, p90Days: 25, medianDaysFromPrevious: 2.5 },
  { stage: 'sql', reached: 100, conversionFromPrevious: 0.5, medianDays: 26, p90Days: 40, medianDaysFromPrevious: 14 },
  { stage: 'customer', reached: 20, conversionFromPrevious: 0.2, medianDays: 80, p90Days: 110, medianDaysFromPrevious: 55 },
];

function sales(overrides: Partial<SalesResults> = {}): SalesResults {
  return {
    enabled: true,
    handedOff: 250,
    notFeasible: { rules: 30, capacity: 20 },
    answers: { accepted: 200, rejected: 40, noAnswer: 10 },
    rejectionReasons: { notAFit: 10, noBudget: 6, badTiming: 14, noNeed: 0, unreachable: 10 },
    recycled: { leads: 40, handedOffAgain: 10, acceptedAgain: 4, customers: 1 },
    opportunities: { created: 100, won: 20, lost: 30, openAtHorizon: 50 },
    wonByGrade: { A: 12, B: 6, C: 2, D: 0 },
    pipeline: 2_500_000,
    revenue: 500_000,
    perWeek: [
      { week: 0, pipeline: 0, revenue: 0, cost: 5_100 },
      { week: 1, pipeline: 100_000, revenue: 0, cost: 2_000 },
      { week: 3, pipeline: 50_000, revenue: 25_000, cost: 1_000 },
    ],
    ...overrides,
  };
}

function money(overrides: Partial<MoneyResults> = {}): MoneyResults {
  return {
    currency: 'EUR',
    costs: { emails: 100, sales: 20_000, fixed: 5_000, total: 25_100 },
    costPer: { mql: 62.75, sal: 125.5, sql: 251, customer: 1255 },
    roi: (500_000 - 25_100) / 25_100,
    paybackWeeks: 9,
    ...overrides,
  };
}

function results(extra: { sales?: SalesResults; money?: MoneyResults; funnel?: SimulationResults['funnel'] } = {}): SimulationResults {
  return {
    journey: { id: 'j', name: 'J' },
    seed: 1,
    prospects: 1000,
    horizonDays: 180,
    totals: { steps: 0, emailsSent: 2000, suppressedNoConsent: 0, unsubscribes: 0 },
    nodes: [],
    edges: [],
    funnel: extra.funnel ?? FUNNEL,
    exits: {} as SimulationResults['exits'],
    emailsPerProspect: [],
    unsubscribesPerDay: [],
    handoffs: { total: 250, weeklyCapacity: 50, perWeek: [], queuedAtHorizon: 0 } as unknown as SimulationResults['handoffs'],
    ...(extra.sales ? { sales: extra.sales } : {}),
    ...(extra.money ? { money: extra.money } : {}),
    stuck: { total: 0, byNode: [] },
    scores: { engagement: [], grades: { A: 0, B: 0, C: 0, D: 0 } },
    timelines: [],
  };
}

describe('funnelSteps', () => {
  it('goes from stage to stage with the conversion and the median days between them', () => {
    const steps = funnelSteps(FUNNEL);
    expect(steps.map((s) => `${s.from}→${s.to}`)).toEqual(['inquiry→mql', 'mql→sal', 'sal→sql', 'sql→customer']);
    expect(steps[3]).toEqual({ from: 'sql', to: 'customer', fromReached: 100, toReached: 20, conversion: 0.2, medianDays: 55 });
  });

  it('has no time between stages for runs stored before it was counted', () => {
    const old = FUNNEL.map(({ medianDaysFromPrevious: _, ...f }) => f) as unknown as SimulationResults['funnel'];
    expect(funnelSteps(old).map((s) => s.medianDays)).toEqual([null, null, null, null]);
  });

  it('has no conversion out of a stage nobody reached', () => {
    const empty = FUNNEL.map((f) => (f.stage === 'inquiry' ? f : { ...f, reached: 0, conversionFromPrevious: 0, medianDaysFromPrevious: null }));
    expect(funnelSteps(empty).map((s) => s.conversion)).toEqual([0, null, null, null]);
  });

  it('says which stage is missing', () => {
    expect(() => funnelSteps(FUNNEL.filter((f) => f.stage !== 'sql'))).toThrow('funnel: the results have no "sql" stage');
  });
});

describe('moneyByWeek', () => {
  it('fills weeks without figures with 0 and sums up week by week', () => {
    const weeks = moneyByWeek(sales().perWeek);
    expect(weeks.map((w) => w.week)).toEqual([0, 1, 2, 3]);
    expect(weeks[2]).toEqual({ week: 2, pipeline: 0, revenue: 0, cost: 0, cumulativePipeline: 100_000, cumulativeRevenue: 0, cumulativeCost: 7_100 });
    expect(weeks[3]!.cumulativePipeline).toBe(150_000);
    expect(weeks[3]!.cumulativeRevenue).toBe(25_000);
    expect(weeks[3]!.cumulativeCost).toBe(8_100);
  });

  it('takes weeks in any order and refuses a week that is not a whole number from 0', () => {
    expect(moneyByWeek([{ week: 1, pipeline: 1, revenue: 2, cost: 3 }, { week: 0, pipeline: 10, revenue: 0, cost: 0 }]).map((w) => w.cumulativePipeline)).toEqual([10, 11]);
    expect(() => moneyByWeek([{ week: -1, pipeline: 0, revenue: 0, cost: 0 }])).toThrow('sales.perWeek: week -1 is not a whole number from 0');
    expect(() => moneyByWeek([{ week: 1.5, pipeline: 0, revenue: 0, cost: 0 }])).toThrow('week 1.5');
  });

  it('is empty when nothing was reported', () => {
    expect(moneyByWeek([])).toEqual([]);
  });
});

describe('salesView', () => {
  it('tells runs stored before the sales side, runs with it off, and runs with it on apart', () => {
    expect(salesStatus(results())).toBe('absent');
    expect(salesStatus(results({ money: money() }))).toBe('off');
    expect(salesStatus(results({ money: money(), sales: sales({ enabled: false }) }))).toBe('off');
    expect(salesStatus(results({ money: money(), sales: sales() }))).toBe('on');
  });

  it('shares sales’ answers among the hand-offs, and the refused among every attempt', () => {
    const view = salesView(results({ money: money(), sales: sales() }));
    expect(view.answers!.rows).toEqual([
      { key: 'accepted', count: 200, share: 0.8 },
      { key: 'rejected', count: 40, share: 0.16 },
      { key: 'noAnswer', count: 10, share: 0.04 },
    ]);
    expect(view.answers!.attempts).toBe(300);
    expect(view.answers!.notFeasible).toEqual([
      { key: 'rules', count: 30, share: 0.1 },
      { key: 'capacity', count: 20, share: 20 / 300 },
    ]);
  });

  it('counts hand-offs still unanswered at the end apart', () => {
    const view = salesView(results({ money: money(), sales: sales({ handedOff: 275 }) }));
    expect(view.answers!.rows.at(-1)).toEqual({ key: 'awaiting', count: 25, share: 25 / 275 });
    expect(view.answers!.rows.reduce((sum, r) => sum + r.share!, 0)).toBeCloseTo(1, 12);
  });

  it('orders the rejection reasons by how often they were given, as shares of all rejections', () => {
    const reasons = salesView(results({ money: money(), sales: sales() })).reasons!;
    expect(reasons.map((r) => r.key)).toEqual(['badTiming', 'notAFit', 'unreachable', 'noBudget', 'noNeed']);
    expect(reasons[0]!.share).toBe(14 / 40);
    expect(reasons.at(-1)).toEqual({ key: 'noNeed', count: 0, share: 0 });
    const none = salesView(results({ money: money(), sales: sales({ rejectionReasons: { notAFit: 0, noBudget: 0, badTiming: 0, noNeed: 0, unreachable: 0 } }) })).reasons!;
    expect(none.every((r) => r.share === null)).toBe(true);
  });

  it('follows the recycled leads and the opportunities', () => {
    const view = salesView(results({ money: money(), sales: sales() }));
    expect(view.recycled).toEqual({
      leads: 40,
      rows: [
        { key: 'handedOffAgain', count: 10, share: 0.25 },
        { key: 'acceptedAgain', count: 4, share: 0.1 },
        { key: 'customers', count: 1, share: 0.025 },
      ],
    });
    expect(view.opportunities!.winRate).toBe(0.4);
    expect(view.opportunities!.wonByGrade).toEqual([
      { grade: 'A', count: 12 },
      { grade: 'B', count: 6 },
      { grade: 'C', count: 2 },
      { grade: 'D', count: 0 },
    ]);
  });

  it('gives the costs by part and per stage, and the return', () => {
    const view = salesView(results({ money: money(), sales: sales() }));
    expect(view.currency).toBe('EUR');
    expect(view.costs!.parts.map((p) => [p.key, p.amount])).toEqual([
      ['emails', 100],
      ['sales', 20_000],
      ['fixed', 5_000],
    ]);
    expect(view.costs!.parts[1]!.share).toBeCloseTo(20_000 / 25_100, 12);
    expect(view.costs!.perStage).toEqual([
      { stage: 'mql', amount: 62.75 },
      { stage: 'sal', amount: 125.5 },
      { stage: 'sql', amount: 251 },
      { stage: 'customer', amount: 1255 },
    ]);
    expect(view.returns).toEqual({ revenue: 500_000, pipeline: 2_500_000, cost: 25_100, net: 474_900, roi: money().roi, paybackWeeks: 9 });
  });

  it('with sales off keeps the costs but has no return, answers or weeks', () => {
    const view = salesView(results({ money: money({ roi: -1, paybackWeeks: null }), sales: sales({ enabled: false }) }));
    expect(view.status).toBe('off');
    expect(view.costs!.total).toBe(25_100);
    expect(view.returns).toBeNull();
    expect(view.answers).toBeNull();
    expect(view.weeks).toBeNull();
    expect(view.steps).toHaveLength(4);
  });

  it('for a run stored before the sales side has the funnel only', () => {
    const view = salesView(results());
    expect(view).toMatchObject({ status: 'absent', currency: null, costs: null, returns: null, weeks: null });
    expect(view.steps[0]!.conversion).toBe(0.4);
  });
});

describe('compareMoney', () => {
  it('puts the ROI, revenue and costs of two runs side by side with the difference', () => {
    const a = results({ money: money({ roi: 2.1 }), sales: sales() });
    const b = results({ money: money({ roi: 2.6, costs: { emails: 200, sales: 20_000, fixed: 5_000, total: 25_200 }, costPer: { mql: 60, sal: 120, sql: 240, customer: 1000 } }), sales: sales({ revenue: 600_000 }) });
    const rows = compareMoney(a, b);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('roi')).toMatchObject({ kind: 'ratio', a: 2.1, b: 2.6, higherIsBetter: true });
    expect(row('roi').difference).toBeCloseTo(0.5, 12);
    expect(row('revenue')).toMatchObject({ kind: 'money', a: 500_000, b: 600_000, difference: 100_000, currency: { a: 'EUR', b: 'EUR' } });
    expect(row('cost')).toMatchObject({ a: 25_100, b: 25_200, difference: 100, higherIsBetter: false });
    expect(row('net')).toMatchObject({ a: 474_900, b: 574_800 });
    expect(row('costPer:customer')).toMatchObject({ stage: 'customer', a: 1255, b: 1000, difference: -255, higherIsBetter: false });
    expect(row('accepted')).toMatchObject({ kind: 'share', a: 0.8, b: 0.8, difference: 0 });
    expect(row('winRate')).toMatchObject({ a: 0.4, b: 0.4 });
    expect(row('paybackWeeks')).toMatchObject({ kind: 'weeks', a: 9, b: 9, difference: 0, higherIsBetter: false });
  });

  it('does not subtract amounts in two currencies', () => {
    const rows = compareMoney(results({ money: money(), sales: sales() }), results({ money: money({ currency: 'USD' }), sales: sales() }));
    expect(rows.find((r) => r.key === 'revenue')).toMatchObject({ a: 500_000, b: 500_000, difference: null, currency: { a: 'EUR', b: 'USD' } });
    // A ratio has no currency: still compared.
    expect(rows.find((r) => r.key === 'roi')!.difference).toBe(0);
  });

  it('has no ROI for a run with sales off, and nothing when neither run has money', () => {
    const rows = compareMoney(results({ money: money({ roi: -1 }), sales: sales({ enabled: false }) }), results({ money: money(), sales: sales() }));
    expect(rows.find((r) => r.key === 'roi')).toMatchObject({ a: null, difference: null });
    expect(rows.find((r) => r.key === 'cost')).toMatchObject({ a: 25_100, b: 25_100, difference: 0 });
    expect(compareMoney(results(), results())).toEqual([]);
    expect(compareMoney(results(), results({ money: money(), sales: sales() })).find((r) => r.key === 'cost')).toMatchObject({ a: null, b: 25_100, currency: { a: null, b: 'EUR' } });
  });
});
