// What the canvas draws over a journey after a run: per step, its counts; per connection,
// its traffic and share of the branch; the hot spots where prospects stall or unsubscribe.
// Pure figures from the results; the renderer only draws them.
import type { NodeResult, SimulationResults } from './results';

export interface Overlay {
  nodes: Map<string, NodeResult & { exited: number; hot: boolean }>;
  edges: Map<string, { traversals: number; share: number; weight: number }>;
}

const cache = new WeakMap<SimulationResults, Overlay>();

export function overlayOf(results: SimulationResults): Overlay {
  const cached = cache.get(results);
  if (cached) return cached;
  const entered = new Map(results.nodes.map((n) => [n.id, n.entered]));
  const maxTraversals = Math.max(1, ...results.edges.map((e) => e.traversals));
  // Hot spots: the steps holding the most prospects at the horizon and losing the most to unsubscribes.
  const topBy = (score: (n: NodeResult) => number) => {
    const best = [...results.nodes].sort((a, b) => score(b) - score(a))[0];
    return best && score(best) > 0 ? best.id : null;
  };
  const hot = new Set([topBy((n) => n.waiting), topBy((n) => n.exits.unsubscribed ?? 0)].filter((id): id is string => id !== null));
  const overlay: Overlay = {
    nodes: new Map(
      results.nodes.map((n) => [n.id, { ...n, exited: Object.values(n.exits).reduce((a, b) => a + b, 0), hot: hot.has(n.id) }]),
    ),
    edges: new Map(
      results.edges.map((e) => {
        const from = entered.get(e.source) ?? 0;
        return [e.id, { traversals: e.traversals, share: from === 0 ? 0 : e.traversals / from, weight: e.traversals / maxTraversals }];
      }),
    ),
  };
  cache.set(results, overlay);
  return overlay;
}
