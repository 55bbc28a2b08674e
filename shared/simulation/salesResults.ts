// What a run reports of the sales side (shared/sales): the answers to hand-offs, what became
// of recycled leads, opportunities won and lost, and the money — built from the counters in
// SalesTally (salesTally.ts).
import { FIT_GRADES, type FitGrade, type Stage } from '../journey/primitives';
import { type CostModel, type Currency, REJECTION_REASONS, type RejectionReason, type SalesModel } from '../sales/schema';
import type { Aggregate } from './aggregate';
import { SALES_COUNT } from './salesTally';

export interface SalesWeek {
  week: number;
  /** Value of the opportunities created (leads reaching SQL) this week. */
  pipeline: number;
  /** Value of the deals won this week. */
  revenue: number;
  /** Costs spent this week (emails and sales time; the fixed costs count in week 0). */
  cost: number;
}

export interface SalesResults {
  /** Off: hand-offs are all accepted and nothing below SAL is simulated. */
  enabled: boolean;
  /** Hand-offs that reached sales (answered or not); a lead handed off twice counts twice. */
  handedOff: number;
  /** Hand-offs refused by sales' feasibility check: by its rules, or for want of a rep with room. */
  notFeasible: { rules: number; capacity: number };
  answers: { accepted: number; rejected: number; noAnswer: number };
  rejectionReasons: Record<RejectionReason, number>;
  /** Leads rejected and recycled, and what became of them afterwards. */
  recycled: { leads: number; handedOffAgain: number; acceptedAgain: number; customers: number };
  /** Leads sales qualified (SQL, an opportunity), won and lost within the horizon; the rest still open. */
  opportunities: { created: number; won: number; lost: number; openAtHorizon: number };
  /** Won deals by the lead's fit grade. */
  wonByGrade: Record<FitGrade, number>;
  /** Value of all opportunities created within the horizon. */
  pipeline: number;
  /** Value of the deals won within the horizon. */
  revenue: number;
  perWeek: SalesWeek[];
}

export interface MoneyResults {
  currency: Currency;
  costs: { emails: number; sales: number; fixed: number; total: number };
  /** Total cost divided by the leads that reached each stage in the run (null: none reached it). */
  costPer: { mql: number | null; sal: number | null; sql: number | null; customer: number | null };
  /** (revenue − cost) / cost; null when nothing was spent. */
  roi: number | null;
  /** The first week by whose end the revenue won covers the cost so far; null: not within the horizon. */
  paybackWeeks: number | null;
}

/** The sales side and the money of a run, from its summed counters. */
export function buildSalesResults(agg: Aggregate, sales: SalesModel, costs: CostModel, reached: Readonly<Record<Stage, number>>): { sales: SalesResults; money: MoneyResults } {
  const c = agg.salesCounts;
  const count = (k: number) => c[k]!;
  const cents = (array: Float64Array) => Array.from(array, (v) => v / 100);
  const pipelinePerWeek = cents(agg.weekPipelineCents);
  const revenuePerWeek = cents(agg.weekRevenueCents);
  const salesCostPerHandoff = costs.perSalesHour * costs.salesHoursPerHandoff;
  const costPerWeek = Array.from(agg.weekEmails, (emails, week) => emails * costs.perEmail + agg.weekHandoffs[week]! * salesCostPerHandoff + (week === 0 ? costs.fixed : 0));
  const perWeek: SalesWeek[] = pipelinePerWeek.map((pipeline, week) => ({ week, pipeline: money(pipeline), revenue: money(revenuePerWeek[week]!), cost: money(costPerWeek[week]!) }));
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const revenue = money(sum(revenuePerWeek));
  const emailCost = agg.emailsSent * costs.perEmail;
  const salesCost = count(SALES_COUNT.handedOff) * salesCostPerHandoff;
  const total = emailCost + salesCost + costs.fixed;
  let paybackWeeks: number | null = null;
  let spent = 0;
  let earned = 0;
  for (let week = 0; week < perWeek.length && paybackWeeks === null; week++) {
    spent += costPerWeek[week]!;
    earned += revenuePerWeek[week]!;
    if (earned > 0 && earned >= spent) paybackWeeks = week + 1;
  }
  const per = (stage: Stage) => (reached[stage] > 0 ? money(total / reached[stage]) : null);
  return {
    sales: {
      enabled: sales.enabled,
      handedOff: count(SALES_COUNT.handedOff),
      notFeasible: { rules: count(SALES_COUNT.notFeasibleRules), capacity: count(SALES_COUNT.notFeasibleCapacity) },
      answers: { accepted: count(SALES_COUNT.accepted), rejected: count(SALES_COUNT.rejected), noAnswer: count(SALES_COUNT.noAnswer) },
      rejectionReasons: Object.fromEntries(REJECTION_REASONS.map((r, i) => [r, count(SALES_COUNT.reasons + i)])) as Record<RejectionReason, number>,
      recycled: {
        leads: count(SALES_COUNT.recycledLeads),
        handedOffAgain: count(SALES_COUNT.handedOffAgain),
        acceptedAgain: count(SALES_COUNT.acceptedAgain),
        customers: count(SALES_COUNT.recycledCustomers),
      },
      opportunities: { created: count(SALES_COUNT.created), won: count(SALES_COUNT.won), lost: count(SALES_COUNT.lost), openAtHorizon: count(SALES_COUNT.openAtHorizon) },
      wonByGrade: Object.fromEntries(FIT_GRADES.map((g, i) => [g, count(SALES_COUNT.wonByGrade + i)])) as Record<FitGrade, number>,
      pipeline: money(sum(pipelinePerWeek)),
      revenue,
      perWeek,
    },
    money: {
      currency: costs.currency,
      costs: { emails: money(emailCost), sales: money(salesCost), fixed: money(costs.fixed), total: money(total) },
      costPer: { mql: per('mql'), sal: per('sal'), sql: per('sql'), customer: per('customer') },
      roi: total > 0 ? Math.round(((revenue - total) / total) * 1000) / 1000 : null,
      paybackWeeks,
    },
  };
}

/** Money to whole cents. */
const money = (amount: number) => Math.round(amount * 100) / 100;
