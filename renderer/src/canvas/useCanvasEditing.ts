// React Flow's events on the open journey, each translated into typed journey changes:
// moves (a drag is one undo entry), selection, deletion, connecting, and dropping a step
// from the palette (onto a connection: inserted into it).
import { type Connection, type EdgeChange, type NodeChange, useReactFlow } from '@xyflow/react';
import { type DragEvent, useCallback, useState } from 'react';
import { checkConnection, insertIntoEdge } from '../../../shared/journey/changes';
import { newId } from '../../../shared/journey/ids';
import { createNode, isNodeType } from '../../../shared/journey/nodeTypes';
import { STEP_BOX } from '../../../shared/journey/placement';
import { useAppStoreApi } from '../store/StoreContext';
import { journeyChangeFromDeletion, journeyChangesFromNodeChanges, type MeasuredSizes, nextSelection, nextSizes } from './flowGraph';
import { NODE_DRAG_TYPE } from './Palette';

export function useCanvasEditing() {
  const store = useAppStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sizes, setSizes] = useState<MeasuredSizes>(() => new Map());

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
      const node = createNode(type, newId('n'), { x: position.x - STEP_BOX.width / 2, y: position.y - 30 });
      // Dropped onto a connection: the step goes into it, rewired on both sides.
      const edgeId = edgeAt(event.clientX, event.clientY);
      const doc = store.getState().document;
      const inserted = edgeId && doc ? insertIntoEdge(doc, edgeId, node, () => newId('e')) : null;
      store.getState().applyEdit(inserted ?? [{ kind: 'addNode', node }]);
      store.getState().setSelection([node.id], []);
    },
    [screenToFlowPosition, store],
  );

  return { sizes, refusal, clearRefusal: () => setRefusal(null), onNodesChange, onEdgesChange, onDelete, isValidConnection, onConnect, onDrop };
}

/** The connection under a screen point, if any (React Flow draws a wide invisible hit path). */
function edgeAt(x: number, y: number): string | null {
  for (const element of globalThis.document.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge');
    if (edge) return edge.getAttribute('data-id');
  }
  return null;
}

export function allowNodeDrop(event: DragEvent): void {
  if (event.dataTransfer.types.includes(NODE_DRAG_TYPE)) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
}
