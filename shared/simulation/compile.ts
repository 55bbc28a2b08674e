// A journey compiled for the simulator's hot loop: nodes by index, outputs and their
// targets in flat typed arrays, email steps numbered, so a step costs no lookups by id.
import { BUYING_ROLE_ATTRIBUTES, BUYING_ROLES, buyingRoleIndex } from '../accounts/schema';
import { optionalOutputsOf, outputsOf, SWITCH_DEFAULT_OUTPUT } from '../journey/nodeTypes';
import { type AttributeRule, type Stage, stageRank } from '../journey/primitives';
import type { JourneyDocument, JourneyNode } from '../journey/schema';
import { linkMatches, type TemplateLink, watchedLink } from '../templates/links';

/** Ways to leave a node other than its named outputs, counted per node in the results. */
export const PSEUDO_EXITS = ['exit', 'goal', 'unsubscribed', 'disqualified', 'notEligible', 'movedToJourney', 'jump'] as const;
export type PseudoExit = (typeof PSEUDO_EXITS)[number];

export interface CompiledJourney {
  doc: JourneyDocument;
  nodes: JourneyNode[];
  /** Per node: its STEP_KIND. */
  kind: Uint8Array;
  indexOf: Map<string, number>;
  outputs: string[][];
  /** Columns per node in the exit table: its outputs, then PSEUDO_EXITS. */
  stride: number;
  /** Target node index for (node, output), -1 when unconnected. */
  target: Int32Array;
  /** Per output column: 1 when the output is unconnected but may be (optionalOutputsOf): taking it ends the journey. */
  endsHere: Uint8Array;
  /** Edge index for (node, output), -1 when unconnected. */
  edge: Int32Array;
  /** For send-email nodes, their number among the email steps; else -1. */
  emailSlot: Int32Array;
  emailTopics: string[][];
  /** Every topic the journey scores or reads (emails, score steps, conditions, routing), sorted. */
  topics: string[];
  topicIndex: Map<string, number>;
  /** Per email slot, the indexes of its topics in `topics` (repeats kept, as scoring counts them). */
  slotTopics: Int32Array[];
  /** Per node: for score steps and topic-score conditions, the topic's index; else -1. */
  nodeTopic: Int32Array;
  /** Per node: the stage (index) a set-stage or hand-off step sets, or a stage condition asks for; else -1. */
  nodeStage: Int32Array;
  /** Per wait-for-reaction and engagement-condition node: the email slot it watches, ANY_EMAIL, or NO_EMAIL. */
  watchedSlot: Int32Array;
  /** Per email slot: its template's links (README §5.5); null when not known, and then a click counts for any link. */
  slotLinks: (readonly TemplateLink[] | null)[];
  /** Per node that names a link: per email slot, which of its links are that link (null: not known, any click counts); null for the others. */
  linkMatch: ((Uint8Array | null)[] | null)[];
  /** For jump-to-step nodes, the target index; else -1. */
  jumpTarget: Int32Array;
  entry: number;
  goalRank: number;
  /** For switch splits: lower-cased case values → output index. */
  switchCases: (Map<string, number> | null)[];
  /** For percent splits: branch weights, and their sum (1 when they add up to 0). */
  splitWeights: (number[] | null)[];
  splitTotals: Float64Array;
  audienceRules: AttributeRule[];
  audienceStages: Set<Stage> | null;
}

/**
 * Step kinds as small numbers, most frequent first: the engine switches on these (a jump table)
 * rather than on the type's text (a chain of compares). A new step kind fails the type-check here.
 */
export const STEP_KIND = {
  sendEmail: 0,
  wait: 1,
  waitForEvent: 2,
  condition: 3,
  split: 4,
  adjustScore: 5,
  setStage: 6,
  handoff: 7,
  updateAttribute: 8,
  jump: 9,
  webhook: 10,
  exit: 11,
  entry: 12,
} as const satisfies Record<JourneyNode['type'], number>;

export const ANY_EMAIL = -1;
/** A step that names an email step the journey does not have (validation reports it); nothing happens there. */
export const NO_EMAIL = -2;


export function compileJourney(doc: JourneyDocument, templateLinks?: Readonly<Record<string, readonly TemplateLink[]>>): CompiledJourney {
  const nodes = doc.nodes;
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const outputs = nodes.map((n) => [...outputsOf(n)]);
  const stride = Math.max(1, ...outputs.map((o) => o.length)) + PSEUDO_EXITS.length;
  const target = new Int32Array(nodes.length * stride).fill(-1);
  const edge = new Int32Array(nodes.length * stride).fill(-1);
  doc.edges.forEach((e, edgeIndex) => {
    const from = indexOf.get(e.source);
    const to = indexOf.get(e.target);
    if (from === undefined || to === undefined) return;
    const out = outputs[from]!.indexOf(e.sourceOutput);
    if (out < 0 || target[from * stride + out] !== -1) return;
    target[from * stride + out] = to;
    edge[from * stride + out] = edgeIndex;
  });
  const endsHere = new Uint8Array(nodes.length * stride);
  nodes.forEach((node, i) => {
    for (const output of optionalOutputsOf(node)) {
      const out = outputs[i]!.indexOf(output);
      if (out >= 0 && target[i * stride + out] === -1) endsHere[i * stride + out] = 1;
    }
  });
  const emailSlot = new Int32Array(nodes.length).fill(-1);
  const emailTopics: string[][] = [];
  const jumpTarget = new Int32Array(nodes.length).fill(-1);
  const switchCases: (Map<string, number> | null)[] = [];
  const splitWeights: (number[] | null)[] = [];
  nodes.forEach((node, i) => {
    switchCases.push(null);
    splitWeights.push(null);
    if (node.type === 'sendEmail') {
      emailSlot[i] = emailTopics.length;
      emailTopics.push(node.params.topics);
    } else if (node.type === 'jump' && node.params.target.kind === 'node') {
      jumpTarget[i] = indexOf.get(node.params.target.nodeId) ?? -1;
    } else if (node.type === 'split') {
      if (node.params.mode === 'percent') splitWeights[i] = node.params.branches.map((b) => b.percent);
      else {
        const cases = new Map<string, number>();
        // A switch on the buying role matches however a role is spelled ("decision_maker", "Decision maker").
        const byRole = node.params.attribute === BUYING_ROLE_ATTRIBUTES[0];
        node.params.cases.forEach((c, k) => {
          const role = byRole ? buyingRoleIndex(c.value) : -1;
          const key = role >= 0 ? BUYING_ROLES[role]!.toLowerCase() : c.value.trim().toLowerCase();
          if (!cases.has(key)) cases.set(key, k);
        });
        switchCases[i] = cases;
      }
    }
  });
  const topics = [...new Set([
    ...emailTopics.flat(),
    ...nodes.flatMap((n) => (n.type === 'adjustScore' && n.params.topic !== null ? [n.params.topic] : n.type === 'condition' && n.params.rule.kind === 'topicScore' ? [n.params.rule.topic] : [])),
    ...doc.routing.rules.flatMap((r) => (r.topTopic === null ? [] : [r.topTopic])),
  ])].sort();
  const topicIndex = new Map(topics.map((t, i) => [t, i]));
  const nodeTopic = new Int32Array(nodes.length).fill(-1);
  const nodeStage = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, i) => {
    if (node.type === 'adjustScore' && node.params.topic !== null) nodeTopic[i] = topicIndex.get(node.params.topic)!;
    else if (node.type === 'condition' && node.params.rule.kind === 'topicScore') nodeTopic[i] = topicIndex.get(node.params.rule.topic)!;
    else if (node.type === 'condition' && node.params.rule.kind === 'stage') nodeStage[i] = stageRank(node.params.rule.atLeast);
    else if (node.type === 'setStage' || node.type === 'handoff') nodeStage[i] = stageRank(node.params.stage);
  });
  const watchedSlot = new Int32Array(nodes.length).fill(NO_EMAIL);
  const slotOf = (id: string | null) => {
    if (id === null) return ANY_EMAIL;
    const slot = emailSlot[indexOf.get(id) ?? -1] ?? -1;
    return slot >= 0 ? slot : NO_EMAIL;
  };
  nodes.forEach((node, i) => {
    if (node.type === 'waitForEvent') watchedSlot[i] = slotOf(node.params.emailNodeId);
    else if (node.type === 'condition' && node.params.rule.kind === 'engagement') watchedSlot[i] = slotOf(node.params.rule.emailNodeId);
  });
  const slotLinks = nodes.flatMap((n) => (n.type !== 'sendEmail' ? [] : [templateLinks && n.params.templateId !== null ? (templateLinks[n.params.templateId] ?? null) : null]));
  const linkMatch = nodes.map((node) => {
    const watched = watchedLink(node);
    return watched ? slotLinks.map((links) => (links ? Uint8Array.from(links, (link) => (linkMatches(link, watched.link) ? 1 : 0)) : null)) : null;
  });
  const entry = nodes.findIndex((n) => n.type === 'entry');
  const goal = doc.settings.goal;
  return {
    doc,
    nodes,
    kind: Uint8Array.from(nodes, (n) => STEP_KIND[n.type]),
    indexOf,
    outputs,
    stride,
    target,
    endsHere,
    edge,
    emailSlot,
    emailTopics,
    topics,
    topicIndex,
    slotTopics: emailTopics.map((list) => Int32Array.from(list, (t) => topicIndex.get(t)!)),
    nodeTopic,
    nodeStage,
    watchedSlot,
    slotLinks,
    linkMatch,
    jumpTarget,
    entry,
    goalRank: goal ? stageRank(goal.stage) : Number.POSITIVE_INFINITY,
    switchCases,
    splitWeights,
    splitTotals: Float64Array.from(splitWeights, (w) => (w ? w.reduce((a, b) => a + b, 0) || 1 : 1)),
    audienceRules: doc.settings.audience.rules,
    audienceStages: doc.settings.audience.stages.length > 0 ? new Set(doc.settings.audience.stages) : null,
  };
}

export const outputIndex = (journey: CompiledJourney, node: number, output: string): number => journey.outputs[node]!.indexOf(output);
export const pseudoIndex = (journey: CompiledJourney, exit: PseudoExit): number => journey.stride - PSEUDO_EXITS.length + PSEUDO_EXITS.indexOf(exit);
export { SWITCH_DEFAULT_OUTPUT };
