// Sending platforms run trees: a step has one parent. A journey is a graph whose steps may be
// reached from several others (joins) or lead back to earlier ones (loops). The plan walks the
// journey from its start, depth first in output order, and asks the target what to do each
// time an edge reaches a step already placed: copy it (with or without what follows), bridge
// to the first placement (e.g. Mautic's "jump to event"), or end the path there. Iterative,
// so a journey thousands of steps deep cannot overflow the stack.
import { outputsOf } from '../journey/nodeTypes';
import type { JourneyDocument, JourneyNode } from '../journey/schema';

export type Revisit = 'copyTree' | 'copyNode' | 'bridge' | 'cut';

export interface NodePlacement {
  kind: 'node';
  key: string;
  node: JourneyNode;
  /** 0 for the first placement of the step, 1, 2 … for copies. */
  copy: number;
  parentKey: string | null;
  output: string | null;
}

export interface RevisitPlacement {
  kind: 'revisit';
  key: string;
  target: JourneyNode;
  /** The key of the target's first placement. */
  targetKey: string;
  parentKey: string;
  output: string;
  /** A loop leads back to a step on its own path; a join reaches one placed on another path. */
  reason: 'join' | 'loop';
  resolution: 'bridge' | 'cut';
}

export type Placement = NodePlacement | RevisitPlacement;

export interface RevisitQuestion {
  target: JourneyNode;
  from: JourneyNode;
  reason: 'join' | 'loop';
}

export interface TreePolicy {
  onRevisit(question: RevisitQuestion): Revisit;
}

/**
 * The outputs a step has in an export. A hand-off that branches on sales' answer keeps one:
 * a platform sends before sales answers, so it cannot tell the answers apart, and the lead goes
 * on along the accepted path — exported as the hand-off's "next". The other answers' paths are
 * reported as not exported (salesSide.ts).
 */
export function exportedOutputs(node: JourneyNode): readonly string[] {
  return node.type === 'handoff' && node.params.branchOnAnswer ? NEXT_ONLY : outputsOf(node);
}
const NEXT_ONLY = ['next'] as const;

/** The output of the journey an exported output follows ("next" of a branching hand-off is its "accepted"). */
export function journeyOutput(node: JourneyNode, exported: string): string {
  return node.type === 'handoff' && node.params.branchOnAnswer && exported === 'next' ? 'accepted' : exported;
}

/** The steps an output leads to: the first edge per output; a jump to a step leads to that step. */
export function childrenOf(journey: JourneyDocument, byId: ReadonlyMap<string, JourneyNode>, bySource: ReadonlyMap<string, Map<string, string>>) {
  return (node: JourneyNode): [string, JourneyNode][] => {
    if (node.type === 'jump') {
      const target = node.params.target.kind === 'node' ? byId.get(node.params.target.nodeId) : undefined;
      return target ? [['next', target]] : [];
    }
    const outs = bySource.get(node.id);
    const result: [string, JourneyNode][] = [];
    for (const output of exportedOutputs(node)) {
      const targetId = outs?.get(journeyOutput(node, output));
      const target = targetId === undefined ? undefined : byId.get(targetId);
      if (target) result.push([output, target]);
    }
    return result;
  };
}

export interface JourneyIndex {
  byId: Map<string, JourneyNode>;
  children: (node: JourneyNode) => [string, JourneyNode][];
  /** How many edges (and jumps) lead to each step. */
  parents: Map<string, number>;
  entries: JourneyNode[];
}

export function indexJourney(journey: JourneyDocument): JourneyIndex {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const bySource = new Map<string, Map<string, string>>();
  for (const edge of journey.edges) {
    let outs = bySource.get(edge.source);
    if (!outs) bySource.set(edge.source, (outs = new Map()));
    if (!outs.has(edge.sourceOutput)) outs.set(edge.sourceOutput, edge.target);
  }
  const children = childrenOf(journey, byId, bySource);
  const parents = new Map<string, number>();
  for (const node of journey.nodes) for (const [, child] of children(node)) parents.set(child.id, (parents.get(child.id) ?? 0) + 1);
  return { byId, children, parents, entries: journey.nodes.filter((n) => n.type === 'entry') };
}

interface Frame {
  key: string;
  node: JourneyNode;
  copyTree: boolean;
  children: [string, JourneyNode][];
  next: number;
}

/** Places the journey as a tree from the given roots; every placement in depth-first pre-order. */
export function planTree(index: JourneyIndex, roots: readonly JourneyNode[], policy: TreePolicy): Placement[] {
  const placements: Placement[] = [];
  const firstKey = new Map<string, string>();
  const copies = new Map<string, number>();
  // How often each step is on the current path (copies of a step can nest in no other way).
  const onPath = new Map<string, number>();
  const stack: Frame[] = [];

  const enter = (node: JourneyNode, parentKey: string | null, output: string | null, copyTree: boolean) => {
    const copy = copies.get(node.id) ?? 0;
    copies.set(node.id, copy + 1);
    const key = copy === 0 ? node.id : `${node.id}~${copy}`;
    if (copy === 0) firstKey.set(node.id, key);
    placements.push({ kind: 'node', key, node, copy, parentKey, output });
    onPath.set(node.id, (onPath.get(node.id) ?? 0) + 1);
    stack.push({ key, node, copyTree, children: index.children(node), next: 0 });
  };

  for (const root of roots) {
    if (firstKey.has(root.id)) continue;
    enter(root, null, null, false);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.children.length) {
        stack.pop();
        const count = onPath.get(frame.node.id)! - 1;
        if (count === 0) onPath.delete(frame.node.id);
        else onPath.set(frame.node.id, count);
        continue;
      }
      const [output, child] = frame.children[frame.next++]!;
      if (frame.copyTree) {
        enter(child, frame.key, output, true);
        continue;
      }
      const placed = firstKey.get(child.id);
      if (placed === undefined) {
        enter(child, frame.key, output, false);
        continue;
      }
      const reason = onPath.has(child.id) ? 'loop' : 'join';
      const answer = policy.onRevisit({ target: child, from: frame.node, reason });
      if (answer === 'copyTree' || answer === 'copyNode') enter(child, frame.key, output, answer === 'copyTree');
      else {
        placements.push({ kind: 'revisit', key: `${frame.key}>${output}`, target: child, targetKey: placed, parentKey: frame.key, output, reason, resolution: answer });
      }
    }
  }
  return placements;
}

/**
 * For each step: whether anything after it can loop back, and how many steps the tree below it
 * has when every join is copied out (capped at `cap`). A copy is safe only when it cannot loop.
 */
export function unfoldedSizes(index: JourneyIndex, nodes: readonly JourneyNode[], cap: number): { size: Map<string, number>; loops: Set<string> } {
  const size = new Map<string, number>();
  const loops = new Set<string>();
  const state = new Map<string, 1 | 2>();
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const stack: { node: JourneyNode; children: [string, JourneyNode][]; next: number }[] = [{ node: start, children: index.children(start), next: 0 }];
    state.set(start.id, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.children.length) {
        const [, child] = frame.children[frame.next++]!;
        const s = state.get(child.id);
        if (s === 1) loops.add(frame.node.id);
        else if (s === undefined) {
          state.set(child.id, 1);
          stack.push({ node: child, children: index.children(child), next: 0 });
        }
        continue;
      }
      stack.pop();
      let total = 1;
      for (const [, child] of frame.children) {
        if (loops.has(child.id) || state.get(child.id) === 1) loops.add(frame.node.id);
        total = Math.min(cap, total + (size.get(child.id) ?? cap));
      }
      size.set(frame.node.id, total);
      state.set(frame.node.id, 2);
    }
  }
  return { size, loops };
}
