// Moving the view: "fit" that never zooms below a readable size, and bringing a step into view.
import type { ReactFlowInstance } from '@xyflow/react';
import { STEP_BOX } from '../../../shared/journey/placement';
import { type JourneyDocument, layoutOf } from '../../../shared/journey/schema';
import { FIT_PADDING, openingView } from './openingView';

/** The visible canvas on screen (null while none is drawn). */
export const canvasBox = (): DOMRect | null => document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect() ?? null;

/** The whole journey when it stays readable; otherwise a readable zoom from the entry (see openingView). */
export function fitReadable(flow: ReactFlowInstance | null, doc: JourneyDocument | null, duration = 200): void {
  const pane = canvasBox();
  if (!flow || !doc || !pane) return;
  const view = openingView(doc.nodes, pane, layoutOf(doc.settings));
  if (view.fit) void flow.fitView({ padding: FIT_PADDING, maxZoom: 1, duration });
  else void flow.setViewport(view.viewport, { duration });
}

/** Pans (at the same zoom) just far enough that the step at `position` is inside the visible canvas, with a margin. */
export function bringIntoView(flow: ReactFlowInstance, position: { x: number; y: number }, pane: DOMRect): void {
  const { x, y, zoom } = flow.getViewport();
  const margin = 60;
  const left = position.x * zoom + x;
  const top = position.y * zoom + y;
  const right = left + STEP_BOX.width * zoom;
  const bottom = top + STEP_BOX.height * zoom;
  const dx = left < margin ? margin - left : right > pane.width - margin ? pane.width - margin - right : 0;
  const dy = top < margin ? margin - top : bottom > pane.height - margin ? pane.height - margin - bottom : 0;
  if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x + dx, y: y + dy, zoom });
}
