// Copy and paste of steps, also between journeys: the selected steps with the connections
// among them; pasting gives every step and connection a new id and keeps references
// between pasted steps (a condition on a pasted email) pointing at the pasted copies.
import type { JourneyChange } from './changes';
import { withReferences } from './nodeTypes';
import type { JourneyDocument, JourneyEdge, JourneyNode } from './schema';

export const CLIPBOARD_FORMAT = 'nurture-studio.steps';

export interface ClipboardContent {
  format: typeof CLIPBOARD_FORMAT;
  nodes: JourneyNode[];
  edges: JourneyEdge[];
}

export function copySteps(doc: JourneyDocument, nodeIds: readonly string[]): ClipboardContent | null {
  const ids = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return structuredClone({ format: CLIPBOARD_FORMAT, nodes, edges });
}

/** Changes that paste the content, offset on the canvas; returns the new step ids too. */
export function pasteSteps(
  content: ClipboardContent,
  offset: { x: number; y: number },
  newId: (prefix: string) => string,
): { changes: JourneyChange[]; nodeIds: string[] } {
  const idMap = new Map(content.nodes.map((n) => [n.id, newId('n')]));
  const remap = (id: string) => idMap.get(id) ?? id;
  const nodes = content.nodes.map((original) => ({
    ...withReferences(structuredClone(original), remap),
    id: idMap.get(original.id)!,
    position: { x: original.position.x + offset.x, y: original.position.y + offset.y },
  }));
  const changes: JourneyChange[] = nodes.map((node) => ({ kind: 'addNode', node }));
  for (const edge of content.edges) {
    changes.push({ kind: 'connect', edge: { id: newId('e'), source: idMap.get(edge.source)!, sourceOutput: edge.sourceOutput, target: idMap.get(edge.target)! } });
  }
  return { changes, nodeIds: nodes.map((n) => n.id) };
}

export function isClipboardContent(value: unknown): value is ClipboardContent {
  const v = value as ClipboardContent | null;
  return typeof v === 'object' && v !== null && v.format === CLIPBOARD_FORMAT && Array.isArray(v.nodes) && Array.isArray(v.edges);
}
