// How much of a journey the canvas shows, when it opens and on "fit": all of it when that
// keeps the steps readable, otherwise a readable zoom starting from the entry, with the rest
// a scroll away. Worked out from the steps' positions and the pane's size before the canvas
// first draws, so a large journey draws the steps in view once rather than first those around
// the origin and then, after a jump, the ones it should show.
import type { Viewport } from '@xyflow/react';
import type { LayoutDirection } from '../../../shared/journey/schema';
import { ESTIMATED_STEP_SIZE as STEP_SIZE } from './flowGraph';

/** Below this zoom a step card's text is too small to read. */
export const MIN_READABLE_ZOOM = 0.7;
/** Room around the journey when it fits (React Flow's fitView padding: a share of its size). */
export const FIT_PADDING = 0.12;
/** How far in a readable view starts: past the toolbar when the journey runs downwards. */
const EDGE = 48;
const TOP = 80;

export type OpeningView = { fit: true } | { fit: false; viewport: Viewport };

export function openingView(
  nodes: readonly { type: string; position: { x: number; y: number } }[],
  pane: { width: number; height: number },
  direction: LayoutDirection = 'leftToRight',
): OpeningView {
  if (nodes.length === 0 || pane.width <= 0 || pane.height <= 0) return { fit: true };
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const bounds = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + STEP_SIZE.width, height: Math.max(...ys) - Math.min(...ys) + STEP_SIZE.height };
  const fitZoom = Math.min(pane.width / (bounds.width * (1 + FIT_PADDING)), pane.height / (bounds.height * (1 + FIT_PADDING)), 1);
  if (fitZoom >= MIN_READABLE_ZOOM) return { fit: true };
  const entry = nodes.find((n) => n.type === 'entry') ?? nodes[0]!;
  const zoom = MIN_READABLE_ZOOM;
  // Along the flow: the entry at the start. Across it: the whole journey centred when it fits, else the entry.
  const centre = (size: number, from: number, extent: number, at: number, step: number) => (extent * zoom <= size - 2 * EDGE ? size / 2 - (from + extent / 2) * zoom : size / 2 - (at + step / 2) * zoom);
  return direction === 'leftToRight'
    ? { fit: false, viewport: { zoom, x: EDGE - entry.position.x * zoom, y: centre(pane.height, bounds.y, bounds.height, entry.position.y, STEP_SIZE.height) } }
    : { fit: false, viewport: { zoom, y: TOP - entry.position.y * zoom, x: centre(pane.width, bounds.x, bounds.width, entry.position.x, STEP_SIZE.width) } };
}
