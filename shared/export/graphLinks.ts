// Platforms whose journeys are graphs of linked ids (HubSpot's actions, Journey Builder's
// activities, Dittofeed's nodes): every step is placed once, and each output is linked to the
// first platform element of the step it leads to. Paths may join (several links to one
// element); a link back to a step on its own path (a loop) is cut, since none of these
// platforms documents loops. Steps a platform has no element for pass through to their "next".
// Iterative, so a journey thousands of steps deep cannot overflow the stack.
import type { JourneyDocument, JourneyNode } from '../journey/schema';
import { note, type ReportBuilder } from './report';
import type { JourneyIndex } from './treePlan';

/** Links one output of a placed element to another element's id, or to the end (null). */
export type Link = (target: string | null) => void;

export interface Placed {
  /** The id of the step's first platform element; null when the step passes through to its "next". */
  head: string | null;
  /** A link per output of the step. */
  exits: ReadonlyMap<string, Link>;
}

/** A step with no element of its own: links to it go on to its "next". */
export const passThrough: Placed = { head: null, exits: new Map() };

export interface GraphWalk {
  /** Reachable steps from the entry, depth first in output order. */
  order: JourneyNode[];
  /** Edges (as "step>output") that lead back to a step on their own path. */
  loops: Set<string>;
  /** How many reachable edges lead to each step. */
  parents: Map<string, number>;
}

export function walkGraph(index: JourneyIndex, entry: JourneyNode): GraphWalk {
  const order: JourneyNode[] = [];
  const loops = new Set<string>();
  const parents = new Map<string, number>();
  const state = new Map<string, 1 | 2>();
  const stack: { node: JourneyNode; children: [string, JourneyNode][]; next: number }[] = [];
  const enter = (node: JourneyNode) => {
    state.set(node.id, 1);
    order.push(node);
    stack.push({ node, children: index.children(node), next: 0 });
  };
  enter(entry);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      state.set(frame.node.id, 2);
      stack.pop();
      continue;
    }
    const [output, child] = frame.children[frame.next++]!;
    parents.set(child.id, (parents.get(child.id) ?? 0) + 1);
    const seen = state.get(child.id);
    if (seen === 1) loops.add(`${frame.node.id}>${output}`);
    else if (seen === undefined) enter(child);
  }
  return { order, loops, parents };
}

/**
 * Places every reachable step with `place` and links the outputs. Returns the id of the first
 * element (the journey's start) or null when nothing was placed. Loops are cut and reported;
 * joins are reported as kept.
 */
export function linkGraph(
  journey: JourneyDocument,
  index: JourneyIndex,
  entry: JourneyNode,
  report: ReportBuilder,
  place: (node: JourneyNode) => Placed,
): { start: string | null; walk: GraphWalk } {
  const walk = walkGraph(index, entry);
  const placed = new Map<string, Placed>();
  for (const node of walk.order) placed.set(node.id, place(node));

  const cut = (from: JourneyNode, to: JourneyNode) => report.step(to, 'approximated', [], note('loopCut', { from: from.label || from.id }));
  /** The element a link to this step lands on, passing through steps without one. */
  const headOf = (node: JourneyNode): string | null => {
    const seen = new Set<string>();
    let current: JourneyNode | undefined = node;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      const here = placed.get(current.id);
      if (here?.head) return here.head;
      const next: [string, JourneyNode] | undefined = index.children(current).find(([output]) => output === 'next');
      if (!next) return null;
      if (walk.loops.has(`${current.id}>next`)) {
        cut(current, next[1]);
        return null;
      }
      current = next[1];
    }
    return null;
  };

  for (const node of walk.order) {
    const here = placed.get(node.id)!;
    if (here.head === null) continue;
    for (const [output, child] of index.children(node)) {
      const link = here.exits.get(output);
      if (!link) continue;
      if (walk.loops.has(`${node.id}>${output}`)) {
        cut(node, child);
        link(null);
      } else link(headOf(child));
    }
  }
  for (const node of walk.order) {
    const count = walk.parents.get(node.id) ?? 0;
    if (count > 1 && placed.get(node.id)?.head) report.step(node, 'mapped', [], note('joinKept', { parents: count }));
  }
  void journey;
  return { start: headOf(entry), walk };
}
