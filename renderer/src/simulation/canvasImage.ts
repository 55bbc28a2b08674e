// The journey with its simulation overlay as a PNG for a presentation: the whole graph
// (not just the visible part), drawn by html-to-image from the canvas's own DOM, at twice
// the pixel density so it stays sharp on a projector.
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { toPng } from 'html-to-image';
import { useCallback } from 'react';
import { fileNameOf } from '../../../shared/files/fileName';
import { useApp } from '../store/StoreContext';

const MARGIN = 40;
const MAX_SIDE = 4000;

export function useCanvasImageExport(): () => Promise<void> {
  const { getNodes } = useReactFlow();
  const saveImage = useApp((s) => s.saveImage);
  const name = useApp((s) => s.document?.name ?? 'journey');
  return useCallback(async () => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const nodes = getNodes();
    if (!viewport || nodes.length === 0) return;
    const bounds = getNodesBounds(nodes);
    const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * MARGIN, bounds.height + 2 * MARGIN));
    const width = Math.ceil((bounds.width + 2 * MARGIN) * scale);
    const height = Math.ceil((bounds.height + 2 * MARGIN) * scale);
    const view = getViewportForBounds(bounds, width, height, 0.1, 2, `${MARGIN}px`);
    const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
    const dataUrl = await toPng(viewport, {
      backgroundColor: background,
      width,
      height,
      pixelRatio: 2,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` },
    });
    await saveImage(`${fileNameOf(name, 'journey')}.png`, bytesOfDataUrl(dataUrl));
  }, [getNodes, saveImage, name]);
}

function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
