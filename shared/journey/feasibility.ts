// Warnings about a journey that is valid but cannot do its job: stages no prospect can reach
// under the scoring and fit rules, conditions checked before anything could have changed
// them, branches that are never taken, hand-offs no rule can route to a rep. Each is a
// question of what can possibly happen, answered from the graph and the settings, so a
// warning here is never a guess about likely behaviour.
import type { ScoringModel } from '../scoring/schema';
import { type buildGraph, reachableFrom } from './graph';
import { FIT_GRADES, type FitGrade, gradeAtLeast, stageRank } from './primitives';
import type { NamedStep, ProblemSetting, Report } from './problems';
import type { JourneyDocument, JourneyNode } from './schema';
import { stepKind } from './steps/registry';

export interface FeasibilityContext {
  doc: JourneyDocument;
  graph: ReturnType<typeof buildGraph>;
  /** Steps a prospect can reach from an entry. */
  reachable: ReadonlySet<string>;
  name(node: JourneyNode): string;
  named(node: JourneyNode): NamedStep;
  warn: Report;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The best fit grade the fit rules allow: every rule with positive points matching at once. */
export function bestFitGrade(scoring: ScoringModel): FitGrade {
  const most = scoring.fit.rules.reduce((sum, rule) => sum + Math.max(0, rule.points), 0);
  const { A, B, C } = scoring.fit.thresholds;
  return most >= A ? 'A' : most >= B ? 'B' : most >= C ? 'C' : 'D';
}

/** Whether anything reachable in the journey can earn engagement points. */
function canEarnEngagement(c: FeasibilityContext): boolean {
  const points = c.doc.scoring.engagement;
  return [...c.reachable].some((id) => {
    const node = c.graph.nodesById.get(id)!;
    if (node.type === 'sendEmail') return Math.max(points.open, points.click, points.download) > 0;
    if (node.type === 'adjustScore') return node.params.topic === null && node.params.points > 0;
    if (node.type === 'waitForEvent') return (node.params.event === 'form' && points.form > 0) || (node.params.event === 'visit' && points.visit > 0);
    return false;
  });
}

/** Stage rules (and a goal that rests on them) that no prospect can meet. */
export function checkStageRules(c: FeasibilityContext): void {
  const { scoring, settings } = c.doc;
  const best = bestFitGrade(scoring);
  const earns = canEarnEngagement(c);
  const unreachable = new Set<number>();
  scoring.stageRules.forEach((rule, index) => {
    const stage = rule.toStage.toUpperCase();
    if (!gradeAtLeast(best, rule.minFit)) {
      unreachable.add(index);
      c.warn(
        'stage_rule_unreachable',
        `The stage rule to ${stage} needs fit grade ${rule.minFit} or better, but the fit rules give at most ${best}: no prospect reaches ${stage} by it.`,
        { variant: 'fit', stage, grade: rule.minFit, best },
        { setting: 'scoring' },
      );
    } else if (rule.minEngagement > 0 && !earns) {
      unreachable.add(index);
      c.warn(
        'stage_rule_unreachable',
        `The stage rule to ${stage} needs ${rule.minEngagement} engagement points, but nothing in the journey earns points: no prospect reaches ${stage} by it.`,
        { variant: 'engagement', stage, sum: rule.minEngagement },
        { setting: 'scoring' },
      );
    }
  });
  const goal = settings.goal;
  if (!goal) return;
  const rank = stageRank(goal.stage);
  const viaSteps = [...c.reachable].some((id) => {
    const node = c.graph.nodesById.get(id)!;
    return (node.type === 'setStage' || node.type === 'handoff') && stageRank(node.params.stage) >= rank;
  });
  const rules = scoring.stageRules.map((rule, index) => ({ rule, index })).filter(({ rule }) => stageRank(rule.toStage) >= rank);
  const stage = goal.stage.toUpperCase();
  if (viaSteps) return;
  if (rules.length === 0) {
    c.warn('goal_unreachable', `The goal “stage ${stage} reached” can never be met: no step or stage rule sets that stage.`, { variant: 'noWay', stage }, { setting: 'settings' });
  } else if (rules.every(({ index }) => unreachable.has(index))) {
    c.warn('goal_unreachable', `The goal “stage ${stage} reached” can never be met: the stage rules that lead there can never apply.`, { variant: 'rules', stage }, { setting: 'scoring' });
  }
}

/** Steps a prospect can reach after passing one of `from` (on some path from an entry). */
function after(c: FeasibilityContext, from: (node: JourneyNode) => boolean): Set<string> {
  const starts = [...c.reachable].filter((id) => from(c.graph.nodesById.get(id)!));
  const seen = new Set<string>();
  for (const start of starts) for (const next of c.graph.next.get(start) ?? []) seen.add(next);
  return reachableFrom(c.graph, seen);
}

/** Conditions on reactions or scores checked before a prospect could have reacted, and branches that are never taken. */
export function checkBranches(c: FeasibilityContext): void {
  const afterTime = after(c, (n) => stepKind(n.type).takesTime);
  const afterAnyEmail = after(c, (n) => n.type === 'sendEmail');
  const afterAdjust = (topic: string | null) => after(c, (n) => n.type === 'adjustScore' && n.params.points > 0 && (topic === null ? n.params.topic === null : n.params.topic === topic));
  const afterEmail = (emailNodeId: string | null) => (emailNodeId === null ? afterAnyEmail : after(c, (n) => n.id === emailNodeId));
  const afterStageChange = after(c, (n) => n.type === 'setStage' || n.type === 'handoff' || n.type === 'adjustScore');
  const best = bestFitGrade(c.doc.scoring);
  const audienceStages = c.doc.settings.audience.stages.map(stageRank);

  for (const id of c.reachable) {
    const node = c.graph.nodesById.get(id)!;
    const Name = capitalise(c.name(node));
    const at = { nodeId: node.id };
    const never = (variant: string, output: string, why: string, extra: { grade?: string; best?: string } = {}, setting?: ProblemSetting) =>
      c.warn('branch_never_taken', `${Name} ${why}: its "${output}" branch is never taken.`, { variant, step: c.named(node), output, ...extra }, setting ? { ...at, setting } : at);

    if (node.type === 'split' && node.params.mode === 'percent') {
      for (const branch of node.params.branches) {
        if (branch.percent === 0) {
          c.warn('branch_never_taken', `The "${branch.label || branch.id}" branch of ${c.name(node)} gets 0% of prospects: it is never taken.`, { variant: 'zeroShare', step: c.named(node), output: branch.id }, at);
        }
      }
    }
    if (node.type === 'waitForEvent' && ['open', 'click', 'download'].includes(node.params.event) && !afterEmail(node.params.emailNodeId).has(node.id)) {
      never('emailNotSentWait', 'event', 'waits for a reaction to an email no prospect has been sent by then');
    }
    if (node.type === 'handoff' && !node.params.branchOnAnswer && c.doc.sales.enabled) {
      c.warn(
        'handoff_one_path',
        `With sales simulated, ${c.name(node)} sends rejected and unanswered leads on along "next" too (rejected ones after the cool-off): branch it on the answer of sales to give them a path of their own.`,
        { step: c.named(node) },
        at,
      );
    }
    if (node.type === 'handoff' && node.params.branchOnAnswer) {
      const connected = (output: string) => c.doc.edges.some((e) => e.source === node.id && e.sourceOutput === output);
      const sales = c.doc.sales;
      if (!sales.enabled) {
        for (const output of ['rejected', 'noAnswer', 'notFeasible']) {
          if (connected(output)) never('salesOff', output, 'branches on the answer of sales, but this journey does not simulate sales', {}, 'sales');
        }
      } else if (connected('notFeasible') && sales.feasibility.rules.length === 0 && !sales.feasibility.requireCapacity) {
        never('noFeasibilityCheck', 'notFeasible', 'is refused only by a feasibility check of sales, and none is set', {}, 'sales');
      }
    }
    if (node.type !== 'condition') continue;
    const rule = node.params.rule;
    const early = !afterTime.has(node.id);
    switch (rule.kind) {
      case 'engagement':
        if (!afterEmail(rule.emailNodeId).has(node.id)) never('emailNotSentCheck', 'yes', 'checks a reaction to an email no prospect has been sent by then');
        else if (early) tooEarly(c, node, 'yes');
        break;
      case 'score':
      case 'topicScore':
        // Scores start at 0; without time to react, only a score step before it changes them.
        if (early && !afterAdjust(rule.kind === 'score' ? null : rule.topic).has(node.id)) tooEarly(c, node, rule.atLeast > 0 ? 'yes' : 'no');
        break;
      case 'fitGrade':
        if (!gradeAtLeast(best, rule.atLeast)) never('fit', 'yes', `asks for fit grade ${rule.atLeast} or better, but the fit rules give at most ${best}`, { grade: rule.atLeast, best }, 'scoring');
        else if (rule.atLeast === FIT_GRADES.at(-1)) never('fitAny', 'no', 'asks for fit grade D or better, which every prospect has');
        break;
      case 'stage': {
        // Only a step or a reaction changes the stage; before either, it is the stage the audience let in.
        if (!early || afterStageChange.has(node.id) || audienceStages.length === 0) break;
        const rank = stageRank(rule.atLeast);
        if (audienceStages.every((s) => s < rank)) tooEarly(c, node, 'yes');
        else if (audienceStages.every((s) => s >= rank)) tooEarly(c, node, 'no');
        break;
      }
      case 'hasConsent':
        if (c.doc.settings.consent.required) never('consent', 'no', 'checks consent, but only prospects with consent enter', {}, 'settings');
        break;
      default:
        break;
    }
  }
}

function tooEarly(c: FeasibilityContext, node: JourneyNode, output: 'yes' | 'no'): void {
  c.warn(
    'condition_too_early',
    `${capitalise(c.name(node))} is checked before any reaction can arrive (no wait on the way to it): its "${output}" branch is never taken.`,
    { step: c.named(node), output },
    { nodeId: node.id },
  );
}

/** A hand-off that no routing rule can pass to a rep who has capacity. */
export function checkRouting(c: FeasibilityContext): void {
  const { routing } = c.doc;
  const handoff = [...c.reachable].map((id) => c.graph.nodesById.get(id)!).find((n) => n.type === 'handoff');
  if (!handoff) return;
  const reps = routing.teams.flatMap((t) => t.reps);
  if (reps.length === 0) {
    c.warn('handoff_without_sales', 'The journey hands leads to sales, but no sales team or rep is set up: every lead would wait in the queue.', { variant: 'noReps' }, { nodeId: handoff.id, setting: 'routing' });
    return;
  }
  const staffed = routing.rules.some(({ assignTo }) =>
    assignTo.kind === 'rep'
      ? reps.some((r) => r.id === assignTo.repId && r.weeklyCapacity > 0)
      : routing.teams.some((t) => t.id === assignTo.teamId && t.reps.some((r) => r.weeklyCapacity > 0)),
  );
  if (!staffed) {
    c.warn(
      'handoff_without_sales',
      'The journey hands leads to sales, but no routing rule leads to a rep with capacity: every lead would wait in the queue.',
      { variant: 'noRule' },
      { nodeId: handoff.id, setting: 'routing' },
    );
  }
}
