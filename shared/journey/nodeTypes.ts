// What a node can do, read from its kind in the step registry: its named outputs, whether
// it takes input, the parameters a new node starts with, the steps it names.
import type { JourneyNode, NodeOf, NodeType } from './schema';
import { stepKind } from './steps/registry';
import type { StepText, SummaryContext } from './steps/stepKind';

export { NODE_GROUPS, NODE_TYPES, isNodeType, stepKind, unhandledKind } from './steps/registry';
export { SWITCH_DEFAULT_OUTPUT } from './steps/split';

/** The named outputs a node has, in display order. A split's depend on its branches. */
export function outputsOf(node: JourneyNode): readonly string[] {
  return stepKind(node.type).outputs(node.params);
}

/** Outputs of a node that may stay unconnected: taking one ends the journey there. */
export function optionalOutputsOf(node: JourneyNode): readonly string[] {
  return stepKind(node.type).optionalOutputs(node.params);
}

/** How the canvas names one output of a node; `detail` adds a split branch's share. */
export function outputLabelOf(node: JourneyNode, output: string, detail = true): StepText | string {
  return stepKind(node.type).outputLabel(node.params, output, detail);
}

/** Whether a node of this type can be the target of an edge (the entry cannot). */
export function acceptsInput(type: NodeType): boolean {
  return stepKind(type).acceptsInput;
}

/** Nodes where a prospect's path ends (or continues elsewhere) by design. */
export function isTerminal(type: NodeType): boolean {
  return stepKind(type).terminal;
}

/** Ids of the other steps a node names (its email, its go-to target). */
export function referencesOf(node: JourneyNode): readonly string[] {
  return stepKind(node.type).references(node.params);
}

/** The node with the step ids it names passed through `map`. */
export function withReferences<N extends JourneyNode>(node: N, map: (id: string) => string): N {
  return { ...node, params: stepKind(node.type).withReferences(node.params, map) };
}

/**
 * How a summary or a picker names another step: an email step by its label or subject (in
 * quotes), another step by its label; null when it has neither (the caller names its kind).
 */
export function stepNameOf(node: JourneyNode): string | null {
  if (node.type === 'sendEmail') return `“${node.label ?? (node.params.subject || node.id)}”`;
  return node.label ?? null;
}

export function summaryOf(node: JourneyNode, context: SummaryContext): StepText | string {
  return stepKind(node.type).summary(node.params, context);
}

export function createNode<T extends NodeType>(type: T, id: string, position: { x: number; y: number }): NodeOf<T> {
  return { id, type, position, params: stepKind(type).defaults() } as NodeOf<T>;
}

/** The node with new parameters of its own kind. */
export function withParams<N extends JourneyNode>(node: N, params: N['params']): N {
  return { ...node, params } as N;
}

/** The node with another label; an empty label is removed. */
export function withLabel<N extends JourneyNode>(node: N, label: string): N {
  const { label: _old, ...rest } = node;
  return (label ? { ...rest, label } : rest) as N;
}
