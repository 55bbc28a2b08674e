// Adding a step by click (palette, the "+" on an output, the add-step menu): placement and
// wiring come from shared/journey/placement; here only what the view adds to it — the middle
// of the visible canvas as the spot when there is no step to continue from, selecting the new
// step and bringing it into view.
import { newId } from '../../../shared/journey/ids';
import { placeStep, STEP_BOX } from '../../../shared/journey/placement';
import type { NodeType } from '../../../shared/journey/schema';
import type { CommandContext } from '../commands/commandContext';
import { bringIntoView, canvasBox } from './viewport';

export type AddAfter = { nodeId: string; output?: string } | null;

/** The step to continue from when none is named: the one selected step, if exactly one is. */
export function selectedStep(context: CommandContext): AddAfter {
  const { selectedNodeIds } = context.store.getState();
  return selectedNodeIds.length === 1 ? { nodeId: selectedNodeIds[0]! } : null;
}

/** Adds a step of `type` after `after` (connected where it can be) as one edit; returns its id. */
export function addStep(context: CommandContext, type: NodeType, after: AddAfter = selectedStep(context)): string | null {
  const state = context.store.getState();
  if (!state.document) return null;
  const pane = canvasBox();
  const centre = pane && context.flow ? context.flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
  const placement = placeStep(state.document, {
    type,
    newNodeId: newId('n'),
    newEdgeId: () => newId('e'),
    after: after ?? undefined,
    fallback: { x: centre.x - STEP_BOX.width / 2, y: centre.y - STEP_BOX.height / 2 },
    sizeOf: (id) => measuredSize(context, id),
  });
  if (!state.applyEdit(placement.changes).ok) return null;
  state.setSelection([placement.node.id], []);
  if (pane && context.flow) bringIntoView(context.flow, placement.node.position, pane);
  return placement.node.id;
}

/** A step's drawn size: React Flow's measurement, else the canvas's own record of it. */
function measuredSize(context: CommandContext, id: string) {
  const measured = context.flow?.getInternalNode(id)?.measured;
  return measured?.width && measured.height ? { width: measured.width, height: measured.height } : context.sizes.get(id);
}
