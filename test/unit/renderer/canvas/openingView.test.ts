import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, openingView } from '../../../../renderer/src/canvas/openingView';
import { generateLargeJourney } from '../../../../bench/largeJourney';
import { sampleJourney } from '../../../support/sampleJourney';

const pane = { width: 1000, height: 700 };

/** Where a step lands on screen in a readable (not fitted) view. */
function onScreen(view: ReturnType<typeof openingView>, node: { position: { x: number; y: number } }) {
  if (view.fit) throw new Error('expected a readable view');
  expect(view.viewport.zoom).toBe(MIN_READABLE_ZOOM);
  return { x: node.position.x * view.viewport.zoom + view.viewport.x, y: node.position.y * view.viewport.zoom + view.viewport.y };
}

describe('how much of a journey the canvas shows', () => {
  it('fits a journey that stays readable when fitted', () => {
    const small = sampleJourney().nodes.slice(0, 4).map((n, i) => ({ ...n, position: { x: i * 300, y: 0 } }));
    expect(openingView(small, pane)).toEqual({ fit: true });
  });

  it('never zooms below a readable size: a long journey starts at the entry, the rest a scroll away', () => {
    const doc = generateLargeJourney(20, 50);
    const entry = onScreen(openingView(doc.nodes, pane), doc.nodes.find((n) => n.type === 'entry')!);
    expect(entry.x).toBeGreaterThan(0);
    expect(entry.x).toBeLessThan(pane.width / 4);
    expect(entry.y).toBeGreaterThan(0);
    expect(entry.y).toBeLessThan(pane.height);
  });

  it('drawn downwards, starts with the entry at the top', () => {
    const doc = generateLargeJourney(50, 20);
    const turned = doc.nodes.map((n) => ({ ...n, position: { x: n.position.y * 2, y: n.position.x / 2 } }));
    const entry = onScreen(openingView(turned, pane, 'topToBottom'), turned.find((n) => n.type === 'entry')!);
    expect(entry.y).toBeGreaterThan(0);
    expect(entry.y).toBeLessThan(pane.height / 4);
    expect(entry.x).toBeGreaterThan(0);
    expect(entry.x).toBeLessThan(pane.width);
  });
});
