// Graph helpers over a journey: where a prospect can go from each node (edges plus
// "go to" links), reachability from the entries, and cycles (iterative Tarjan, so a
// 20,000-node journey cannot overflow the stack).
import type { JourneyDocument, JourneyNode } from './schema';

export interface JourneyGraph {
  nodesById: Map<string, JourneyNode>;
  /** Successors of each node id: edge targets and same-journey jump targets. */
  next: Map<string, string[]>;
}

export function buildGraph(doc: JourneyDocument): JourneyGraph {
  const nodesById = new Map<string, JourneyNode>();
  for (const node of doc.nodes) if (!nodesById.has(node.id)) nodesById.set(node.id, node);
  const next = new Map<string, string[]>();
  for (const id of nodesById.keys()) next.set(id, []);
  for (const edge of doc.edges) {
    if (nodesById.has(edge.source) && nodesById.has(edge.target)) next.get(edge.source)!.push(edge.target);
  }
  for (const node of nodesById.values()) {
    if (node.type === 'jump' && node.params.target.kind === 'node' && nodesById.has(node.params.target.nodeId)) {
      next.get(node.id)!.push(node.params.target.nodeId);
    }
  }
  return { nodesById, next };
}

/** Ids reachable from the start ids along `next`, taking only the steps `follow` allows. */
export function reachableFrom(
  graph: { next: Map<string, string[]> },
  starts: Iterable<string>,
  follow: (from: string, to: string) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const to of graph.next.get(id) ?? []) if (!seen.has(to) && follow(id, to)) stack.push(to);
  }
  return seen;
}

/**
 * Strongly connected components that form cycles (more than one node, or a self-loop),
 * among the nodes `include` admits.
 */
export function cycles(next: Map<string, string[]>, include: (id: string) => boolean): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  const successors = (id: string) => (next.get(id) ?? []).filter(include);

  for (const root of next.keys()) {
    if (!include(root) || index.has(root)) continue;
    const work: { id: string; children: string[]; i: number }[] = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, children: successors(id), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++]!;
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && successors(frame.id).includes(frame.id);
        if (component.length > 1 || selfLoop) result.push(component.reverse());
      }
    }
  }
  return result;
}
