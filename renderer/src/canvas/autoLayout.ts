// Auto layout with dagre, left to right or top to bottom as the journey says. Branches keep
// their outputs' order (yes above no, reacted above timed out; left to right when drawn
// downwards), so tidying never crosses a step's own branches: dagre's crossing reduction is
// told, layer by layer, that the first output's path comes before the next one's.
import dagre, { graphlib } from '@dagrejs/dagre';
import type { JourneyChange } from '../../../shared/journey/changes';
import { outputsOf } from '../../../shared/journey/nodeTypes';
import { STEP_BOX, STEP_SPACING } from '../../../shared/journey/placement';
import { type JourneyDocument, type LayoutDirection, layoutOf } from '../../../shared/journey/schema';
import type { MeasuredSizes } from './flowGraph';

type LayeredGraph = graphlib.Graph;
type Order = (graph: LayeredGraph, options: { constraints: { left: string; right: string }[] }) => void;
interface Branching {
  source: string;
  /** Its connections in the order of its outputs. */
  edges: { id: string; target: string }[];
}

export function autoLayout(doc: JourneyDocument, sizes: MeasuredSizes, direction: LayoutDirection = layoutOf(doc.settings)): JourneyChange | null {
  if (doc.nodes.length === 0) return null;
  const spacing = STEP_SPACING[direction];
  const graph = new graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: direction === 'leftToRight' ? 'LR' : 'TB', ranksep: spacing.along, nodesep: spacing.across, edgesep: 14, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of doc.nodes) graph.setNode(node.id, { ...(sizes.get(node.id) ?? STEP_BOX) });
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const branching: Branching[] = [];
  for (const node of doc.nodes) {
    const edges = outputsOf(node).flatMap((output) => doc.edges.filter((e) => e.source === node.id && e.sourceOutput === output && byId.has(e.target)));
    for (const edge of edges) graph.setEdge(edge.source, edge.target, {}, edge.id);
    if (edges.length > 1) branching.push({ source: node.id, edges });
  }
  dagre.layout(graph, { customOrder: (layered: LayeredGraph, order: Order) => order(layered, { constraints: branchOrder(layered, branching) }) });
  const moves = doc.nodes.map((node) => {
    const laid = graph.node(node.id);
    const size = sizes.get(node.id) ?? STEP_BOX;
    // dagre gives centres; React Flow positions are top-left corners, snapped to the grid.
    return { id: node.id, position: { x: Math.round((laid.x - size.width / 2) / 10) * 10, y: Math.round((laid.y - size.height / 2) / 10) * 10 } };
  });
  return { kind: 'moveNodes', moves };
}

/**
 * "Comes before" constraints for the layer right after each branching step, between the
 * first nodes of its outputs' paths: the target itself, or the first of the placeholder
 * nodes dagre puts on a connection that spans several layers.
 */
function branchOrder(layered: LayeredGraph, branching: readonly Branching[]) {
  const constraints: { left: string; right: string }[] = [];
  for (const { source, edges } of branching) {
    const out: { v: string; w: string; name?: string }[] = layered.outEdges(source) ?? [];
    const firstHops = edges.map(
      (edge) => out.find((e) => (e.w === edge.target && e.name === edge.id) || (layered.node(e.w) as { edgeObj?: { name?: string } } | undefined)?.edgeObj?.name === edge.id)?.w,
    );
    for (let i = 0; i + 1 < firstHops.length; i++) {
      const [left, right] = [firstHops[i], firstHops[i + 1]];
      if (left !== undefined && right !== undefined && left !== right) constraints.push({ left, right });
    }
  }
  return constraints;
}
