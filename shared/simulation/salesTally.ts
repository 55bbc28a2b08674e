// One prospect's dealings with sales during a run (salesDesk.ts): kept apart until its run is
// final, like its steps (journal.ts), so a prospect replayed after a hand-off never counts twice.
import { REJECTION_REASONS } from '../sales/schema';
import { NEVER } from './behaviour';
import { DEAL } from './salesDesk';

/** The sales counters of a run, by position in Aggregate.salesCounts. */
export const SALES_COUNT = {
  handedOff: 0,
  notFeasibleRules: 1,
  notFeasibleCapacity: 2,
  accepted: 3,
  rejected: 4,
  noAnswer: 5,
  recycledLeads: 6,
  handedOffAgain: 7,
  acceptedAgain: 8,
  recycledCustomers: 9,
  created: 10,
  won: 11,
  lost: 12,
  openAtHorizon: 13,
  /** Rejections by reason: REASON_BASE + index in REJECTION_REASONS. */
  reasons: 14,
  /** Won deals by grade: WON_BY_GRADE + grade index. */
  wonByGrade: 14 + REJECTION_REASONS.length,
} as const;
export const SALES_COUNT_SIZE = SALES_COUNT.wonByGrade + 4;

export class ProspectSales {
  /** Whether the prospect met sales at all (most never do: clearing and counting them is skipped). */
  touched = false;
  /** Counters of events while running (hand-offs, answers, reasons), by SALES_COUNT. */
  readonly counts = new Int32Array(SALES_COUNT.reasons + REJECTION_REASONS.length);
  /** When each hand-off reached a rep (the rep's time costs then). */
  handoffTimes = new Float64Array(8);
  handoffs = 0;
  /** Last answer (ANSWER code, 0: none) and last rejection reason (index + 1, 0: none). */
  answer = 0;
  reason = 0;
  recycled = 0;
  /** When sales first accepted the lead (NEVER: not within the run), its grade then, and whether it had been recycled before. */
  acceptedAt = NEVER;
  grade = 0;
  afterRecycling = false;
  /** When the lead became an SQL, and when its opportunity closed (NEVER: not / not drawn). */
  sqlAt = NEVER;
  closeAt = NEVER;
  won = false;
  valueCents = 0;

  /** Becomes a copy of another (a run kept aside until its account is final). */
  copyFrom(o: ProspectSales): void {
    this.clear();
    if (!o.touched) return;
    this.touched = true;
    this.counts.set(o.counts);
    if (this.handoffTimes.length < o.handoffs) this.handoffTimes = new Float64Array(o.handoffTimes.length);
    this.handoffTimes.set(o.handoffTimes.subarray(0, o.handoffs));
    this.handoffs = o.handoffs;
    this.answer = o.answer;
    this.reason = o.reason;
    this.recycled = o.recycled;
    this.acceptedAt = o.acceptedAt;
    this.grade = o.grade;
    this.afterRecycling = o.afterRecycling;
    this.sqlAt = o.sqlAt;
    this.closeAt = o.closeAt;
    this.won = o.won;
    this.valueCents = o.valueCents;
  }

  clear(): void {
    if (!this.touched) return;
    this.touched = false;
    this.counts.fill(0);
    this.handoffs = this.answer = this.reason = this.recycled = this.grade = 0;
    this.won = this.afterRecycling = false;
    this.acceptedAt = this.sqlAt = this.closeAt = NEVER;
    this.valueCents = 0;
  }

  /** A hand-off sales' feasibility check refused (counter: SALES_COUNT.notFeasible…). */
  refused(counter: number, answer: number): void {
    this.touched = true;
    this.counts[counter]!++;
    this.answer = answer;
  }

  reachedRep(t: number): void {
    this.touched = true;
    if (this.handoffs === this.handoffTimes.length) {
      const more = new Float64Array(this.handoffs * 2);
      more.set(this.handoffTimes);
      this.handoffTimes = more;
    }
    this.handoffTimes[this.handoffs++] = t;
  }

  /** The opportunity's state at the horizon (DEAL code). */
  deal(horizon: number): number {
    if (this.sqlAt > horizon) return DEAL.none;
    if (this.closeAt > horizon) return DEAL.open;
    return this.won ? DEAL.won : DEAL.lost;
  }
}
