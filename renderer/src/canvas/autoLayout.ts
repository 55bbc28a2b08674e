// Left-to-right auto-layout with dagre: ranks follow the journey's flow, branches spread
// vertically in the order of their outputs (yes above no, A above B).
import dagre from '@dagrejs/dagre';
import type { JourneyChange } from '../../../shared/journey/changes';
import { outputsOf } from '../../../shared/journey/nodeTypes';
import type { JourneyDocument } from '../../../shared/journey/schema';
import type { MeasuredSizes } from './flowGraph';

const DEFAULT_SIZE = { width: 220, height: 76 };

export function autoLayout(doc: JourneyDocument, sizes: MeasuredSizes): JourneyChange | null {
  if (doc.nodes.length === 0) return null;
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', ranksep: 70, nodesep: 34, edgesep: 14, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of doc.nodes) graph.setNode(node.id, { ...(sizes.get(node.id) ?? DEFAULT_SIZE) });
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  // Add edges in output order so dagre's ordering keeps the first branch on top.
  const edges = [...doc.edges].sort((a, b) => {
    const sa = byId.get(a.source);
    const sb = byId.get(b.source);
    const ia = sa ? outputsOf(sa).indexOf(a.sourceOutput) : 0;
    const ib = sb ? outputsOf(sb).indexOf(b.sourceOutput) : 0;
    return ia - ib;
  });
  for (const edge of edges) if (byId.has(edge.source) && byId.has(edge.target)) graph.setEdge(edge.source, edge.target, {}, edge.id);
  dagre.layout(graph);
  const moves = doc.nodes.map((node) => {
    const laid = graph.node(node.id);
    const size = sizes.get(node.id) ?? DEFAULT_SIZE;
    // dagre gives centres; React Flow positions are top-left corners, snapped to the grid.
    return { id: node.id, position: { x: Math.round((laid.x - size.width / 2) / 10) * 10, y: Math.round((laid.y - size.height / 2) / 10) * 10 } };
  });
  return { kind: 'moveNodes', moves };
}
