// Results gathered while simulating: plain counters in typed arrays, so a worker's share
// can be summed into the total in any order and give the same numbers.
import { BUYING_ROLES, type BuyingRole } from '../accounts/schema';
import { LIFECYCLE_STAGES } from '../journey/primitives';
import { HOURS_PER_WEEK, weekAt } from './calendar';
import type { CompiledJourney } from './compile';
import { DEAL } from './salesDesk';
import { type ProspectSales, SALES_COUNT, SALES_COUNT_SIZE } from './salesTally';

/** Where a prospect is at the end of a run: exactly one of these. */
export const OUTCOMES = [
  'converted',
  'disqualified',
  'unsubscribed',
  'ended',
  'notEligible',
  'movedToJourney',
  'waiting',
  'deadEnd',
  'loopLimit',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Outcomes of prospects still inside the journey when the run ends: the "stuck" ones. */
export const STUCK_OUTCOMES: ReadonlySet<Outcome> = new Set<Outcome>(['waiting', 'deadEnd', 'loopLimit']);
export const OUTCOME = Object.fromEntries(OUTCOMES.map((o, i) => [o, i])) as Record<Outcome, number>;
const STUCK = OUTCOMES.map((o) => STUCK_OUTCOMES.has(o));

/** One prospect's place at the end of its run, as the engine hands it to countProspect (one object, reused). */
export interface ProspectEnd {
  index: number;
  /** Index in OUTCOMES. */
  outcome: number;
  /** When it ended (hours). */
  at: number;
  /** The step it ended at (-1: none). */
  node: number;
  steps: number;
  emails: number;
  suppressed: number;
  admitted: boolean;
  entryT: number;
  /** Per stage, when it was reached (Infinity: never). */
  stageAt: Float64Array;
  engagement: number;
  /** Fit grade as an index in 'ABCD'. */
  grade: number;
  sales: ProspectSales;
}

export const MAX_EMAIL_BUCKET = 50;
export const SCORE_BIN_WIDTH = 10;
export const SCORE_MIN = -50;
export const SCORE_BINS = 36; // -50 … 310

export interface TimelineStep {
  /** Hours since the run started. */
  t: number;
  nodeId: string;
  /** What happened: entered, sent, opened, yes, timeout, exit:converted, … */
  event: string;
  score: number;
  stage: string;
}

export interface Timeline {
  index: number;
  /** The prospect's sampling hash; the sample is the prospects with the smallest ones. */
  rank: number;
  prospectId: string;
  name: string;
  persona: string;
  /** The contact's account and buying role, when it belongs to one (a sampled account's contacts are all sampled), and the company's name when the contact has one. */
  account?: string;
  company?: string;
  role?: BuyingRole;
  outcome: Outcome;
  finalNodeId: string | null;
  steps: TimelineStep[];
}

/**
 * One line per prospect — where it ended, its stage, score, grade and emails — for the
 * per-prospect CSV export. Indexed by prospect index from `start`; the coordinator copies
 * each block's rows from the runner that ran it.
 */
export class ProspectRows {
  readonly outcome: Uint8Array;
  readonly stage: Uint8Array;
  readonly score: Float32Array;
  readonly emails: Uint16Array;
  readonly grade: Uint8Array;
  // The sales side (salesDesk.ts): last answer (ANSWER), last rejection reason (index + 1),
  // times recycled, opportunity (DEAL), days to SQL and to close (NaN: none), deal value.
  readonly answer: Uint8Array;
  readonly reason: Uint8Array;
  readonly recycled: Uint8Array;
  readonly deal: Uint8Array;
  readonly sqlDay: Float32Array;
  readonly closedDay: Float32Array;
  readonly dealValue: Float32Array;

  constructor(
    readonly start: number,
    readonly length: number,
  ) {
    this.outcome = new Uint8Array(length);
    this.stage = new Uint8Array(length);
    this.score = new Float32Array(length);
    this.emails = new Uint16Array(length);
    this.grade = new Uint8Array(length);
    this.answer = new Uint8Array(length);
    this.reason = new Uint8Array(length);
    this.recycled = new Uint8Array(length);
    this.deal = new Uint8Array(length);
    this.sqlDay = new Float32Array(length);
    this.closedDay = new Float32Array(length);
    this.dealValue = new Float32Array(length);
  }

  set(index: number, outcome: number, stage: number, score: number, emails: number, grade: number): void {
    const i = index - this.start;
    this.outcome[i] = outcome;
    this.stage[i] = stage;
    this.score[i] = score;
    this.emails[i] = Math.min(emails, 65535);
    this.grade[i] = grade;
  }

  setSales(index: number, sales: ProspectSales, horizon: number): void {
    const i = index - this.start;
    this.answer[i] = sales.answer;
    this.reason[i] = sales.reason;
    this.recycled[i] = Math.min(sales.recycled, 255);
    const deal = sales.deal(horizon);
    this.deal[i] = deal;
    this.sqlDay[i] = deal === DEAL.none ? Number.NaN : sales.sqlAt / 24;
    this.closedDay[i] = deal === DEAL.won || deal === DEAL.lost ? sales.closeAt / 24 : Number.NaN;
    this.dealValue[i] = deal === DEAL.none ? 0 : sales.valueCents / 100;
  }

  /** Puts row k at order[k] (rows of a run in account order back in list order; start 0). */
  permute(order: Int32Array): void {
    const columns = [this.outcome, this.stage, this.score, this.emails, this.grade, ...SALES_ROW_KEYS.map((key) => this[key])];
    for (const column of columns) {
      const copy = column.slice();
      for (let k = 0; k < order.length; k++) column[order[k]!] = copy[k]!;
    }
  }

  /** Copies the rows [start, end) of another set of rows that holds them into their place here. */
  copyRange(other: ProspectRowsData, start: number, end: number): void {
    const from = start - other.start;
    const to = end - other.start;
    const at = start - this.start;
    this.outcome.set(other.outcome.subarray(from, to), at);
    this.stage.set(other.stage.subarray(from, to), at);
    this.score.set(other.score.subarray(from, to), at);
    this.emails.set(other.emails.subarray(from, to), at);
    this.grade.set(other.grade.subarray(from, to), at);
    for (const key of SALES_ROW_KEYS) (this[key] as Uint8Array).set((other[key] as Uint8Array).subarray(from, to), at);
  }

  toData(): ProspectRowsData {
    const data = { start: this.start, length: this.length, outcome: this.outcome, stage: this.stage, score: this.score, emails: this.emails, grade: this.grade } as ProspectRowsData;
    for (const key of SALES_ROW_KEYS) (data as unknown as Record<string, unknown>)[key] = this[key];
    return data;
  }
}

/** The per-prospect columns of the sales side; rows stored before it lack them. */
export const SALES_ROW_KEYS = ['answer', 'reason', 'recycled', 'deal', 'sqlDay', 'closedDay', 'dealValue'] as const;
export type SalesRowKey = (typeof SALES_ROW_KEYS)[number];
/** Each sales column's array type, to read stored rows back. */
export const SALES_ROW_TYPES = {
  answer: Uint8Array,
  reason: Uint8Array,
  recycled: Uint8Array,
  deal: Uint8Array,
  sqlDay: Float32Array,
  closedDay: Float32Array,
  dealValue: Float32Array,
} as const satisfies Record<SalesRowKey, unknown>;
export type ProspectRowsData = Pick<ProspectRows, 'start' | 'length' | 'outcome' | 'stage' | 'score' | 'emails' | 'grade'> & Partial<Pick<ProspectRows, SalesRowKey>>;

export class Aggregate {
  prospects = 0;
  steps = 0;
  emailsSent = 0;
  suppressedNoConsent = 0;
  readonly nodeEntered: Int32Array;
  readonly nodeExits: Int32Array;
  readonly nodeHolding: Int32Array;
  readonly edgeTraversals: Int32Array;
  /** The three above by a step journal's entry kind: entered, left, took (journal.ts). */
  readonly stepCounters: readonly Int32Array[];
  readonly outcomes = new Int32Array(OUTCOMES.length);
  readonly emailsPerProspect = new Int32Array(MAX_EMAIL_BUCKET + 1);
  readonly unsubscribesPerDay: Int32Array;
  readonly stageReached = new Int32Array(LIFECYCLE_STAGES.length);
  /** Per stage, a histogram of whole hours from entry to reaching it (hoursPerStage buckets each). */
  readonly stageHours: Int32Array;
  readonly hoursPerStage: number;
  readonly engagement = new Int32Array(SCORE_BINS);
  readonly grades = new Int32Array(4);
  /** Per stage, a histogram of whole hours from reaching the stage before it (hoursPerStage buckets each). */
  readonly stageGapHours: Int32Array;
  /** The sales side's counters (SALES_COUNT). */
  readonly salesCounts = new Int32Array(SALES_COUNT_SIZE);
  /** Per week: emails sent, hand-offs that took a rep's time, opportunities' and won deals' value (cents). */
  readonly weekEmails: Int32Array;
  readonly weekHandoffs: Int32Array;
  readonly weekPipelineCents: Float64Array;
  readonly weekRevenueCents: Float64Array;
  /**
   * Account-level hand-offs (README §12.3): [0 … roles] by how many roles were engaged then,
   * then per role (BUYING_ROLES) the hand-offs it was engaged at, then the colleagues who joined.
   */
  readonly accountHandovers = new Int32Array(ACCOUNT_HANDOVER_SIZE);
  timelines: Timeline[] = [];
  /** Per-prospect rows, when the run keeps them. */
  rows: ProspectRows | null = null;

  constructor(
    readonly nodeCount: number,
    readonly stride: number,
    readonly edgeCount: number,
    readonly horizonHours: number,
  ) {
    this.nodeEntered = new Int32Array(nodeCount);
    this.nodeExits = new Int32Array(nodeCount * stride);
    this.nodeHolding = new Int32Array(nodeCount);
    this.edgeTraversals = new Int32Array(edgeCount);
    this.stepCounters = [this.nodeEntered, this.nodeExits, this.edgeTraversals];
    this.unsubscribesPerDay = new Int32Array(Math.ceil(horizonHours / 24) + 1);
    this.hoursPerStage = Math.ceil(horizonHours) + 1;
    this.stageHours = new Int32Array(LIFECYCLE_STAGES.length * this.hoursPerStage);
    this.stageGapHours = new Int32Array(LIFECYCLE_STAGES.length * this.hoursPerStage);
    const weeks = weekAt(horizonHours) + 1;
    this.weekEmails = new Int32Array(weeks);
    this.weekHandoffs = new Int32Array(weeks);
    this.weekPipelineCents = new Float64Array(weeks);
    this.weekRevenueCents = new Float64Array(weeks);
  }

  static for(journey: CompiledJourney, horizonHours: number, rowRange?: readonly [number, number]): Aggregate {
    const aggregate = new Aggregate(journey.nodes.length, journey.stride, journey.doc.edges.length, horizonHours);
    if (rowRange) aggregate.rows = new ProspectRows(rowRange[0], rowRange[1] - rowRange[0]);
    return aggregate;
  }

  /** Counts one prospect's final place (README §10); its steps were counted by its StepJournal. */
  countProspect(end: ProspectEnd): void {
    const { outcome, emails } = end;
    if (STUCK[outcome] && end.node >= 0) this.nodeHolding[end.node]!++;
    this.prospects++;
    this.steps += end.steps;
    this.outcomes[outcome]!++;
    this.emailsSent += emails;
    this.suppressedNoConsent += end.suppressed;
    this.emailsPerProspect[Math.min(emails, MAX_EMAIL_BUCKET)]!++;
    if (outcome === OUTCOME.unsubscribed) this.unsubscribesPerDay[Math.min(Math.floor(end.at / 24), this.unsubscribesPerDay.length - 1)]!++;
    // Only prospects the audience admitted are counted in the funnel and the score distributions (§3).
    if (end.admitted) {
      for (let s = 0; s < LIFECYCLE_STAGES.length; s++) {
        const reached = end.stageAt[s]!;
        if (reached === Number.POSITIVE_INFINITY) continue;
        this.stageReached[s]!++;
        this.stageHours[s * this.hoursPerStage + Math.min(Math.floor(reached - end.entryT), this.hoursPerStage - 1)]!++;
        const before = s === 0 ? Number.POSITIVE_INFINITY : end.stageAt[s - 1]!;
        if (before !== Number.POSITIVE_INFINITY) this.stageGapHours[s * this.hoursPerStage + Math.min(Math.max(0, Math.floor(reached - before)), this.hoursPerStage - 1)]!++;
      }
      const bin = Math.floor((end.engagement - SCORE_MIN) / SCORE_BIN_WIDTH);
      this.engagement[bin < 0 ? 0 : bin >= SCORE_BINS ? SCORE_BINS - 1 : bin]!++;
      this.grades[end.grade]!++;
    }
    let finalStage = 0;
    for (let s = LIFECYCLE_STAGES.length - 1; s > 0; s--) {
      if (end.stageAt[s] !== Number.POSITIVE_INFINITY) {
        finalStage = s;
        break;
      }
    }
    this.rows?.set(end.index, outcome, finalStage, end.engagement, emails, end.grade);
    this.countSales(end);
  }

  /** The prospect's dealings with sales (salesTally.ts), and the weeks its costs and value fall in. */
  private countSales(end: ProspectEnd): void {
    const sales = end.sales;
    if (!sales.touched) return; // never met sales: nothing to count, and its rows stay empty
    const counts = this.salesCounts;
    for (let k = 0; k < sales.counts.length; k++) counts[k]! += sales.counts[k]!;
    const lastWeek = this.weekEmails.length - 1;
    for (let k = 0; k < sales.handoffs; k++) this.weekHandoffs[Math.min(weekAt(sales.handoffTimes[k]!), lastWeek)]!++;
    if (sales.recycled > 0) counts[SALES_COUNT.recycledLeads]!++;
    const deal = sales.deal(this.horizonHours);
    if (deal !== DEAL.none) {
      counts[SALES_COUNT.created]!++;
      this.weekPipelineCents[Math.min(weekAt(sales.sqlAt), lastWeek)]! += sales.valueCents;
      if (deal === DEAL.open) counts[SALES_COUNT.openAtHorizon]!++;
      else if (deal === DEAL.lost) counts[SALES_COUNT.lost]!++;
      else {
        counts[SALES_COUNT.won]!++;
        counts[SALES_COUNT.wonByGrade + sales.grade]!++;
        if (sales.afterRecycling) counts[SALES_COUNT.recycledCustomers]!++;
        this.weekRevenueCents[Math.min(weekAt(sales.closeAt), lastWeek)]! += sales.valueCents;
      }
    }
    this.rows?.setSales(end.index, sales, this.horizonHours);
  }

  /** Counts the emails sent at times[0 … count) for the weeks' costs. */
  countEmailsAt(times: Float64Array, count: number): void {
    const weeks = this.weekEmails;
    const last = weeks.length - 1;
    for (let k = 0; k < count; k++) {
      const week = Math.floor(times[k]! / HOURS_PER_WEEK);
      weeks[week < last ? week : last]!++;
    }
  }

  /** An account handed to sales with these roles engaged (bits by BUYING_ROLES index). */
  countAccountHandover(roles: number): void {
    let n = 0;
    for (let r = 0; r < BUYING_ROLES.length; r++) {
      if ((roles & (1 << r)) === 0) continue;
      n++;
      this.accountHandovers[BUYING_ROLES.length + 1 + r]!++;
    }
    this.accountHandovers[n]!++;
  }

  countContactJoined(): void {
    this.accountHandovers[ACCOUNT_JOINED]!++;
  }

  /** Adds another aggregate's counts into this one (rows are placed by the coordinator, who knows whose they are). */
  add(other: AggregateData): void {
    this.prospects += other.prospects;
    this.steps += other.steps;
    this.emailsSent += other.emailsSent;
    this.suppressedNoConsent += other.suppressedNoConsent;
    for (const key of ARRAY_KEYS) {
      const mine = this[key];
      const theirs = other[key];
      for (let i = 0; i < mine.length; i++) mine[i]! += theirs[i]!;
    }
    this.timelines.push(...other.timelines);
  }

  /** Keeps the `k` sampled timelines with the smallest ranks, the same whatever the chunking. */
  trimTimelines(k: number): void {
    if (this.timelines.length <= k) return;
    this.timelines = this.timelines.sort((a, b) => a.rank - b.rank || a.index - b.index).slice(0, k);
  }

  /** Structured-clone-friendly copy (typed arrays travel between worker threads). */
  toData(): AggregateData {
    const data = {
      prospects: this.prospects,
      steps: this.steps,
      emailsSent: this.emailsSent,
      suppressedNoConsent: this.suppressedNoConsent,
      timelines: this.timelines,
      rows: this.rows?.toData() ?? null,
    } as AggregateData;
    for (const key of ARRAY_KEYS) (data as unknown as Record<string, Int32Array | Float64Array>)[key] = this[key];
    return data;
  }
}

const ARRAY_KEYS = [
  'nodeEntered',
  'nodeExits',
  'nodeHolding',
  'edgeTraversals',
  'outcomes',
  'emailsPerProspect',
  'unsubscribesPerDay',
  'stageReached',
  'stageHours',
  'engagement',
  'grades',
  'stageGapHours',
  'salesCounts',
  'weekEmails',
  'weekHandoffs',
  'weekPipelineCents',
  'weekRevenueCents',
  'accountHandovers',
] as const;
/** Where accountHandovers keeps the colleagues who joined an account's hand-off. */
export const ACCOUNT_JOINED = 2 * BUYING_ROLES.length + 1;
const ACCOUNT_HANDOVER_SIZE = ACCOUNT_JOINED + 1;

export type AggregateData = Pick<
  Aggregate,
  'prospects' | 'steps' | 'emailsSent' | 'suppressedNoConsent' | 'timelines' | (typeof ARRAY_KEYS)[number]
> & { rows: ProspectRowsData | null };

/** The typed arrays of an aggregate, to transfer between threads instead of copying. */
export function transferablesOf(data: AggregateData): ArrayBuffer[] {
  const arrays = ARRAY_KEYS.map((key) => data[key]);
  const rows = data.rows ? [data.rows.outcome, data.rows.stage, data.rows.score, data.rows.emails, data.rows.grade, ...SALES_ROW_KEYS.flatMap((key) => data.rows![key] ?? [])] : [];
  return [...arrays, ...rows].map((a) => a.buffer as ArrayBuffer);
}
