// The journey document is not the React Flow graph. These pure functions convert one way
// (document → flow nodes/edges, cached per node object so unchanged nodes keep their
// identity) and translate React Flow's change events back into typed journey changes.
import { type Edge, type EdgeChange, type Node, type NodeChange, Position } from '@xyflow/react';
import type { JourneyChange } from '../../../shared/journey/changes';
import { acceptsInput, outputsOf } from '../../../shared/journey/nodeTypes';
import { type JourneyDocument, type JourneyEdge, type JourneyNode, type LayoutDirection, layoutOf } from '../../../shared/journey/schema';
import { STEP_BOX } from '../../../shared/journey/placement';

export const TARGET_HANDLE = 'in';

export type JourneyFlowNode = Node<{ node: JourneyNode; connectedOutputs: string }, JourneyNode['type']>;
export type MeasuredSizes = ReadonlyMap<string, { width: number; height: number }>;
export type JourneyFlowEdge = Edge<{ output: string; sourceNode: JourneyNode | undefined }>;

interface NodeCacheEntry {
  selected: boolean;
  direction: LayoutDirection;
  estimated: boolean;
  size: { width: number; height: number } | undefined;
  connectedOutputs: string;
  flow: JourneyFlowNode;
}
// The data object keeps its identity while only size or selection change, so memoised
// step cards skip re-rendering when React Flow reports measurements.
const dataCache = new WeakMap<JourneyNode, JourneyFlowNode['data']>();
const nodeCache = new WeakMap<JourneyNode, NodeCacheEntry>();
const edgeCache = new WeakMap<JourneyEdge, { selected: boolean; sourceNode: JourneyNode | undefined; flow: JourneyFlowEdge }>();

/** About one step card's size, for steps not yet measured. */
export const ESTIMATED_STEP_SIZE = STEP_BOX;
const HANDLE = 8;

/**
 * Where a step's handles sit before it was ever drawn (as StepNode places them): drawn left
 * to right, the input on the left edge and the outputs spread down the right edge; drawn
 * downwards, the input on the top edge and the outputs spread along the bottom. React Flow
 * draws every step once to measure it unless it knows its handles; with these, a large
 * journey draws only the steps in view, and each is measured when it first comes into view.
 */
function estimatedHandles(node: JourneyNode, direction: LayoutDirection): NonNullable<JourneyFlowNode['handles']> {
  const { width, height } = ESTIMATED_STEP_SIZE;
  const outputs = outputsOf(node);
  const across = (i: number, length: number) => (length * (i + 1)) / (outputs.length + 1) - HANDLE / 2;
  const input = direction === 'leftToRight' ? { position: Position.Left, x: -HANDLE / 2, y: height / 2 - HANDLE / 2 } : { position: Position.Top, x: width / 2 - HANDLE / 2, y: -HANDLE / 2 };
  return [
    ...(acceptsInput(node.type) ? [{ id: TARGET_HANDLE, type: 'target' as const, ...input, width: HANDLE, height: HANDLE }] : []),
    ...outputs.map((id, i) =>
      direction === 'leftToRight'
        ? { id, type: 'source' as const, position: Position.Right, x: width - HANDLE / 2, y: across(i, height), width: HANDLE, height: HANDLE }
        : { id, type: 'source' as const, position: Position.Bottom, x: across(i, width), y: height - HANDLE / 2, width: HANDLE, height: HANDLE },
    ),
  ];
}

/**
 * Flow nodes for the document. `sizes` are the sizes React Flow measured (view state, kept
 * by the canvas, never saved); the minimap and bounds need them on controlled nodes.
 * `estimateUnmeasured`: steps never measured carry an estimated size and handles (see
 * estimatedHandles); for large journeys, which draw only the steps in view.
 */
export function toFlowNodes(doc: JourneyDocument, selected: ReadonlySet<string>, sizes: MeasuredSizes = new Map(), estimateUnmeasured = false): JourneyFlowNode[] {
  const direction = layoutOf(doc.settings);
  const connected = new Map<string, string[]>();
  for (const edge of doc.edges) connected.set(edge.source, [...(connected.get(edge.source) ?? []), edge.sourceOutput]);
  return doc.nodes.map((node) => {
    const isSelected = selected.has(node.id);
    const size = sizes.get(node.id);
    const connectedOutputs = (connected.get(node.id) ?? []).sort().join(' ');
    const estimated = estimateUnmeasured && !size;
    const cached = nodeCache.get(node);
    if (cached && cached.selected === isSelected && cached.direction === direction && cached.size === size && cached.estimated === estimated && cached.connectedOutputs === connectedOutputs) return cached.flow;
    let data = dataCache.get(node);
    if (!data || data.connectedOutputs !== connectedOutputs) {
      data = { node, connectedOutputs };
      dataCache.set(node, data);
    }
    const flow: JourneyFlowNode = {
      id: node.id,
      type: node.type,
      position: node.position,
      data,
      selected: isSelected,
      deletable: true,
      ...(size ? { measured: size } : {}),
      ...(estimated ? { initialWidth: ESTIMATED_STEP_SIZE.width, initialHeight: ESTIMATED_STEP_SIZE.height, handles: estimatedHandles(node, direction) } : {}),
    };
    nodeCache.set(node, { selected: isSelected, direction, estimated, size, connectedOutputs, flow });
    return flow;
  });
}

/** Folds React Flow's dimension reports into the measured sizes; returns the same map when nothing changed. */
export function nextSizes(current: MeasuredSizes, changes: readonly NodeChange[]): MeasuredSizes {
  let next: Map<string, { width: number; height: number }> | null = null;
  for (const change of changes) {
    if (change.type !== 'dimensions' || !change.dimensions) continue;
    const old = (next ?? current).get(change.id);
    if (old && old.width === change.dimensions.width && old.height === change.dimensions.height) continue;
    next ??= new Map(current);
    next.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
  }
  return next ?? current;
}

export function toFlowEdges(doc: JourneyDocument, selected: ReadonlySet<string>): JourneyFlowEdge[] {
  const nodesById = new Map(doc.nodes.map((n) => [n.id, n]));
  return doc.edges.map((edge) => {
    const isSelected = selected.has(edge.id);
    // The source node names the branch (split labels), so a change to it refreshes the edge.
    const sourceNode = nodesById.get(edge.source);
    const cached = edgeCache.get(edge);
    if (cached && cached.selected === isSelected && cached.sourceNode === sourceNode) return cached.flow;
    const flow: JourneyFlowEdge = {
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceOutput,
      target: edge.target,
      targetHandle: TARGET_HANDLE,
      selected: isSelected,
      type: 'journey',
      data: { output: edge.sourceOutput, sourceNode },
      // Which output it leaves from, readable in the page (tests, assistive tools).
      domAttributes: { 'data-output': edge.sourceOutput } as JourneyFlowEdge['domAttributes'],
    };
    edgeCache.set(edge, { selected: isSelected, sourceNode, flow });
    return flow;
  });
}

/**
 * Position changes become journey changes; selection is reported apart. Removals are not
 * taken from here: React Flow reports a deletion as edge changes and then node changes, two
 * edits that undo would take back one at a time. The canvas takes them whole from onDelete.
 */
export function journeyChangesFromNodeChanges(changes: readonly NodeChange[]): JourneyChange[] {
  const moves: { id: string; position: { x: number; y: number } }[] = [];
  for (const change of changes) if (change.type === 'position' && change.position) moves.push({ id: change.id, position: change.position });
  return moves.length > 0 ? [{ kind: 'moveNodes', moves }] : [];
}

/** One deletion (steps, and the connections removed with them or on their own) as one change. */
export function journeyChangeFromDeletion(deleted: { nodes: readonly { id: string }[]; edges: readonly { id: string }[] }): JourneyChange[] {
  if (deleted.nodes.length === 0 && deleted.edges.length === 0) return [];
  return [{ kind: 'removeElements', nodeIds: deleted.nodes.map((n) => n.id), edgeIds: deleted.edges.map((e) => e.id) }];
}

/** Applies React Flow's select changes to the current selection. */
export function nextSelection(current: readonly string[], changes: readonly (NodeChange | EdgeChange)[]): string[] {
  const selection = new Set(current);
  let touched = false;
  for (const change of changes) {
    if (change.type === 'select') {
      touched = true;
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    } else if (change.type === 'remove' && selection.delete(change.id)) {
      touched = true;
    }
  }
  return touched ? [...selection] : (current as string[]);
}
