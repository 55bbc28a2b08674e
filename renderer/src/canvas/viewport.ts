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

/** Pans (at the same zoom) so the step at `position` is inside the visible canvas. */
export function bringIntoView(flow: ReactFlowInstance, position: { x: number; y: number }, pane: DOMRect): void {
  const topLeft = flow.screenToFlowPosition({ x: pane.left, y: pane.top });
  const bottomRight = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
  const inside = position.x >= topLeft.x && position.y >= topLeft.y && position.x + STEP_BOX.width <= bottomRight.x && position.y + STEP_BOX.height <= bottomRight.y;
  if (!inside) void flow.setCenter(position.x + STEP_BOX.width / 2, position.y + STEP_BOX.height / 2, { zoom: flow.getZoom(), duration: 0 });
}
