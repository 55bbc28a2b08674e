// What a command runs with: the store, the canvas and what the canvas around it can open.
import type { ReactFlowInstance } from '@xyflow/react';
import type { StepMenuRequest } from '../canvas/canvasContext';
import type { MeasuredSizes } from '../canvas/flowGraph';
import type { AppStore } from '../store/appStore';

export interface CommandContext {
  store: AppStore;
  flow: ReactFlowInstance | null;
  sizes: MeasuredSizes;
  /** What the canvas around the commands opens: the menu of steps to add, the shortcuts sheet. */
  ui?: { openStepMenu(request: StepMenuRequest): void; showShortcuts(): void };
}
