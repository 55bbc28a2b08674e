// What the Results view draws of the sales side and the money of a run, worked out from the
// stored results so the components only lay it out: the funnel as steps from stage to stage,
// pipeline and revenue by week (also summed up), sales' answers and reasons as shares, what
// became of recycled leads, the costs per stage and the return. Runs stored before the sales
// side have no `sales` and `money`; runs with sales switched off have money but no sales.
import { FIT_GRADES, type FitGrade, LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import { type Currency, REJECTION_REASONS, type RejectionReason } from '../sales/schema';
import type { FunnelStage, SimulationResults } from './results';
import type { MoneyResults, SalesResults, SalesWeek } from './salesResults';

/** How much of the sales side a run has: none (stored before it), money only (sales off), or all. */
export type SalesViewStatus = 'absent' | 'off' | 'on';

/** One step of the funnel, from a stage to the next. */
export interface StageStep {
  from: Stage;
  to: Stage;
  fromReached: number;
  toReached: number;
  /** Share of `from`'s leads that reached `to` (null: none reached `from`). */
  conversion: number | null;
  /** Median days from reaching `from` to reaching `to` (null: not known, or none reached both). */
  medianDays: number | null;
}

export interface MoneyWeek extends SalesWeek {
  cumulativePipeline: number;
  cumulativeRevenue: number;
  cumulativeCost: number;
}

/** A count and its share of a whole (null when the whole is 0). */
export interface ShareRow<K extends string> {
  key: K;
  count: number;
  share: number | null;
}

export type AnswerKey = 'accepted' | 'rejected' | 'noAnswer' | 'awaiting';

export interface AnswersView {
  handedOff: number;
  /** Shares of the hand-offs that reached sales; 'awaiting' only when some were still unanswered at the end. */
  rows: ShareRow<AnswerKey>[];
  /** Refused before they reached a rep, as shares of every attempt (refused + handed off). */
  notFeasible: ShareRow<'rules' | 'capacity'>[];
  attempts: number;
}

export interface RecycledView {
  leads: number;
  /** Each as a share of the recycled leads. */
  rows: ShareRow<'handedOffAgain' | 'acceptedAgain' | 'customers'>[];
}

export interface OpportunitiesView {
  created: number;
  won: number;
  lost: number;
  openAtHorizon: number;
  /** Won of those decided (won + lost); null when none was decided. */
  winRate: number | null;
  wonByGrade: { grade: FitGrade; count: number }[];
}

export type CostPart = 'emails' | 'sales' | 'fixed';
export type CostStage = 'mql' | 'sal' | 'sql' | 'customer';

export interface CostsView {
  parts: { key: CostPart; amount: number; share: number | null }[];
  total: number;
  perStage: { stage: CostStage; amount: number | null }[];
}

export interface ReturnView {
  revenue: number;
  pipeline: number;
  cost: number;
  /** Revenue minus cost. */
  net: number;
  roi: number | null;
  paybackWeeks: number | null;
}

export interface SalesView {
  status: SalesViewStatus;
  currency: Currency | null;
  steps: StageStep[];
  /** What sales and the journey cost and earned, week by week; null without sales. */
  weeks: MoneyWeek[] | null;
  answers: AnswersView | null;
  reasons: ShareRow<RejectionReason>[] | null;
  recycled: RecycledView | null;
  opportunities: OpportunitiesView | null;
  costs: CostsView | null;
  /** Revenue, ROI and payback; null when sales was not simulated (nothing could be won). */
  returns: ReturnView | null;
}

const shareOf = (count: number, whole: number): number | null => (whole === 0 ? null : count / whole);

export function salesStatus(results: SimulationResults): SalesViewStatus {
  if (!results.money) return 'absent';
  return results.sales?.enabled ? 'on' : 'off';
}

export function salesView(results: SimulationResults): SalesView {
  const status = salesStatus(results);
  const sales = status === 'on' ? results.sales! : null;
  const money = results.money ?? null;
  return {
    status,
    currency: money?.currency ?? null,
    steps: funnelSteps(results.funnel),
    weeks: sales ? moneyByWeek(sales.perWeek) : null,
    answers: sales ? answersView(sales) : null,
    reasons: sales ? rejectionShares(sales) : null,
    recycled: sales ? recycledView(sales) : null,
    opportunities: sales ? opportunitiesView(sales) : null,
    costs: money ? costsView(money) : null,
    returns: sales && money ? returnView(sales, money) : null,
  };
}

/** The funnel as steps between neighbouring stages, inquiry → MQL … SQL → customer. */
export function funnelSteps(funnel: FunnelStage[]): StageStep[] {
  const byStage = new Map(funnel.map((f) => [f.stage, f]));
  const steps: StageStep[] = [];
  for (let i = 1; i < LIFECYCLE_STAGES.length; i++) {
    const from = byStage.get(LIFECYCLE_STAGES[i - 1]!);
    const to = byStage.get(LIFECYCLE_STAGES[i]!);
    if (!from || !to) throw new Error(`funnel: the results have no "${from ? LIFECYCLE_STAGES[i] : LIFECYCLE_STAGES[i - 1]}" stage`);
    steps.push({
      from: from.stage,
      to: to.stage,
      fromReached: from.reached,
      toReached: to.reached,
      // The stored conversion is 0 when none reached `from`; there is no share of nothing.
      conversion: from.reached === 0 ? null : (to.conversionFromPrevious ?? shareOf(to.reached, from.reached)),
      // Runs stored before the sales side have no time between stages.
      medianDays: to.medianDaysFromPrevious ?? null,
    });
  }
  return steps;
}

/** Week by week from week 0 to the last reported, weeks with nothing filled with 0, and the running sums. */
export function moneyByWeek(perWeek: SalesWeek[]): MoneyWeek[] {
  const last = perWeek.reduce((max, w) => Math.max(max, w.week), -1);
  const weeks: SalesWeek[] = Array.from({ length: last + 1 }, (_, week) => ({ week, pipeline: 0, revenue: 0, cost: 0 }));
  for (const w of perWeek) {
    if (!Number.isInteger(w.week) || w.week < 0) throw new Error(`sales.perWeek: week ${w.week} is not a whole number from 0`);
    const slot = weeks[w.week]!;
    slot.pipeline += w.pipeline;
    slot.revenue += w.revenue;
    slot.cost += w.cost;
  }
  let pipeline = 0;
  let revenue = 0;
  let cost = 0;
  return weeks.map((w) => {
    pipeline += w.pipeline;
    revenue += w.revenue;
    cost += w.cost;
    return { ...w, cumulativePipeline: pipeline, cumulativeRevenue: revenue, cumulativeCost: cost };
  });
}

export function answersView(sales: SalesResults): AnswersView {
  const { accepted, rejected, noAnswer } = sales.answers;
  // Hand-offs still waiting for the rep's answer when the run ended.
  const awaiting = Math.max(0, sales.handedOff - accepted - rejected - noAnswer);
  const whole = Math.max(sales.handedOff, accepted + rejected + noAnswer);
  const rows: ShareRow<AnswerKey>[] = [
    { key: 'accepted', count: accepted, share: shareOf(accepted, whole) },
    { key: 'rejected', count: rejected, share: shareOf(rejected, whole) },
    { key: 'noAnswer', count: noAnswer, share: shareOf(noAnswer, whole) },
  ];
  if (awaiting > 0) rows.push({ key: 'awaiting', count: awaiting, share: shareOf(awaiting, whole) });
  const attempts = whole + sales.notFeasible.rules + sales.notFeasible.capacity;
  return {
    handedOff: sales.handedOff,
    rows,
    notFeasible: [
      { key: 'rules', count: sales.notFeasible.rules, share: shareOf(sales.notFeasible.rules, attempts) },
      { key: 'capacity', count: sales.notFeasible.capacity, share: shareOf(sales.notFeasible.capacity, attempts) },
    ],
    attempts,
  };
}

/** Rejection reasons as shares of all rejections, most frequent first (ties in the schema's order). */
export function rejectionShares(sales: SalesResults): ShareRow<RejectionReason>[] {
  const total = REJECTION_REASONS.reduce((sum, r) => sum + (sales.rejectionReasons[r] ?? 0), 0);
  return REJECTION_REASONS.map((key) => ({ key, count: sales.rejectionReasons[key] ?? 0, share: shareOf(sales.rejectionReasons[key] ?? 0, total) })).sort(
    (x, y) => y.count - x.count,
  );
}

export function recycledView(sales: SalesResults): RecycledView {
  const { leads, handedOffAgain, acceptedAgain, customers } = sales.recycled;
  return {
    leads,
    rows: [
      { key: 'handedOffAgain', count: handedOffAgain, share: shareOf(handedOffAgain, leads) },
      { key: 'acceptedAgain', count: acceptedAgain, share: shareOf(acceptedAgain, leads) },
      { key: 'customers', count: customers, share: shareOf(customers, leads) },
    ],
  };
}

export function opportunitiesView(sales: SalesResults): OpportunitiesView {
  const { created, won, lost, openAtHorizon } = sales.opportunities;
  return { created, won, lost, openAtHorizon, winRate: shareOf(won, won + lost), wonByGrade: FIT_GRADES.map((grade) => ({ grade, count: sales.wonByGrade[grade] ?? 0 })) };
}

export function costsView(money: MoneyResults): CostsView {
  const parts: CostPart[] = ['emails', 'sales', 'fixed'];
  const stages: CostStage[] = ['mql', 'sal', 'sql', 'customer'];
  return {
    parts: parts.map((key) => ({ key, amount: money.costs[key], share: shareOf(money.costs[key], money.costs.total) })),
    total: money.costs.total,
    perStage: stages.map((stage) => ({ stage, amount: money.costPer[stage] })),
  };
}

export function returnView(sales: SalesResults, money: MoneyResults): ReturnView {
  return {
    revenue: sales.revenue,
    pipeline: sales.pipeline,
    cost: money.costs.total,
    net: sales.revenue - money.costs.total,
    roi: money.roi,
    paybackWeeks: money.paybackWeeks,
  };
}
