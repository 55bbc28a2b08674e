// The sales queue: every hand-off of a run, in time order, routed against weekly capacity.
// Leads a rep can take are assigned at once; leads over capacity wait, first in first out,
// for the next week with room (./README.md §9); leads no rule matches go to the fallback queue and the
// journey carries on without waiting for them.
import { createRoutingState, type RoutingState, routeLead, weeklyCapacity } from '../routing/route';
import type { RoutingModel } from '../routing/schema';
import { NEVER } from './behaviour';
import { HOURS_PER_WEEK, weekAt } from './calendar';
import type { HandoffRequest } from './engine';

interface LeadRecord {
  requestedAt: number;
  assignedAt: number;
  fallback: boolean;
}

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
  weeklyCapacity: number;
  perWeek: WeeklyHandoffs[];
}

const byTimeThenIndex = (a: HandoffRequest, b: HandoffRequest) => a.t - b.t || a.index - b.index || a.ordinal - b.ordinal;

export class HandoffBook {
  private readonly state: RoutingState = createRoutingState();
  private readonly records: LeadRecord[] = [];

  constructor(
    private readonly routing: RoutingModel,
    private readonly horizonHours: number,
  ) {}

  /** Resolves one round of hand-off requests; returns the assignment time of each (NEVER = still queued). */
  resolve(requests: readonly HandoffRequest[]): Map<HandoffRequest, number> {
    const sorted = [...requests].sort(byTimeThenIndex);
    const result = new Map<HandoffRequest, number>();
    // Waiting leads with the rule that matched them; rules depend only on the lead, so a
    // rule whose assignee is full this week can be skipped for the rest of the week.
    let queue: { request: HandoffRequest; ruleId: string | null }[] = [];
    const lastWeek = weekAt(this.horizonHours);
    let drainedWeek = sorted.length > 0 ? weekAt(sorted[0]!.t) : lastWeek;
    const drainUntil = (week: number) => {
      while (drainedWeek < week && queue.length > 0) {
        drainedWeek++;
        const start = drainedWeek * HOURS_PER_WEEK;
        if (start > this.horizonHours) break;
        const full = new Set<string | null>();
        const waiting: typeof queue = [];
        for (const entry of queue) {
          if (full.has(entry.ruleId)) {
            waiting.push(entry);
            continue;
          }
          const decision = routeLead(this.routing, this.state, entry.request, drainedWeek);
          if (decision.kind === 'rep') result.set(entry.request, start);
          else {
            full.add(entry.ruleId);
            waiting.push(entry);
          }
        }
        queue = waiting;
      }
      drainedWeek = Math.max(drainedWeek, week);
    };
    for (const request of sorted) {
      const week = weekAt(request.t);
      drainUntil(week);
      const decision = routeLead(this.routing, this.state, request, week);
      if (decision.kind === 'rep') result.set(request, request.t);
      else if (decision.reason === 'atCapacity') queue.push({ request, ruleId: decision.ruleId });
      else result.set(request, request.t);
      if (decision.kind === 'queue' && decision.reason !== 'atCapacity') this.fallbacks.add(request);
    }
    drainUntil(lastWeek);
    for (const { request } of queue) result.set(request, NEVER);
    for (const request of sorted) {
      this.records.push({ requestedAt: request.t, assignedAt: result.get(request)!, fallback: this.fallbacks.has(request) });
    }
    return result;
  }

  private readonly fallbacks = new Set<HandoffRequest>();

  report(): HandoffReport {
    const weeks = weekAt(this.horizonHours) + 1;
    const capacity = weeklyCapacity(this.routing);
    const perWeek: WeeklyHandoffs[] = Array.from({ length: weeks }, (_, week) => ({ week, handedOff: 0, assigned: 0, capacity, backlog: 0 }));
    let fallback = 0;
    let queued = 0;
    for (const r of this.records) {
      const requested = Math.min(weekAt(r.requestedAt), weeks - 1);
      perWeek[requested]!.handedOff++;
      if (r.fallback) {
        fallback++;
        continue;
      }
      const assigned = r.assignedAt === NEVER ? weeks : weekAt(r.assignedAt);
      if (r.assignedAt === NEVER) queued++;
      else perWeek[Math.min(assigned, weeks - 1)]!.assigned++;
      // Waiting at the end of every week from the request until the week it was assigned.
      for (let w = requested; w < Math.min(assigned, weeks); w++) perWeek[w]!.backlog++;
    }
    return {
      total: this.records.length,
      assigned: this.records.length - fallback - queued,
      fallbackQueue: { name: this.routing.fallbackQueue, leads: fallback },
      queuedAtHorizon: queued,
      weeklyCapacity: capacity,
      perWeek,
    };
  }
}
