// What a run reports of the sales side (shared/sales): the answers to hand-offs, what became
// of recycled leads, opportunities won and lost, and the money — built from the counters in
// SalesTally (salesTally.ts).
import type { FitGrade } from '../journey/primitives';
import type { Currency, RejectionReason } from '../sales/schema';

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
