// Switching a hand-off between one "next" output and one output per answer of sales keeps
// the path the journey had: "next" becomes "accepted" and back; the connections of the other
// answers go when the branches are switched off.
import type { JourneyChange } from './changes';
import { withParams } from './nodeTypes';
import type { JourneyDocument } from './schema';

export function answerBranchChanges(doc: JourneyDocument, nodeId: string, on: boolean, newEdgeId: () => string): JourneyChange[] {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node || node.type !== 'handoff' || node.params.branchOnAnswer === on) return [];
  const [from, to] = on ? ['next', 'accepted'] : ['accepted', 'next'];
  const outgoing = doc.edges.filter((e) => e.source === nodeId);
  const kept = outgoing.find((e) => e.sourceOutput === from);
  const changes: JourneyChange[] = [
    { kind: 'removeElements', nodeIds: [], edgeIds: outgoing.map((e) => e.id) },
    { kind: 'updateNode', node: withParams(node, { ...node.params, branchOnAnswer: on }) },
  ];
  if (kept) changes.push({ kind: 'connect', edge: { id: newEdgeId(), source: nodeId, sourceOutput: to, target: kept.target } });
  return changes;
}
