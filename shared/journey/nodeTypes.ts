// What each node type offers: its named outputs and the parameters a new node starts with.
import type { JourneyNode, NodeOf, NodeType } from './schema';

export const NODE_TYPES = ['entry', 'sendEmail', 'wait', 'condition', 'exit'] as const satisfies readonly NodeType[];

const OUTPUTS: Record<NodeType, readonly string[]> = {
  entry: ['next'],
  sendEmail: ['next'],
  wait: ['next'],
  condition: ['yes', 'no'],
  exit: [],
};

/** The named outputs a node of this type has, in display order. */
export function outputsOf(type: NodeType): readonly string[] {
  return OUTPUTS[type];
}

/** Whether a node of this type can be the target of an edge (the entry cannot). */
export function acceptsInput(type: NodeType): boolean {
  return type !== 'entry';
}

type DefaultParams = { [T in NodeType]: NodeOf<T>['params'] };

const DEFAULT_PARAMS: DefaultParams = {
  entry: { trigger: 'formSubmitted', source: '' },
  sendEmail: { templateId: null, subject: '', topics: [] },
  wait: { amount: 1, unit: 'days' },
  condition: { rule: { kind: 'engagement', event: 'opened', emailNodeId: null } },
  exit: { reason: 'ended' },
};

export function createNode<T extends NodeType>(
  type: T,
  id: string,
  position: { x: number; y: number },
): NodeOf<T> {
  // structuredClone keeps the defaults table immutable across created nodes.
  return { id, type, position, params: structuredClone(DEFAULT_PARAMS[type]) } as unknown as NodeOf<T>;
}

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && (NODE_TYPES as readonly string[]).includes(value);
}

export type { JourneyNode };
