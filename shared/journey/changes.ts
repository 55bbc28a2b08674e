// Every edit of a journey document is a typed change applied by one pure function. The
// canvas translates its own events into these; undo/redo and autosave build on them.
import { AccountModel } from '../accounts/schema';
import { RoutingModel } from '../routing/schema';
import { CostModel, SalesModel } from '../sales/schema';
import { ScoringModel } from '../scoring/schema';
import { accepted, type EditResult, problemOf, refused } from './editResult';
import { acceptsInput, outputsOf } from './nodeTypes';
import { Position } from './primitives';
import { type JourneyDocument, type JourneyEdge, JourneyNode, JourneySettings, MAX_EDGES, MAX_NODES } from './schema';

export type JourneyChange =
  | { kind: 'addNode'; node: JourneyNode }
  | { kind: 'moveNodes'; moves: { id: string; position: { x: number; y: number } }[] }
  | { kind: 'updateNode'; node: JourneyNode }
  | { kind: 'removeElements'; nodeIds: string[]; edgeIds: string[] }
  | { kind: 'connect'; edge: JourneyEdge }
  /** Replaces the journey's settings, scoring model, routing rules, sales, costs or account model (whole objects). */
  | { kind: 'updateJourney'; patch: Partial<Pick<JourneyDocument, 'settings' | 'scoring' | 'routing' | 'sales' | 'costs' | 'accounts'>> };

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

/**
 * Whether the host would accept what the change brings: every node, position and journey
 * part is checked with its schema. The change itself is kept as given (text is not trimmed
 * under the typist's cursor); the host normalises on save. Paths start at the piece
 * ("params.topics", "sendWindow.endHour").
 */
export function checkChange(change: JourneyChange): EditResult<JourneyChange> {
  const problem = (() => {
    switch (change.kind) {
      case 'addNode':
      case 'updateNode':
        return problemOf(JourneyNode, change.node);
      case 'moveNodes':
        return change.moves.map((move) => problemOf(Position, move.position, ['position'])).find((p) => p !== null) ?? null;
      case 'updateJourney':
        return (
          (change.patch.settings === undefined ? null : problemOf(JourneySettings, change.patch.settings)) ??
          (change.patch.scoring === undefined ? null : problemOf(ScoringModel, change.patch.scoring)) ??
          (change.patch.routing === undefined ? null : problemOf(RoutingModel, change.patch.routing)) ??
          (change.patch.sales === undefined ? null : problemOf(SalesModel, change.patch.sales)) ??
          (change.patch.costs === undefined ? null : problemOf(CostModel, change.patch.costs)) ??
          (change.patch.accounts === undefined ? null : problemOf(AccountModel, change.patch.accounts))
        );
      case 'connect':
      case 'removeElements':
        return null;
    }
  })();
  return problem ? { ok: false, problem } : accepted(change);
}

/** Checks every change against the document as the earlier ones leave it; all or nothing. */
export function checkChanges(doc: JourneyDocument, changes: readonly JourneyChange[]): EditResult<{ changes: JourneyChange[]; document: JourneyDocument }> {
  const out: JourneyChange[] = [];
  let current = doc;
  for (const candidate of changes) {
    const result = checkChange(candidate);
    if (!result.ok) return result;
    const change = result.value;
    // What the document as a whole allows: unique ids, and no more steps or connections than it may hold.
    if (change.kind === 'connect') {
      const connection = checkConnection(current, change.edge);
      if (!connection.ok) return refused('edge', 'invalid', connection.reason);
      if (current.edges.some((e) => e.id === change.edge.id)) return refused('edge.id', 'invalid', `a connection with id "${change.edge.id}" exists already`);
      if (current.edges.length >= MAX_EDGES) return refused('edges', 'tooMany', `a journey has at most ${MAX_EDGES} connections`, MAX_EDGES);
    }
    if (change.kind === 'addNode') {
      if (current.nodes.some((n) => n.id === change.node.id)) return refused('node.id', 'invalid', `a step with id "${change.node.id}" exists already`);
      if (current.nodes.length >= MAX_NODES) return refused('nodes', 'tooMany', `a journey has at most ${MAX_NODES} steps`, MAX_NODES);
    }
    out.push(result.value);
    current = applyChange(current, result.value);
  }
  return accepted({ changes: out, document: current });
}

export function applyChange(doc: JourneyDocument, change: JourneyChange): JourneyDocument {
  switch (change.kind) {
    case 'addNode':
      if (doc.nodes.some((n) => n.id === change.node.id)) return doc;
      return { ...doc, nodes: [...doc.nodes, change.node] };
    case 'moveNodes': {
      const moves = new Map(change.moves.map((m) => [m.id, m.position]));
      const moved = (n: JourneyNode) => {
        const to = moves.get(n.id);
        return to !== undefined && (to.x !== n.position.x || to.y !== n.position.y);
      };
      // An edit that changes nothing returns the same document, so it is not recorded.
      if (!doc.nodes.some(moved)) return doc;
      return { ...doc, nodes: doc.nodes.map((n) => (moved(n) ? { ...n, position: { x: moves.get(n.id)!.x, y: moves.get(n.id)!.y } } : n)) };
    }
    case 'updateNode':
      if (!doc.nodes.some((n) => n.id === change.node.id)) return doc;
      return { ...doc, nodes: doc.nodes.map((n) => (n.id === change.node.id ? change.node : n)) };
    case 'removeElements': {
      const nodeIds = new Set(change.nodeIds);
      const edgeIds = new Set(change.edgeIds);
      // Edges touching a removed node go with it.
      const edges = doc.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
      const nodes = doc.nodes.filter((n) => !nodeIds.has(n.id));
      if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
      return { ...doc, nodes, edges };
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
