// The sales queue: every hand-off of a run, in time order, routed against weekly capacity.
// Leads a rep can take are assigned at once; leads over capacity wait, first in first out,
// for the next week with room (./README.md §9); leads no rule matches go to the fallback
// queue and the journey carries on without waiting for them.
//
// A run may hand off hundreds of thousands of leads, and the queue is the one part of a run
// that cannot be split over workers; so requests travel as flat typed arrays (transferred
// between threads without copying), with their routing rule already matched where the
// prospect was simulated.
import { assignByRule, createRoutingState, type RoutingState, weeklyCapacity } from '../routing/route';
import type { RoutingModel } from '../routing/schema';
import { NEVER } from './behaviour';
import { HOURS_PER_WEEK, weekAt } from './calendar';
import { grown } from './typedArrays';

/** The assignment time of a lead refused because no rep had room (sales' feasibility check asks for capacity). */
export const REFUSED = -1;

/** Hand-off requests as columns: prospect index, its how-manieth hand-off, time, matched rule (-1: none). */
export interface HandoffRequestsData {
  count: number;
  index: Int32Array;
  ordinal: Int32Array;
  t: Float64Array;
  rule: Int32Array;
}

/** A growing list of hand-off requests. */
export class HandoffRequests implements HandoffRequestsData {
  count = 0;
  index = new Int32Array(64);
  ordinal = new Int32Array(64);
  t = new Float64Array(64);
  rule = new Int32Array(64);

  push(index: number, ordinal: number, t: number, rule: number): void {
    if (this.count === this.index.length) {
      this.index = grown(this.index);
      this.ordinal = grown(this.ordinal);
      this.t = grown(this.t);
      this.rule = grown(this.rule);
    }
    const k = this.count++;
    this.index[k] = index;
    this.ordinal[k] = ordinal;
    this.t[k] = t;
    this.rule[k] = rule;
  }

  /** The requests so far, trimmed to their count, and a fresh list for the next ones. */
  take(): HandoffRequestsData {
    const data = { count: this.count, index: this.index.slice(0, this.count), ordinal: this.ordinal.slice(0, this.count), t: this.t.slice(0, this.count), rule: this.rule.slice(0, this.count) };
    this.count = 0;
    return data;
  }

  /** Several lists one after the other. */
  static concat(parts: readonly HandoffRequestsData[]): HandoffRequestsData {
    const count = parts.reduce((sum, part) => sum + part.count, 0);
    const all: HandoffRequestsData = { count, index: new Int32Array(count), ordinal: new Int32Array(count), t: new Float64Array(count), rule: new Int32Array(count) };
    let at = 0;
    for (const part of parts) {
      all.index.set(part.index.subarray(0, part.count), at);
      all.ordinal.set(part.ordinal.subarray(0, part.count), at);
      all.t.set(part.t.subarray(0, part.count), at);
      all.rule.set(part.rule.subarray(0, part.count), at);
      at += part.count;
    }
    return all;
  }
}

export const handoffBuffers = (data: HandoffRequestsData): ArrayBuffer[] => [data.index, data.ordinal, data.t, data.rule].map((a) => a.buffer as ArrayBuffer);

export interface WeeklyHandoffs {
  week: number;
  handedOff: number;
  assigned: number;
  capacity: number;
  /** Leads waiting for a rep at the end of the week. */
  backlog: number;
}

export interface HandoffReport {
  total: number;
  assigned: number;
  fallbackQueue: { name: string; leads: number };
  /** Leads still waiting for sales capacity at the horizon. */
  queuedAtHorizon: number;
  /** Leads refused because no rep had room (sales' feasibility check asks for capacity). */
  refusedForCapacity: number;
  weeklyCapacity: number;
  perWeek: WeeklyHandoffs[];
}

export class HandoffBook {
  private readonly state: RoutingState = createRoutingState();
  /** Every request of every round: when it was made, when assigned (NEVER: queued at the horizon); fallback: went to the fallback queue. */
  private log = { count: 0, requestedAt: new Float64Array(1024), assignedAt: new Float64Array(1024), fallback: new Uint8Array(1024) };

  constructor(
    private readonly routing: RoutingModel,
    private readonly horizonHours: number,
    /** Refuse a lead no rep has room for now, instead of queueing it. */
    private readonly refuseWhenFull = false,
  ) {}

  /** Resolves one round of hand-off requests; returns the assignment time of each (NEVER = still queued). */
  resolve(requests: HandoffRequestsData): Float64Array {
    const order = byTimeThenIndex(requests);
    const round = new RoundQueue(this.routing, this.state, requests, this.refuseWhenFull);
    for (const k of order) {
      const t = requests.t[k]!;
      const week = weekAt(t);
      if (week > round.week) round.drainUntil(week, this.horizonHours);
      round.request(k, t);
    }
    round.drainUntil(weekAt(this.horizonHours), this.horizonHours);
    this.record(requests, order, round);
    return round.assignedAt;
  }

  private record(requests: HandoffRequestsData, order: Int32Array, round: RoundQueue): void {
    let log = this.log;
    if (log.count + order.length > log.requestedAt.length) {
      const size = Math.max(2 * log.requestedAt.length, log.count + order.length);
      const grow = <T extends Float64Array | Uint8Array>(a: T, make: new (n: number) => T) => {
        const b = new make(size);
        b.set(a);
        return b;
      };
      log = this.log = { count: log.count, requestedAt: grow(log.requestedAt, Float64Array), assignedAt: grow(log.assignedAt, Float64Array), fallback: grow(log.fallback, Uint8Array) };
    }
    for (const k of order) {
      log.requestedAt[log.count] = requests.t[k]!;
      log.assignedAt[log.count] = round.assignedAt[k]!;
      log.fallback[log.count++] = round.fallback[k]!;
    }
  }

  report(): HandoffReport {
    const weeks = weekAt(this.horizonHours) + 1;
    const capacity = weeklyCapacity(this.routing);
    const perWeek: WeeklyHandoffs[] = Array.from({ length: weeks }, (_, week) => ({ week, handedOff: 0, assigned: 0, capacity, backlog: 0 }));
    const log = this.log;
    let fallback = 0;
    let queued = 0;
    let refused = 0;
    for (let k = 0; k < log.count; k++) {
      const requested = Math.min(weekAt(log.requestedAt[k]!), weeks - 1);
      perWeek[requested]!.handedOff++;
      if (log.fallback[k] === 1) {
        fallback++;
        continue;
      }
      const at = log.assignedAt[k]!;
      if (at === REFUSED) {
        refused++;
        continue;
      }
      const assigned = at === NEVER ? weeks : weekAt(at);
      if (at === NEVER) queued++;
      else perWeek[Math.min(assigned, weeks - 1)]!.assigned++;
      // Waiting at the end of every week from the request until the week it was assigned.
      for (let w = requested; w < Math.min(assigned, weeks); w++) perWeek[w]!.backlog++;
    }
    return {
      total: log.count,
      assigned: log.count - fallback - queued - refused,
      refusedForCapacity: refused,
      fallbackQueue: { name: this.routing.fallbackQueue, leads: fallback },
      queuedAtHorizon: queued,
      weeklyCapacity: capacity,
      perWeek,
    };
  }
}

/**
 * One round's requests going through sales, week by week. Capacity only fills up within a
 * week, so a rule whose assignee was full stays full until the week ends: its leads go
 * straight to the queue, and the weekly drain stops as soon as every rule with leads waiting
 * is full.
 */
class RoundQueue {
  readonly assignedAt: Float64Array;
  readonly fallback: Uint8Array;
  readonly refused: Uint8Array;
  week = -1;
  private readonly full: Uint8Array;
  private fullRules = 0;
  private readonly waitingPerRule: Int32Array;
  private rulesWaiting = 0;
  /** Request positions waiting for a rep, first come first served: queue[head … tail). */
  private readonly queue: Int32Array;
  private head = 0;
  private tail = 0;

  constructor(
    private readonly routing: RoutingModel,
    private readonly state: RoutingState,
    private readonly requests: HandoffRequestsData,
    private readonly refuseWhenFull: boolean,
  ) {
    this.assignedAt = new Float64Array(requests.count).fill(NEVER);
    this.fallback = new Uint8Array(requests.count);
    this.refused = new Uint8Array(requests.count);
    this.full = new Uint8Array(routing.rules.length);
    this.waitingPerRule = new Int32Array(routing.rules.length);
    this.queue = new Int32Array(requests.count);
  }

  /** A new request k at time t in the current week. */
  request(k: number, t: number): void {
    const rule = this.requests.rule[k]!;
    if (rule < 0) return this.toFallback(k, t);
    if (this.full[rule] === 1) return this.waitOrRefuse(k, rule);
    const decision = assignByRule(this.routing, this.state, this.routing.rules[rule]!, this.week);
    if (decision.kind === 'rep') this.assignedAt[k] = t;
    else if (decision.reason === 'atCapacity') {
      this.markFull(rule);
      this.waitOrRefuse(k, rule);
    } else this.toFallback(k, t); // its rule names nobody who exists
  }

  /** Moves on to `until`, taking waiting leads at the start of each week with room, in order of arrival. */
  drainUntil(until: number, horizonHours: number): void {
    while (this.week < until && this.head < this.tail) {
      this.startWeek(this.week + 1);
      const start = this.week * HOURS_PER_WEEK;
      if (start > horizonHours) break;
      // Scan from the head until every rule with leads waiting is full; keep who still waits, in order.
      const queue = this.queue;
      let kept = 0;
      let i = this.head;
      for (; i < this.tail && this.fullRules < this.rulesWaiting; i++) {
        const k = queue[i]!;
        const rule = this.requests.rule[k]!;
        if (this.full[rule] === 0 && assignByRule(this.routing, this.state, this.routing.rules[rule]!, this.week).kind === 'rep') {
          this.assignedAt[k] = start;
          if (--this.waitingPerRule[rule]! === 0) this.rulesWaiting--;
        } else {
          if (this.full[rule] === 0) this.markFull(rule);
          queue[this.head + kept++] = k;
        }
      }
      // The kept ones move up against the unscanned rest.
      queue.copyWithin(i - kept, this.head, this.head + kept);
      this.head = i - kept;
    }
    if (this.week < until) this.startWeek(until);
  }

  private startWeek(week: number): void {
    this.week = week;
    this.full.fill(0);
    this.fullRules = 0;
  }

  private markFull(rule: number): void {
    this.full[rule] = 1;
    this.fullRules++;
  }

  private waitOrRefuse(k: number, rule: number): void {
    if (this.refuseWhenFull) {
      this.assignedAt[k] = REFUSED;
      this.refused[k] = 1;
    } else this.enqueue(k, rule);
  }

  private enqueue(k: number, rule: number): void {
    this.queue[this.tail++] = k;
    if (this.waitingPerRule[rule]!++ === 0) this.rulesWaiting++;
  }

  /** No rule matched, or its assignee does not exist: the fallback queue; the journey goes on. */
  private toFallback(k: number, t: number): void {
    this.assignedAt[k] = t;
    this.fallback[k] = 1;
  }
}

/** Request positions in time order; ties by prospect index, then by the prospect's hand-off number. */
function byTimeThenIndex(r: HandoffRequestsData): Int32Array {
  const order = new Int32Array(r.count);
  for (let k = 0; k < r.count; k++) order[k] = k;
  return order.sort((a, b) => r.t[a]! - r.t[b]! || r.index[a]! - r.index[b]! || r.ordinal[a]! - r.ordinal[b]!);
}
