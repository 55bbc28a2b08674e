// The React Flow canvas of the open journey. React Flow is controlled: it renders what the
// store holds, and every edit it reports is translated into a typed journey change
// (useCanvasEditing). Around it: the toolbar, the context menu, the menu of steps to add, the
// shortcuts sheet and, on an empty journey, a first hint.
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useReactFlow, useUpdateNodeInternals } from '@xyflow/react';
import { type MouseEvent as ReactMouseEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type JourneyDocument, layoutOf } from '../../../shared/journey/schema';
import { CanvasToolbar } from '../commands/CanvasToolbar';
import { type CommandContext, handleShortcut } from '../commands/commands';
import { ContextMenu } from '../commands/ContextMenu';
import { ShortcutsSheet } from '../commands/ShortcutsSheet';
import { STEP_VIEWS } from '../editor/steps/stepViews';
import { isNodeType } from '../../../shared/journey/nodeTypes';
import { useResolvedTheme } from '../preferences/useResolvedTheme';
import { useApp, useAppStoreApi } from '../store/StoreContext';
import { CanvasContext, type CanvasSurroundings, type StepMenuRequest } from './canvasContext';
import { FirstUseHint } from './FirstUseHint';
import { toFlowEdges, toFlowNodes } from './flowGraph';
import { edgeTypes } from './JourneyEdge';
import { FIT_PADDING, type OpeningView, openingView } from './openingView';
import { StepMenu } from './StepMenu';
import { nodeTypes } from './StepNode';
import { allowNodeDrop, useCanvasEditing } from './useCanvasEditing';

export const SNAP_GRID: [number, number] = [10, 10];

/** `readOnly`: an old revision on show; nothing can be moved, connected or deleted. */
export function JourneyCanvas({ document, readOnly = false }: { document: JourneyDocument; readOnly?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const selectedNodeIds = useApp((s) => s.selectedNodeIds);
  const selectedEdgeIds = useApp((s) => s.selectedEdgeIds);
  const drawingImage = useApp((s) => s.drawingImage);
  const flow = useReactFlow();
  const theme = useResolvedTheme();
  const editing = useCanvasEditing();
  const { sizes } = editing;
  const direction = layoutOf(document.settings);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const [stepMenu, setStepMenu] = useState<{ request: StepMenuRequest; at: { x: number; y: number } } | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  // The canvas draws once the pane's size is known, already where it opens (see openingView).
  const [opening, setOpening] = useState<OpeningView | null>(null);
  useLayoutEffect(() => {
    const box = container.current!.getBoundingClientRect();
    setOpening((current) => current ?? openingView(document.nodes, box, layoutOf(document.settings))); // once: later edits keep the user's view
  }, [document]);

  // Handles move when the direction changes; React Flow measures them again only when told.
  const updateNodeInternals = useUpdateNodeInternals();
  const drawnDirection = useRef(direction);
  useEffect(() => {
    if (drawnDirection.current === direction) return;
    drawnDirection.current = direction;
    updateNodeInternals(store.getState().document?.nodes.map((n) => n.id) ?? []);
  }, [direction, store, updateNodeInternals]);

  const openStepMenu = useCallback((request: StepMenuRequest) => {
    const box = container.current!.getBoundingClientRect();
    const wanted = request.at ? { x: request.at.x - box.left, y: request.at.y - box.top } : { x: box.width / 2 - 130, y: 64 };
    // Kept inside the canvas, so its last kinds are never cut off.
    setStepMenu({ request, at: { x: clamp(wanted.x, 8, box.width - STEP_MENU_SIZE.width - 8), y: clamp(wanted.y, 8, box.height - STEP_MENU_SIZE.height - 8) } });
  }, []);
  const commandContext = useMemo<CommandContext>(
    () => ({ store, flow: flow as unknown as CommandContext['flow'], sizes, ui: { openStepMenu, showShortcuts: () => setShortcutsOpen(true) } }),
    [store, flow, sizes, openStepMenu],
  );
  const surroundings = useMemo<CanvasSurroundings>(() => ({ direction, readOnly, openStepMenu }), [direction, readOnly, openStepMenu]);

  // Shortcuts work anywhere in the editor except while typing in a field.
  useEffect(() => {
    if (readOnly) return;
    const onKey = (event: KeyboardEvent) => void handleShortcut(event, commandContext);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commandContext, readOnly]);

  const openMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, nodeId?: string) => {
      event.preventDefault();
      if (nodeId && !store.getState().selectedNodeIds.includes(nodeId)) store.getState().setSelection([nodeId], []);
      const box = container.current?.getBoundingClientRect();
      setMenuAt({ x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) });
    },
    [store],
  );

  const virtualised = document.nodes.length > MINIMAP_MAX_STEPS && !drawingImage;
  const nodes = useMemo(() => toFlowNodes(document, new Set(selectedNodeIds), sizes, virtualised), [document, selectedNodeIds, sizes, virtualised]);
  const edges = useMemo(() => toFlowEdges(document, new Set(selectedEdgeIds)), [document, selectedEdgeIds]);

  return (
    <div className={`canvas${drawingImage ? ' canvas--image' : ''}`} data-testid="canvas" data-direction={direction} ref={container} onDragOver={allowNodeDrop} onDrop={editing.onDrop}>
      {opening && (
        <CanvasContext.Provider value={surroundings}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={readOnly ? undefined : editing.onNodesChange}
            onEdgesChange={readOnly ? undefined : editing.onEdgesChange}
            onDelete={readOnly ? undefined : editing.onDelete}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            elementsSelectable={!readOnly}
            onConnect={editing.onConnect}
            isValidConnection={editing.isValidConnection}
            deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
            snapToGrid
            snapGrid={SNAP_GRID}
            fitView={opening.fit}
            fitViewOptions={FIT_OPTIONS}
            defaultViewport={opening.fit ? undefined : opening.viewport}
            colorMode={theme}
            // Scrolling moves the view (Ctrl/⌘ + wheel or a pinch zooms), so a journey larger
            // than the window is read at a readable size by scrolling, as in a document.
            panOnScroll
            onPaneContextMenu={(event) => (readOnly ? event.preventDefault() : openMenu(event))}
            onNodeContextMenu={(event, node) => openMenu(event, node.id)}
            onSelectionContextMenu={(event) => openMenu(event)}
            minZoom={0.1}
            // Large journeys draw only the steps in view (React Flow's virtualisation), except
            // while the PNG export draws the whole journey.
            onlyRenderVisibleElements={virtualised}
            proOptions={{ hideAttribution: true }}
          >
            <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
            <Controls showInteractive={false} showFitView={false} />
            {/* The minimap redraws every step on every pan frame; past a few hundred steps it costs more than it helps. */}
            {document.nodes.length <= MINIMAP_MAX_STEPS && <MiniMap pannable zoomable className="minimap" style={MINIMAP_SIZE} nodeColor={minimapColor} nodeBorderRadius={4} />}
          </ReactFlow>
        </CanvasContext.Provider>
      )}
      {!readOnly && <CanvasToolbar context={commandContext} />}
      {!readOnly && document.nodes.length <= 1 && <FirstUseHint />}
      {menuAt && <ContextMenu at={menuAt} context={commandContext} onClose={() => setMenuAt(null)} />}
      {stepMenu && <StepMenu request={stepMenu.request} at={stepMenu.at} context={commandContext} onClose={() => setStepMenu(null)} />}
      {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
      {editing.refusal && (
        <div className="toast" role="status" onClick={editing.clearRefusal}>
          {t('editor.refused', { reason: editing.refusal })}
        </div>
      )}
    </div>
  );
}

const MINIMAP_MAX_STEPS = 400;
const MINIMAP_SIZE = { width: 150, height: 96 };
const STEP_MENU_SIZE = { width: 260, height: 500 };
const FIT_OPTIONS = { padding: FIT_PADDING, maxZoom: 1 };
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

function minimapColor(node: { type?: string }): string {
  const accent = isNodeType(node.type) ? STEP_VIEWS[node.type].accent : 'exit';
  return MINIMAP_COLORS[accent];
}

const MINIMAP_COLORS = { entry: '#0f8b8d', email: '#2f6fdb', wait: '#a06a12', branch: '#7b4bc4', lead: '#2f8a57', exit: '#8a94a3' } as const;
