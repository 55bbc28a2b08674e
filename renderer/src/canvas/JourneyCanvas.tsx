// The React Flow canvas of the open journey. React Flow is controlled: it renders what the
// store holds, and every edit it reports is translated into a typed journey change.
import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, type MouseEvent as ReactMouseEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CanvasToolbar } from '../commands/CanvasToolbar';
import { ContextMenu } from '../commands/ContextMenu';
import { useResolvedTheme } from '../preferences/useResolvedTheme';
import { type CommandContext, handleShortcut } from '../commands/commands';
import { useTranslation } from 'react-i18next';
import { checkConnection, insertIntoEdge } from '../../../shared/journey/changes';
import { newId } from '../../../shared/journey/ids';
import { createNode, isNodeType } from '../../../shared/journey/nodeTypes';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { useApp, useAppStoreApi } from '../store/StoreContext';
import {
  type MeasuredSizes,
  journeyChangeFromDeletion,
  nextSizes,
  journeyChangesFromNodeChanges,
  nextSelection,
  toFlowEdges,
  toFlowNodes,
} from './flowGraph';
import { edgeTypes } from './JourneyEdge';
import { STEP_VIEWS } from '../editor/steps/stepViews';
import { type OpeningView, openingView } from './openingView';
import { NODE_DRAG_TYPE } from './Palette';
import { nodeTypes } from './StepNode';

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
  const { screenToFlowPosition } = flow;
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sizes, setSizes] = useState<MeasuredSizes>(() => new Map());
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  // The canvas draws once the pane's size is known, already where it opens (see openingView).
  const [opening, setOpening] = useState<OpeningView | null>(null);
  useLayoutEffect(() => {
    const box = container.current!.getBoundingClientRect();
    setOpening((current) => current ?? openingView(document.nodes, box)); // once: later edits keep the user's view
  }, [document]);
  const commandContext = useMemo<CommandContext>(() => ({ store, flow: flow as unknown as CommandContext['flow'], sizes }), [store, flow, sizes]);

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

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const state = store.getState();
      setSizes((current) => nextSizes(current, changes));
      // A drag reports many moves; they form one undo entry, sealed when the drag ends.
      const positions = changes.filter((c) => c.type === 'position');
      const dragging = positions.some((c) => c.type === 'position' && c.dragging);
      state.applyEdit(journeyChangesFromNodeChanges(changes), positions.length > 0 ? { coalesce: 'drag' } : {});
      if (positions.length > 0 && !dragging) state.sealEdit();
      const selection = nextSelection(state.selectedNodeIds, changes);
      if (selection !== state.selectedNodeIds) state.setSelection(selection, store.getState().selectedEdgeIds);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const state = store.getState();
      const selection = nextSelection(state.selectedEdgeIds, changes);
      if (selection !== state.selectedEdgeIds) state.setSelection(state.selectedNodeIds, selection);
    },
    [store],
  );

  // A deletion (Delete key) is one edit: the steps with all their connections, undone at once.
  const onDelete = useCallback((deleted: { nodes: { id: string }[]; edges: { id: string }[] }) => store.getState().applyEdit(journeyChangeFromDeletion(deleted)), [store]);

  const isValidConnection = useCallback(
    (c: Connection | { source: string; target: string; sourceHandle?: string | null }) => {
      const doc = store.getState().document;
      return !!doc && checkConnection(doc, { source: c.source, sourceOutput: c.sourceHandle ?? 'next', target: c.target }).ok;
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const doc = store.getState().document;
      if (!doc) return;
      const connection = { source: c.source, sourceOutput: c.sourceHandle ?? 'next', target: c.target };
      const check = checkConnection(doc, connection);
      if (!check.ok) {
        setRefusal(check.reason);
        return;
      }
      setRefusal(null);
      store.getState().applyEdit([{ kind: 'connect', edge: { id: newId('e'), ...connection } }]);
    },
    [store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(NODE_DRAG_TYPE);
      if (!isNodeType(type)) return;
      event.preventDefault();
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const node = createNode(type, newId('n'), { x: position.x - 110, y: position.y - 30 });
      // Dropped onto a connection: the step goes into it, rewired on both sides.
      const edgeId = edgeAt(event.clientX, event.clientY);
      const doc = store.getState().document;
      const inserted = edgeId && doc ? insertIntoEdge(doc, edgeId, node, () => newId('e')) : null;
      store.getState().applyEdit(inserted ?? [{ kind: 'addNode', node }]);
      store.getState().setSelection([node.id], []);
    },
    [screenToFlowPosition, store],
  );

  return (
    <div className="canvas" data-testid="canvas" ref={container} onDragOver={allowNodeDrop} onDrop={onDrop}>
      {opening && (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={readOnly ? undefined : onNodesChange}
          onEdgesChange={readOnly ? undefined : onEdgesChange}
          onDelete={readOnly ? undefined : onDelete}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          elementsSelectable={!readOnly}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
          snapToGrid
          snapGrid={SNAP_GRID}
          fitView={opening.fit}
          fitViewOptions={FIT_OPTIONS}
          defaultViewport={opening.fit ? undefined : opening.viewport}
          colorMode={theme}
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
          <Controls showInteractive={false} />
          {/* The minimap redraws every step on every pan frame; past a few hundred steps it costs more than it helps. */}
          {document.nodes.length <= MINIMAP_MAX_STEPS && <MiniMap pannable zoomable className="minimap" nodeColor={minimapColor} nodeBorderRadius={4} />}
        </ReactFlow>
      )}
      {!readOnly && <CanvasToolbar context={commandContext} />}
      {menuAt && <ContextMenu at={menuAt} context={commandContext} onClose={() => setMenuAt(null)} />}
      {refusal && (
        <div className="toast" role="status" onClick={() => setRefusal(null)}>
          {t('editor.refused', { reason: refusal })}
        </div>
      )}
    </div>
  );
}

const MINIMAP_MAX_STEPS = 400;
const FIT_OPTIONS = { padding: 0.12, maxZoom: 1 };

function minimapColor(node: { type?: string }): string {
  const accent = isNodeType(node.type) ? STEP_VIEWS[node.type].accent : 'exit';
  return MINIMAP_COLORS[accent];
}

const MINIMAP_COLORS = { entry: '#0f8b8d', email: '#2f6fdb', wait: '#a06a12', branch: '#7b4bc4', lead: '#2f8a57', exit: '#8a94a3' } as const;

/** The connection under a screen point, if any (React Flow draws a wide invisible hit path). */
function edgeAt(x: number, y: number): string | null {
  for (const element of globalThis.document.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge');
    if (edge) return edge.getAttribute('data-id');
  }
  return null;
}

function allowNodeDrop(event: DragEvent): void {
  if (event.dataTransfer.types.includes(NODE_DRAG_TYPE)) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
}
