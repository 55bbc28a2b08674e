// The steps a journey is built from: click to add one in the middle of the view, or drag
// it to where it belongs.
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/journey/ids';
import { createNode, NODE_GROUPS } from '../../../shared/journey/nodeTypes';
import type { NodeType } from '../../../shared/journey/schema';
import { useAppStoreApi } from '../store/StoreContext';
import { STEP_VIEWS } from '../editor/steps/stepViews';

export const NODE_DRAG_TYPE = 'application/x-nurture-step';
const STEP_SPACING_X = 280;
const STEP_WIDTH = 220;
const STEP_HEIGHT = 70;

export function Palette() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const { screenToFlowPosition } = flow;

  // A click places the step just right of the selected one (the usual next step), or in
  // the middle of the view when nothing is selected.
  const addByClick = (type: NodeType) => {
    const state = store.getState();
    const selected =
      state.selectedNodeIds.length === 1 ? state.document?.nodes.find((n) => n.id === state.selectedNodeIds[0]) : undefined;
    let position: { x: number; y: number };
    if (selected) {
      position = { x: selected.position.x + STEP_SPACING_X, y: selected.position.y };
    } else {
      const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
      if (!canvas) return;
      const centre = screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 });
      position = { x: centre.x - 110, y: centre.y - 30 };
    }
    // Step down until the spot is free, so a new step never hides another.
    const taken = (p: { x: number; y: number }) =>
      state.document?.nodes.some((n) => Math.abs(n.position.x - p.x) < STEP_WIDTH && Math.abs(n.position.y - p.y) < STEP_HEIGHT) ?? false;
    for (let tries = 0; tries < 50 && taken(position); tries++) position = { x: position.x, y: position.y + STEP_HEIGHT + 20 };
    const node = createNode(type, newId('n'), position);
    state.applyEdit([{ kind: 'addNode', node }]);
    state.setSelection([node.id], []);
    // Bring it into view when it landed outside the visible part of the canvas.
    const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    if (canvas) {
      const topLeft = screenToFlowPosition({ x: canvas.left, y: canvas.top });
      const bottomRight = screenToFlowPosition({ x: canvas.right, y: canvas.bottom });
      const visible = position.x >= topLeft.x && position.y >= topLeft.y && position.x + STEP_WIDTH <= bottomRight.x && position.y + STEP_HEIGHT <= bottomRight.y;
      if (!visible) void flow.setCenter(position.x + STEP_WIDTH / 2, position.y + STEP_HEIGHT / 2, { zoom: flow.getZoom(), duration: 0 });
    }
  };

  return (
    <aside className="palette" aria-label={t('editor.addStep')}>
      <div className="palette__title">{t('editor.addStep')}</div>
      {NODE_GROUPS.map((group) => (
        <section key={group.id} className="palette__group">
          <h3 className="palette__group-title">{t(`nodeGroups.${group.id}`)}</h3>
          {group.types.map((type) => {
            const Icon = STEP_VIEWS[type].icon;
            return (
              <button
                key={type}
                type="button"
                className={`palette__item palette__item--${STEP_VIEWS[type].accent}`}
                data-testid={`palette-${type}`}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(NODE_DRAG_TYPE, type);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => addByClick(type)}
                title={`${t(`nodeTypes.${type}.hint`)} — ${t('editor.paletteHint')}`}
              >
                <Icon size={16} aria-hidden />
                <span className="palette__text">
                  <span className="palette__name">{t(`nodeTypes.${type}.name`)}</span>
                  <span className="palette__hint">{t(`nodeTypes.${type}.hint`)}</span>
                </span>
              </button>
            );
          })}
        </section>
      ))}
    </aside>
  );
}
