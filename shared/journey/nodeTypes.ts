// What each node type offers: its named outputs and the parameters a new node starts with.
import type { JourneyNode, NodeOf, NodeType } from './schema';

export const NODE_TYPES = [
  'entry',
  'sendEmail',
  'wait',
  'waitForEvent',
  'condition',
  'split',
  'adjustScore',
  'setStage',
  'handoff',
  'updateAttribute',
  'jump',
  'webhook',
  'exit',
] as const satisfies readonly NodeType[];

/** Palette groups, in the order a campaign manager reaches for them. */
export const NODE_GROUPS: readonly { id: 'flow' | 'messages' | 'logic' | 'lead'; types: readonly NodeType[] }[] = [
  { id: 'flow', types: ['entry', 'wait', 'waitForEvent', 'jump', 'exit'] },
  { id: 'messages', types: ['sendEmail', 'webhook'] },
  { id: 'logic', types: ['condition', 'split'] },
  { id: 'lead', types: ['adjustScore', 'setStage', 'handoff', 'updateAttribute'] },
];

const FIXED_OUTPUTS: Record<Exclude<NodeType, 'split'>, readonly string[]> = {
  entry: ['next'],
  sendEmail: ['next'],
  wait: ['next'],
  waitForEvent: ['event', 'timeout'],
  condition: ['yes', 'no'],
  adjustScore: ['next'],
  setStage: ['next'],
  handoff: ['next'],
  updateAttribute: ['next'],
  webhook: ['next'],
  jump: [],
  exit: [],
};

export const SWITCH_DEFAULT_OUTPUT = 'default';

/** The named outputs a node has, in display order. A split's depend on its branches. */
export function outputsOf(node: JourneyNode): readonly string[] {
  if (node.type !== 'split') return FIXED_OUTPUTS[node.type];
  return node.params.mode === 'percent'
    ? node.params.branches.map((b) => b.id)
    : [...node.params.cases.map((c) => c.id), SWITCH_DEFAULT_OUTPUT];
}

/** Whether a node of this type can be the target of an edge (the entry cannot). */
export function acceptsInput(type: NodeType): boolean {
  return type !== 'entry';
}

/** Nodes where a prospect's path ends (or continues elsewhere) by design. */
export function isTerminal(type: NodeType): boolean {
  return type === 'exit' || type === 'jump';
}

type DefaultParams = { [T in NodeType]: NodeOf<T>['params'] };

const DEFAULT_PARAMS: DefaultParams = {
  entry: { trigger: 'formSubmitted', source: '', stage: null, event: null },
  sendEmail: { templateId: null, subject: '', topics: [] },
  wait: { mode: 'duration', amount: 1, unit: 'days' },
  waitForEvent: { event: 'open', emailNodeId: null, target: '', timeout: { amount: 3, unit: 'days' } },
  condition: { rule: { kind: 'engagement', event: 'opened', emailNodeId: null } },
  split: {
    mode: 'percent',
    branches: [
      { id: 'A', label: '', percent: 50 },
      { id: 'B', label: '', percent: 50 },
    ],
  },
  adjustScore: { points: 10, topic: null },
  setStage: { stage: 'mql' },
  handoff: { note: '', stage: 'sal' },
  updateAttribute: { action: 'addTag', tag: 'nurtured' },
  jump: { target: { kind: 'node', nodeId: 'entry' } },
  webhook: { url: '', method: 'POST', note: '' },
  exit: { reason: 'ended' },
};

export function createNode<T extends NodeType>(type: T, id: string, position: { x: number; y: number }): NodeOf<T> {
  // structuredClone keeps the defaults table immutable across created nodes.
  return { id, type, position, params: structuredClone(DEFAULT_PARAMS[type]) } as unknown as NodeOf<T>;
}

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && (NODE_TYPES as readonly string[]).includes(value);
}
