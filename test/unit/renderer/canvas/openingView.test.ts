import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, openingView } from '../../../../renderer/src/canvas/openingView';
import { generateLargeJourney } from '../../../../bench/largeJourney';
import { sampleJourney } from '../../../support/sampleJourney';

const pane = { width: 1000, height: 700 };

describe('how much of a journey the canvas shows', () => {
  it('fits a journey that stays readable when fitted', () => {
    const small = sampleJourney().nodes.slice(0, 4).map((n, i) => ({ ...n, position: { x: i * 300, y: 0 } }));
    expect(openingView(small, pane)).toEqual({ fit: true });
  });

  it('never zooms below a readable size: a long journey starts at the entry, the rest a scroll away', () => {
    const doc = generateLargeJourney(20, 50);
    const view = openingView(doc.nodes, pane);
    if (view.fit) throw new Error('expected a readable view');
    expect(view.viewport.zoom).toBe(MIN_READABLE_ZOOM);
    const entry = doc.nodes.find((n) => n.type === 'entry')!;
    const screenX = entry.position.x * view.viewport.zoom + view.viewport.x;
    const screenY = entry.position.y * view.viewport.zoom + view.viewport.y;
    expect(screenX).toBeGreaterThan(0);
    expect(screenX).toBeLessThan(pane.width / 4);
    expect(screenY).toBeGreaterThan(0);
    expect(screenY).toBeLessThan(pane.height);
  });

  it('drawn downwards, starts with the entry at the top', () => {
    const doc = generateLargeJourney(50, 20);
    const turned = doc.nodes.map((n) => ({ ...n, position: { x: n.position.y * 2, y: n.position.x / 2 } }));
    const view = openingView(turned, pane, 'topToBottom');
    if (view.fit) throw new Error('expected a readable view');
    const entry = turned.find((n) => n.type === 'entry')!;
    const screenY = entry.position.y * view.viewport.zoom + view.viewport.y;
    const screenX = entry.position.x * view.viewport.zoom + view.viewport.x;
    expect(screenY).toBeGreaterThan(0);
    expect(screenY).toBeLessThan(pane.height / 4);
    expect(screenX).toBeGreaterThan(0);
    expect(screenX).toBeLessThan(pane.width);
  });
});
