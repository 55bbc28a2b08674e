// Every edit of a journey document is a typed change applied by one pure function. The
// canvas translates its own events into these; undo/redo and autosave build on them.
import { acceptsInput, outputsOf } from './nodeTypes';
import type { JourneyDocument, JourneyEdge, JourneyNode } from './schema';

export type JourneyChange =
  | { kind: 'addNode'; node: JourneyNode }
  | { kind: 'moveNodes'; moves: { id: string; position: { x: number; y: number } }[] }
  | { kind: 'updateNode'; node: JourneyNode }
  | { kind: 'removeElements'; nodeIds: string[]; edgeIds: string[] }
  | { kind: 'connect'; edge: JourneyEdge }
  /** Replaces the journey's settings, scoring model or routing rules (whole objects). */
  | { kind: 'updateJourney'; patch: Partial<Pick<JourneyDocument, 'settings' | 'scoring' | 'routing'>> };

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/** Whether an edge from (source, output) to target is allowed in this document. */
export function checkConnection(
  doc: JourneyDocument,
  connection: { source: string; sourceOutput: string; target: string },
): ConnectionCheck {
  const source = doc.nodes.find((n) => n.id === connection.source);
  const target = doc.nodes.find((n) => n.id === connection.target);
  if (!source || !target) return { ok: false, reason: 'Both ends must be nodes of this journey.' };
  if (source.id === target.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (!outputsOf(source).includes(connection.sourceOutput)) {
    return { ok: false, reason: `This node has no output "${connection.sourceOutput}".` };
  }
  if (!acceptsInput(target.type)) return { ok: false, reason: 'The entry cannot be the target of a connection.' };
  const taken = doc.edges.some((e) => e.source === source.id && e.sourceOutput === connection.sourceOutput);
  if (taken) return { ok: false, reason: 'This output is already connected; remove that connection first.' };
  return { ok: true };
}

export function applyChange(doc: JourneyDocument, change: JourneyChange): JourneyDocument {
  switch (change.kind) {
    case 'addNode':
      if (doc.nodes.some((n) => n.id === change.node.id)) return doc;
      return { ...doc, nodes: [...doc.nodes, change.node] };
    case 'moveNodes': {
      const moves = new Map(change.moves.map((m) => [m.id, m.position]));
      return {
        ...doc,
        nodes: doc.nodes.map((n) => {
          const position = moves.get(n.id);
          return position ? { ...n, position: { x: position.x, y: position.y } } : n;
        }),
      };
    }
    case 'updateNode':
      return { ...doc, nodes: doc.nodes.map((n) => (n.id === change.node.id ? change.node : n)) };
    case 'removeElements': {
      const nodeIds = new Set(change.nodeIds);
      const edgeIds = new Set(change.edgeIds);
      return {
        ...doc,
        nodes: doc.nodes.filter((n) => !nodeIds.has(n.id)),
        // Edges touching a removed node go with it.
        edges: doc.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
      };
    }
    case 'connect':
      if (!checkConnection(doc, change.edge).ok) return doc;
      return { ...doc, edges: [...doc.edges, change.edge] };
    case 'updateJourney':
      return { ...doc, ...change.patch };
  }
}

export function applyChanges(doc: JourneyDocument, changes: readonly JourneyChange[]): JourneyDocument {
  return changes.reduce(applyChange, doc);
}

/**
 * Changes that put a new step into an existing connection: source → step → target. The
 * step's first output continues to the old target (a step without outputs just ends there).
 */
export function insertIntoEdge(doc: JourneyDocument, edgeId: string, node: JourneyNode, newEdgeId: () => string): JourneyChange[] | null {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!edge || !acceptsInput(node.type)) return null;
  const changes: JourneyChange[] = [
    { kind: 'removeElements', nodeIds: [], edgeIds: [edge.id] },
    { kind: 'addNode', node },
    { kind: 'connect', edge: { id: newEdgeId(), source: edge.source, sourceOutput: edge.sourceOutput, target: node.id } },
  ];
  const firstOutput = outputsOf(node)[0];
  if (firstOutput !== undefined) changes.push({ kind: 'connect', edge: { id: newEdgeId(), source: node.id, sourceOutput: firstOutput, target: edge.target } });
  return changes;
}
