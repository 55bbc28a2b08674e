// A journey compiled for the simulator's hot loop: nodes by index, outputs and their
// targets in flat typed arrays, email steps numbered, so a step costs no lookups by id.
import { outputsOf, SWITCH_DEFAULT_OUTPUT } from '../journey/nodeTypes';
import { type AttributeRule, LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import type { JourneyDocument, JourneyNode } from '../journey/schema';

/** Ways to leave a node other than its named outputs, counted per node in the results. */
export const PSEUDO_EXITS = ['exit', 'goal', 'unsubscribed', 'disqualified', 'notEligible', 'movedToJourney', 'jump'] as const;
export type PseudoExit = (typeof PSEUDO_EXITS)[number];

export interface CompiledJourney {
  doc: JourneyDocument;
  nodes: JourneyNode[];
  indexOf: Map<string, number>;
  outputs: string[][];
  /** Columns per node in the exit table: its outputs, then PSEUDO_EXITS. */
  stride: number;
  /** Target node index for (node, output), -1 when unconnected. */
  target: Int32Array;
  /** Edge index for (node, output), -1 when unconnected. */
  edge: Int32Array;
  /** For send-email nodes, their number among the email steps; else -1. */
  emailSlot: Int32Array;
  emailTopics: string[][];
  /** For jump-to-step nodes, the target index; else -1. */
  jumpTarget: Int32Array;
  entry: number;
  goalRank: number;
  /** For switch splits: lower-cased case values → output index. */
  switchCases: (Map<string, number> | null)[];
  /** For percent splits: branch weights. */
  splitWeights: (number[] | null)[];
  audienceRules: AttributeRule[];
  audienceStages: Set<Stage> | null;
}

export const stageIndex = (stage: Stage): number => LIFECYCLE_STAGES.indexOf(stage);

export function compileJourney(doc: JourneyDocument): CompiledJourney {
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
        node.params.cases.forEach((c, k) => {
          const key = c.value.trim().toLowerCase();
          if (!cases.has(key)) cases.set(key, k);
        });
        switchCases[i] = cases;
      }
    }
  });
  const entry = nodes.findIndex((n) => n.type === 'entry');
  const goal = doc.settings.goal;
  return {
    doc,
    nodes,
    indexOf,
    outputs,
    stride,
    target,
    edge,
    emailSlot,
    emailTopics,
    jumpTarget,
    entry,
    goalRank: goal ? stageIndex(goal.stage) : Number.POSITIVE_INFINITY,
    switchCases,
    splitWeights,
    audienceRules: doc.settings.audience.rules,
    audienceStages: doc.settings.audience.stages.length > 0 ? new Set(doc.settings.audience.stages) : null,
  };
}

export const outputIndex = (journey: CompiledJourney, node: number, output: string): number => journey.outputs[node]!.indexOf(output);
export const pseudoIndex = (journey: CompiledJourney, exit: PseudoExit): number => journey.stride - PSEUDO_EXITS.length + PSEUDO_EXITS.indexOf(exit);
export { SWITCH_DEFAULT_OUTPUT };
