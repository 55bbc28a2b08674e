// Editor benchmark: a generated journey (1,000 steps by default) opened in the real editor
// (Chromium, `npm run web`), side by side in the same run with a bare React Flow page showing
// the same graph: time until the view is complete (every step inside the visible canvas drawn
// and measured — the editor virtualises large journeys, bare React Flow draws every step), and
// frames per second while panning. `withBare: false` measures the editor alone (the 5,000-step
// journey, which bare React Flow would draw whole).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/services';
import { withHostAndBrowser } from './browser';
import { generateLargeJourney } from './largeJourney';
import { quantile } from './templates';

interface PageFigures {
  renderMs: number;
  fps: number;
}

export async function benchEditor(root: string, { runs = 3, rows = 20, columns = 50, withBare = true } = {}) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) return { skipped: `no Chromium at ${chromium}` } as const;
  const journey = generateLargeJourney(rows, columns);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-bench-editor-'));
  const services = createServices({ dataDir });
  services.journeys.insert(journey);
  await services.close();
  const benchDir = path.join(root, 'out/renderer/bench');
  fs.mkdirSync(benchDir, { recursive: true });
  fs.writeFileSync(
    path.join(benchDir, 'graph.json'),
    JSON.stringify({
      nodes: journey.nodes.map((n) => ({ id: n.id, position: n.position, label: `${n.type} ${n.id}` })),
      edges: journey.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    }),
  );
  try {
    return await withHostAndBrowser(root, chromium, dataDir, async (url, browser) => {
    const measure = async (target: string): Promise<PageFigures> => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // Polls every frame from the very start for the moment the view is complete: every step
      // whose position lies inside the visible canvas is in the DOM, measured and visible.
      // (The same test for both pages; bare React Flow draws all steps, so it must draw those too.)
      const positions = JSON.stringify(journey.nodes.map((n) => [n.id, n.position.x, n.position.y]));
      await page.addInitScript(`(() => {
        const positions = ${positions};
        const tick = () => {
          const viewport = document.querySelector('.react-flow__viewport');
          const pane = document.querySelector('.react-flow__pane');
          const nodes = document.querySelectorAll('.react-flow__node');
          if (viewport && pane && nodes.length > 0 && ![...nodes].some((n) => n.style.visibility === 'hidden')) {
            const m = /translate\\((-?[\\d.]+)px, (-?[\\d.]+)px\\) scale\\(([\\d.]+)\\)/.exec(viewport.style.transform);
            if (m) {
              const [tx, ty, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
              const box = pane.getBoundingClientRect();
              const shown = new Set([...nodes].map((n) => n.getAttribute('data-id')));
              const missing = positions.some(([id, x, y]) => {
                const sx = x * k + tx, sy = y * k + ty;
                return sx + 200 * k > 0 && sy + 60 * k > 0 && sx < box.width && sy < box.height && !shown.has(id);
              });
              if (!missing) {
                window.__renderedAt = performance.now();
                return;
              }
            }
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })();`);
      await page.goto(target);
      await page.waitForFunction(() => (window as unknown as { __renderedAt?: number }).__renderedAt !== undefined, undefined, { timeout: 60_000 });
      const renderMs = await page.evaluate(() => (window as unknown as { __renderedAt: number }).__renderedAt);
      // Pan for two seconds by dragging the pane, one mouse move per frame, and count the frames.
      const fps = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const pane = document.querySelector('.react-flow__pane')!;
            const box = pane.getBoundingClientRect();
            const x0 = box.left + box.width / 2;
            const y0 = box.top + box.height / 2;
            pane.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: x0, clientY: y0, button: 0, view: window }));
            const started = performance.now();
            let frames = 0;
            const step = (now: number) => {
              frames++;
              const t = now - started;
              window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x0 - t / 4, clientY: y0 - t / 12, view: window }));
              if (t < 2000) requestAnimationFrame(step);
              else {
                window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
                resolve((frames / t) * 1000);
              }
            };
            requestAnimationFrame(step);
          }),
      );
      const moved = await page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '');
      if (!/translate\((?!0px, 0px)/.test(moved)) throw new Error(`panning did not move the viewport on ${target}`);
      await page.close();
      return { renderMs, fps };
    };
    const ours: PageFigures[] = [];
    const bare: PageFigures[] = [];
    for (let i = 0; i < runs; i++) {
      if (withBare) bare.push(await measure(`${new URL(url).origin}/bench/bare.html`));
      ours.push(await measure(url));
    }
    const median = (list: PageFigures[], key: keyof PageFigures) => quantile(list.map((f) => f[key]), 0.5);
    return {
      nodes: journey.nodes.length,
      ours: { renderMs: median(ours, 'renderMs'), fps: median(ours, 'fps') },
      bare: withBare ? { renderMs: median(bare, 'renderMs'), fps: median(bare, 'fps') } : null,
    };
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
