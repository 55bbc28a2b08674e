// Where the canvas opens: small journeys fit the view; large ones open at a readable zoom,
// starting from the entry. Worked out from the steps' positions and the pane's size before
// the canvas first draws, so a large journey draws the steps in view once rather than
// first those around the origin and then, after a jump, the ones it should show.
import type { Viewport } from '@xyflow/react';
import { ESTIMATED_STEP_SIZE as STEP_SIZE } from './flowGraph';

export const MIN_READABLE_ZOOM = 0.7;

export type OpeningView = { fit: true } | { fit: false; viewport: Viewport };

export function openingView(nodes: readonly { type: string; position: { x: number; y: number } }[], pane: { width: number; height: number }): OpeningView {
  if (nodes.length === 0 || pane.width <= 0 || pane.height <= 0) return { fit: true };
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const bounds = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + STEP_SIZE.width, height: Math.max(...ys) - Math.min(...ys) + STEP_SIZE.height };
  const fitZoom = Math.min(pane.width / (bounds.width + 160), pane.height / (bounds.height + 160), 1);
  if (fitZoom >= MIN_READABLE_ZOOM) return { fit: true };
  const entry = nodes.find((n) => n.type === 'entry') ?? nodes[0]!;
  const zoom = MIN_READABLE_ZOOM;
  return { fit: false, viewport: { zoom, x: 48 - entry.position.x * zoom, y: pane.height / 2 - (bounds.y + bounds.height / 2) * zoom } };
}
