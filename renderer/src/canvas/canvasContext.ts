// What every step card needs from the canvas around it, without a store update per card:
// the direction the journey is drawn in, whether it can be edited, and how to open the menu
// of step kinds at one of its outputs (the "+").
import { createContext, useContext } from 'react';
import type { LayoutDirection } from '../../../shared/journey/schema';

export interface StepMenuRequest {
  /** The output the new step hangs from; null: no step to continue from (placed in view). */
  after: { nodeId: string; output?: string } | null;
  /** Screen point the menu opens at; the middle of the canvas when not given. */
  at?: { x: number; y: number };
}

export interface CanvasSurroundings {
  direction: LayoutDirection;
  readOnly: boolean;
  openStepMenu(request: StepMenuRequest): void;
}

export const CanvasContext = createContext<CanvasSurroundings>({ direction: 'leftToRight', readOnly: true, openStepMenu: () => undefined });

export const useCanvasSurroundings = () => useContext(CanvasContext);
