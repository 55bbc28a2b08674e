// Random edits of a journey as the app makes them: through the step kinds' editing rules,
// the settings, scoring and routing edits, and plain typed changes with hostile values.
// Each edit is a recipe read against the current document, so any sequence makes sense.
import fc from 'fast-check';
import type { JourneyChange } from '../../shared/journey/changes';
import { copySteps, pasteSteps } from '../../shared/journey/clipboard';
import { createNode, NODE_TYPES, outputsOf, withLabel, withParams } from '../../shared/journey/nodeTypes';
import { LIFECYCLE_STAGES } from '../../shared/journey/primitives';
import type { JourneyDocument, JourneyNode } from '../../shared/journey/schema';
import { addAudienceRule, removeAudienceRule, withFrequencyCap, withGoalStage, withReentryPolicy, withSendWindow } from '../../shared/journey/settingsEdits';
import { CONDITION_RULE_KINDS, withRuleKind } from '../../shared/journey/steps/condition';
import { withTrigger, ENTRY_TRIGGERS } from '../../shared/journey/steps/entry';
import { withJumpKind } from '../../shared/journey/steps/jump';
import { topicsFromText } from '../../shared/journey/steps/sendEmail';
import { addBranch, addCase, removeBranch, removeCase, withSplitMode } from '../../shared/journey/steps/split';
import { withAttributeAction } from '../../shared/journey/steps/updateAttribute';
import { withWaitMode } from '../../shared/journey/steps/wait';
import { addRep, addRoutingRule, addTeam, removeRep, withRep } from '../../shared/routing/edits';
import { addFitRule, addStageRule, removeStageRule, withGradeThreshold } from '../../shared/scoring/edits';

export interface EditRecipe {
  op: number;
  a: number;
  b: number;
  text: string;
  value: number;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', ' ', '__proto__', '<b>x</b>', '{{ first_name }}', 'a'.repeat(61), 'x,'.repeat(25), '  padded  '),
);
const hostileNumber = fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.double({ noNaN: true }), fc.constantFrom(-0, 0, 0.5, 1e9, -1e9));

export const editRecipe: fc.Arbitrary<EditRecipe> = fc.record({ op: fc.nat(40), a: fc.nat(1000), b: fc.nat(1000), text: hostileText, value: hostileNumber });

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
let counter = 0;
const freshId = (prefix: string) => `${prefix}_${(counter++).toString(36)}`;

/** The changes one recipe stands for in this document (possibly none, possibly ones the store refuses). */
export function changesFor(doc: JourneyDocument, r: EditRecipe): JourneyChange[] {
  const node = pick(doc.nodes, r.a);
  const update = (next: JourneyNode): JourneyChange[] => [{ kind: 'updateNode', node: next }];
  const settings = (s: JourneyDocument['settings']): JourneyChange[] => [{ kind: 'updateJourney', patch: { settings: s } }];
  const scoring = (m: JourneyDocument['scoring']): JourneyChange[] => [{ kind: 'updateJourney', patch: { scoring: m } }];
  const routing = (m: JourneyDocument['routing']): JourneyChange[] => [{ kind: 'updateJourney', patch: { routing: m } }];
  switch (r.op % 29) {
    case 0:
    case 1:
      return [{ kind: 'addNode', node: createNode(pick(NODE_TYPES, r.b)!, freshId('n'), { x: r.value, y: r.a }) }];
    case 2:
      return node ? [{ kind: 'moveNodes', moves: [{ id: node.id, position: { x: r.value, y: -r.b } }] }] : [];
    case 3:
      return node ? update(withLabel(node, r.text)) : [];
    case 4: {
      // Connect an output of one step to another.
      const target = pick(doc.nodes, r.b);
      const output = node ? pick(outputsOf(node), r.b) : undefined;
      return node && target && output ? [{ kind: 'connect', edge: { id: freshId('e'), source: node.id, sourceOutput: output, target: target.id } }] : [];
    }
    case 5: {
      const edge = pick(doc.edges, r.b);
      const nodeIds = r.op % 2 === 0 && node && node.type !== 'entry' ? [node.id] : [];
      return [{ kind: 'removeElements', nodeIds, edgeIds: edge ? [edge.id] : [] }];
    }
    case 6:
      if (node?.type === 'wait') return update(withParams(node, withWaitMode(node.params, r.b % 2 ? 'until' : 'duration')));
      if (node?.type === 'adjustScore') return update(withParams(node, { ...node.params, points: r.value }));
      return [];
    case 7:
      if (node?.type === 'wait' && node.params.mode === 'duration') return update(withParams(node, { ...node.params, amount: r.value }));
      if (node?.type === 'waitForEvent') return update(withParams(node, { ...node.params, timeout: { ...node.params.timeout, amount: r.value } }));
      return [];
    case 8: {
      if (node?.type !== 'split') return [];
      const p = withSplitMode(node.params, r.b % 2 ? 'switch' : 'percent');
      return update(withParams(node, p));
    }
    case 9: {
      if (node?.type !== 'split') return [];
      const p = node.params;
      const result = p.mode === 'percent' ? (r.b % 2 ? addBranch(p) : removeBranch(p, pick(p.branches, r.b)!.id)) : r.b % 2 ? addCase(p) : removeCase(p, pick(p.cases, r.b)!.id);
      return result.ok ? update(withParams(node, result.value)) : [];
    }
    case 10:
      if (node?.type === 'split' && node.params.mode === 'percent') {
        const p = node.params;
        const branches = p.branches.map((b, i) => (i === r.b % p.branches.length ? { ...b, percent: r.value, label: r.text } : b));
        return update(withParams(node, { ...p, branches }));
      }
      return [];
    case 11:
      return node?.type === 'condition' ? update(withParams(node, withRuleKind(node.params, pick(CONDITION_RULE_KINDS, r.b)!))) : [];
    case 12:
      return node?.type === 'entry' ? update(withParams(node, withTrigger(node.params, pick(ENTRY_TRIGGERS, r.b)!))) : [];
    case 13:
      return node?.type === 'updateAttribute' ? update(withParams(node, withAttributeAction(node.params, r.b % 3 === 0 ? 'set' : r.b % 3 === 1 ? 'addTag' : 'removeTag'))) : [];
    case 14:
      return node?.type === 'jump' ? update(withParams(node, withJumpKind(node.params, r.b % 2 ? 'journey' : 'node', { stepId: pick(doc.nodes, r.b)?.id }))) : [];
    case 15: {
      if (node?.type !== 'sendEmail') return [];
      const topics = topicsFromText(r.text);
      // A refused list of topics goes to the store as typed, to be refused there too.
      return update(withParams(node, { ...node.params, topics: topics.ok ? topics.value : r.text.split(',') }));
    }
    case 16:
      return node?.type === 'sendEmail' ? update(withParams(node, { ...node.params, subject: r.text })) : [];
    case 17:
      return settings(withSendWindow(doc.settings, r.b % 2 === 0));
    case 18:
      return doc.settings.sendWindow ? settings({ ...doc.settings, sendWindow: { ...doc.settings.sendWindow, startHour: r.value, timeZone: r.text } }) : [];
    case 19:
      return settings(withFrequencyCap(withReentryPolicy(doc.settings, r.b % 2 ? 'afterDays' : 'never'), r.a % 2 === 0));
    case 20:
      return settings(withGoalStage(doc.settings, r.b % 6 === 5 ? null : LIFECYCLE_STAGES[r.b % 5]!));
    case 21:
      return settings(r.b % 2 ? addAudienceRule(doc.settings) : removeAudienceRule(doc.settings, r.a % Math.max(1, doc.settings.audience.rules.length)));
    case 22:
      return scoring(r.b % 3 === 0 ? addFitRule(doc.scoring) : r.b % 3 === 1 ? addStageRule(doc.scoring) : removeStageRule(doc.scoring, 0));
    case 23:
      return scoring(withGradeThreshold(doc.scoring, r.b % 3 === 0 ? 'A' : r.b % 3 === 1 ? 'B' : 'C', r.value));
    case 24: {
      const m = doc.routing;
      if (m.teams.length === 0 || r.b % 4 === 0) return routing(addTeam(m, r.text));
      const team = r.a % m.teams.length;
      if (r.b % 4 === 1) return routing(addRep(m, team, r.text));
      if (r.b % 4 === 2 && m.teams[team]!.reps.length > 0) return routing(withRep(m, team, 0, { weeklyCapacity: r.value }));
      return routing(m.teams[team]!.reps.length > 0 ? removeRep(m, team, 0) : addRoutingRule(m));
    }
    case 26: {
      // Delete several steps (and some connections) at once.
      const nodeIds = doc.nodes.filter((n, i) => n.type !== 'entry' && (i + r.a) % 3 === 0).map((n) => n.id);
      const edgeIds = doc.edges.filter((_, i) => (i + r.b) % 4 === 0).map((e) => e.id);
      return [{ kind: 'removeElements', nodeIds, edgeIds }];
    }
    case 27:
    case 28: {
      // Copy some steps and paste them (duplicate when pasted into the same journey).
      const ids = doc.nodes.filter((_, i) => (i + r.a) % 2 === 0).slice(0, 5).map((n) => n.id);
      const content = copySteps(doc, ids);
      return content ? pasteSteps(content, { x: 40, y: 40 }, freshId).changes : [];
    }
    default:
      return node ? update(withParams(node, { ...node.params })) : [];
  }
}
