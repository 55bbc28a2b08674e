// Editing rules for routing: new teams, reps and rules start from sensible values with
// fresh ids, and an assignee is named by one key ("team:…" / "rep:…") in pickers.
import { newId } from '../journey/ids';
import { removeAt, replaceAt } from '../journey/lists';
import { type AttributeRule, newAttributeRule } from '../journey/primitives';
import type { RoutingModel, RoutingRule, Team } from './schema';

export const NEW_REP_CAPACITY = 10;

export const addTeam = (m: RoutingModel, name: string): RoutingModel => ({ ...m, teams: [...m.teams, { id: newId('team'), name, reps: [] }] });

const withTeam = (m: RoutingModel, teamIndex: number, change: (team: Team) => Team): RoutingModel => ({
  ...m,
  teams: replaceAt(m.teams, teamIndex, change(m.teams[teamIndex]!)),
});

/** Removes a team; rules that assign to it or its reps stay, and validation names them. */
export const removeTeam = (m: RoutingModel, teamIndex: number): RoutingModel => ({ ...m, teams: removeAt(m.teams, teamIndex) });
export const renameTeam = (m: RoutingModel, teamIndex: number, name: string) => withTeam(m, teamIndex, (t) => ({ ...t, name }));
export const addRep = (m: RoutingModel, teamIndex: number, name: string) =>
  withTeam(m, teamIndex, (t) => ({ ...t, reps: [...t.reps, { id: newId('rep'), name, weeklyCapacity: NEW_REP_CAPACITY }] }));
export const removeRep = (m: RoutingModel, teamIndex: number, repIndex: number) => withTeam(m, teamIndex, (t) => ({ ...t, reps: removeAt(t.reps, repIndex) }));
export const withRep = (m: RoutingModel, teamIndex: number, repIndex: number, change: Partial<Team['reps'][number]>) =>
  withTeam(m, teamIndex, (t) => ({ ...t, reps: replaceAt(t.reps, repIndex, { ...t.reps[repIndex]!, ...change }) }));

/** A new rule for every lead, to the first team (there must be one). */
export const addRoutingRule = (m: RoutingModel): RoutingModel =>
  m.teams.length === 0 ? m : { ...m, rules: [...m.rules, { id: newId('rule'), when: [], topTopic: null, assignTo: { kind: 'team', teamId: m.teams[0]!.id } }] };
export const removeRoutingRule = (m: RoutingModel, index: number): RoutingModel => ({ ...m, rules: removeAt(m.rules, index) });
export const withRoutingRule = (m: RoutingModel, index: number, change: Partial<RoutingRule>): RoutingModel => ({
  ...m,
  rules: replaceAt(m.rules, index, { ...m.rules[index]!, ...change }),
});

// Conditions of one rule: all must hold.
export const addRuleCondition = (rule: RoutingRule): Partial<RoutingRule> => ({ when: [...rule.when, newAttributeRule()] });
export const withRuleCondition = (rule: RoutingRule, index: number, condition: AttributeRule): Partial<RoutingRule> => ({ when: replaceAt(rule.when, index, condition) });
export const removeRuleCondition = (rule: RoutingRule, index: number): Partial<RoutingRule> => ({ when: removeAt(rule.when, index) });

/** "team:<id>" or "rep:<id>": one key per assignee, for pickers. */
export const assigneeKey = (assignTo: RoutingRule['assignTo']): string => (assignTo.kind === 'team' ? `team:${assignTo.teamId}` : `rep:${assignTo.repId}`);
export function assigneeFromKey(key: string): RoutingRule['assignTo'] | null {
  const [kind, id] = key.split(':');
  if (!id) return null;
  return kind === 'team' ? { kind, teamId: id } : kind === 'rep' ? { kind, repId: id } : null;
}

/** Teams and their reps as assignee choices, in order. */
export const assigneeChoices = (m: RoutingModel): { key: string; team: string; rep: string | null }[] =>
  m.teams.flatMap((team) => [{ key: `team:${team.id}`, team: team.name, rep: null }, ...team.reps.map((rep) => ({ key: `rep:${rep.id}`, team: team.name, rep: rep.name }))]);
