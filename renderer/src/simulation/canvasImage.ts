// The journey with its simulation overlay as a PNG for a presentation: the whole graph
// (not just the visible part), drawn by modern-screenshot from the canvas's own DOM, at
// twice the pixel density so it stays sharp on a projector. Large journeys normally draw
// only the steps in view; for the image every step is drawn first, then virtualisation
// returns. modern-screenshot rather than html-to-image: it copies only the styles that
// differ from an element's defaults, and with the property list below a 1,000-step journey
// draws in seconds rather than more than a minute.
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { fileNameOf } from '../../../shared/files/fileName';
import { useApp } from '../store/StoreContext';

const MARGIN = 40;
const MAX_SIDE = 4000;

export function useCanvasImageExport(): () => Promise<void> {
  const { getNodes } = useReactFlow();
  const saveImage = useApp((s) => s.saveImage);
  const setDrawingImage = useApp((s) => s.setDrawingImage);
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
    setDrawingImage(true);
    let dataUrl: string;
    try {
      // Loaded on the first export: opening a journey never needs it.
      const [{ domToPng }] = await Promise.all([import('modern-screenshot'), everyStepDrawn(viewport, nodes.length)]);
      dataUrl = await domToPng(viewport, {
        backgroundColor: background,
        width,
        height,
        scale: 2,
        workerUrl: null, // it would fetch remote assets in a worker; the canvas has none
        // Copying only the properties the canvas uses (not all ~400 per element) makes a
        // 1,000-step journey several times faster to draw.
        includeStyleProperties: DRAWN_STYLE_PROPERTIES,
        style: { width: `${width}px`, height: `${height}px`, transformOrigin: "0 0", transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` },
      });
    } finally {
      setDrawingImage(false);
    }
    await saveImage(`${fileNameOf(name, 'journey')}.png`, bytesOfDataUrl(dataUrl));
  }, [getNodes, saveImage, setDrawingImage, name]);
}

const DRAWN_STYLE_PROPERTIES = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'visibility', 'opacity', 'overflow', 'overflow-x', 'overflow-y',
  'box-sizing', 'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'outline-width', 'outline-style', 'outline-color', 'outline-offset', 'box-shadow',
  'background-color', 'background-image', 'color', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'fill-opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-transform', 'text-align', 'text-overflow',
  'white-space', 'word-break', 'overflow-wrap', 'vertical-align', 'transform', 'transform-origin',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'justify-content', 'row-gap', 'column-gap',
  '-webkit-line-clamp', '-webkit-box-orient',
];

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once every step is in the DOM and measured (React Flow hides a step until then), and its connections had a frame to follow. */
async function everyStepDrawn(viewport: HTMLElement, count: number, timeoutMs = 15_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    await nextFrame();
    const drawn = viewport.querySelectorAll('.react-flow__node');
    const measured = [...drawn].every((node) => (node as HTMLElement).style.visibility !== 'hidden');
    if (drawn.length >= count && measured) break;
    if (performance.now() - started > timeoutMs) break; // draw what there is rather than never finish
  }
  await nextFrame();
  await nextFrame();
}

function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
