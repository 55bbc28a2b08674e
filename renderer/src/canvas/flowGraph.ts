// The journey document is not the React Flow graph. These pure functions convert one way
// (document → flow nodes/edges, cached per node object so unchanged nodes keep their
// identity) and translate React Flow's change events back into typed journey changes.
import type { Edge, EdgeChange, Node, NodeChange } from '@xyflow/react';
import type { JourneyChange } from '../../../shared/journey/changes';
import type { JourneyDocument, JourneyEdge, JourneyNode } from '../../../shared/journey/schema';

export const TARGET_HANDLE = 'in';

export type JourneyFlowNode = Node<{ node: JourneyNode }, JourneyNode['type']>;
export type JourneyFlowEdge = Edge<{ output: string }>;

const nodeCache = new WeakMap<JourneyNode, { selected: boolean; flow: JourneyFlowNode }>();
const edgeCache = new WeakMap<JourneyEdge, { selected: boolean; flow: JourneyFlowEdge }>();

export function toFlowNodes(doc: JourneyDocument, selected: ReadonlySet<string>): JourneyFlowNode[] {
  return doc.nodes.map((node) => {
    const isSelected = selected.has(node.id);
    const cached = nodeCache.get(node);
    if (cached && cached.selected === isSelected) return cached.flow;
    const flow: JourneyFlowNode = {
      id: node.id,
      type: node.type,
      position: node.position,
      data: { node },
      selected: isSelected,
      deletable: true,
    };
    nodeCache.set(node, { selected: isSelected, flow });
    return flow;
  });
}

export function toFlowEdges(doc: JourneyDocument, selected: ReadonlySet<string>): JourneyFlowEdge[] {
  return doc.edges.map((edge) => {
    const isSelected = selected.has(edge.id);
    const cached = edgeCache.get(edge);
    if (cached && cached.selected === isSelected) return cached.flow;
    const flow: JourneyFlowEdge = {
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceOutput,
      target: edge.target,
      targetHandle: TARGET_HANDLE,
      selected: isSelected,
      type: 'journey',
      data: { output: edge.sourceOutput },
    };
    edgeCache.set(edge, { selected: isSelected, flow });
    return flow;
  });
}

/** Position and removal changes become journey changes; selection is reported apart. */
export function journeyChangesFromNodeChanges(changes: readonly NodeChange[]): JourneyChange[] {
  const moves: { id: string; position: { x: number; y: number } }[] = [];
  const removed: string[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.position) moves.push({ id: change.id, position: change.position });
    else if (change.type === 'remove') removed.push(change.id);
  }
  const out: JourneyChange[] = [];
  if (moves.length > 0) out.push({ kind: 'moveNodes', moves });
  if (removed.length > 0) out.push({ kind: 'removeElements', nodeIds: removed, edgeIds: [] });
  return out;
}

export function journeyChangesFromEdgeChanges(changes: readonly EdgeChange[]): JourneyChange[] {
  const removed = changes.filter((c) => c.type === 'remove').map((c) => c.id);
  return removed.length > 0 ? [{ kind: 'removeElements', nodeIds: [], edgeIds: removed }] : [];
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
