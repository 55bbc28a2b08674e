// Routes one qualified lead: the first matching rule names a team or rep; inside a team,
// round robin over reps with capacity left this week; otherwise the fallback queue.
import { type AttributeValue, matchesRule } from '../journey/primitives';
import type { RoutingModel, RoutingRule } from './schema';

export interface RoutingState {
  /** Leads assigned per week and rep, keyed "week/repId". */
  assigned: Map<string, number>;
  /** Next position of each team's round robin. */
  cursor: Record<string, number>;
}

export const createRoutingState = (): RoutingState => ({ assigned: new Map(), cursor: {} });

export type RoutingDecision =
  | { kind: 'rep'; repId: string; teamId: string | null; ruleId: string | null }
  | { kind: 'queue'; queue: string; reason: 'noRuleMatched' | 'atCapacity' | 'unknownAssignee'; ruleId: string | null };

export interface Lead {
  attributes: Readonly<Record<string, AttributeValue | undefined>>;
  topTopic: string | null;
}

export function matchingRule(model: RoutingModel, lead: Lead) {
  return model.rules.find(
    (rule) => rule.when.every((condition) => matchesRule(lead.attributes, condition)) && (rule.topTopic === null || rule.topTopic === lead.topTopic),
  );
}

/** Decides for one lead in `week` and records the assignment in `state` (mutated). */
export function routeLead(model: RoutingModel, state: RoutingState, lead: Lead, week: number): RoutingDecision {
  const rule = matchingRule(model, lead);
  if (!rule) return { kind: 'queue', queue: model.fallbackQueue, reason: 'noRuleMatched', ruleId: null };
  return assignByRule(model, state, rule, week);
}

/**
 * Assigns a lead that `rule` matched to a rep with room in `week` (recorded in `state`), or
 * says why not. The simulator matches rules where the lead is and assigns in one queue.
 */
export function assignByRule(model: RoutingModel, state: RoutingState, rule: RoutingRule, week: number): RoutingDecision {
  const hasRoom = (rep: { id: string; weeklyCapacity: number }) => (state.assigned.get(`${week}/${rep.id}`) ?? 0) < rep.weeklyCapacity;
  const take = (repId: string, teamId: string | null): RoutingDecision => {
    const key = `${week}/${repId}`;
    state.assigned.set(key, (state.assigned.get(key) ?? 0) + 1);
    return { kind: 'rep', repId, teamId, ruleId: rule.id };
  };

  if (rule.assignTo.kind === 'rep') {
    const repId = rule.assignTo.repId;
    const team = model.teams.find((t) => t.reps.some((r) => r.id === repId));
    const rep = team?.reps.find((r) => r.id === repId);
    if (!rep) return { kind: 'queue', queue: model.fallbackQueue, reason: 'unknownAssignee', ruleId: rule.id };
    return hasRoom(rep) ? take(rep.id, team!.id) : { kind: 'queue', queue: model.fallbackQueue, reason: 'atCapacity', ruleId: rule.id };
  }

  const teamId = rule.assignTo.teamId;
  const team = model.teams.find((t) => t.id === teamId);
  if (!team || team.reps.length === 0) return { kind: 'queue', queue: model.fallbackQueue, reason: 'unknownAssignee', ruleId: rule.id };
  const start = state.cursor[team.id] ?? 0;
  for (let i = 0; i < team.reps.length; i++) {
    const index = (start + i) % team.reps.length;
    const rep = team.reps[index]!;
    if (hasRoom(rep)) {
      state.cursor[team.id] = (index + 1) % team.reps.length;
      return take(rep.id, team.id);
    }
  }
  return { kind: 'queue', queue: model.fallbackQueue, reason: 'atCapacity', ruleId: rule.id };
}

/** Total leads per week the reps can take (for capacity charts). */
export function weeklyCapacity(model: RoutingModel): number {
  return model.teams.reduce((sum, team) => sum + team.reps.reduce((s, r) => s + r.weeklyCapacity, 0), 0);
}
