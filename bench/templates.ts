// Template benchmarks: compile time of every starter template (Node side, mjml 5), and the
// preview latency after a keystroke in the real editor, in Chromium against the web host.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileTemplate } from '../electron/services/templates/compiler';
import { withHostAndBrowser } from './browser';

export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};

export async function benchCompile(root: string, runs = 20) {
  const dir = path.join(root, 'assets/templates');
  const library = JSON.parse(fs.readFileSync(path.join(dir, 'library.json'), 'utf8')) as {
    partials: { id: string; file: string }[];
    templates: { id: string; file: string; subject: string }[];
  };
  const partials = new Map(library.partials.map((p) => [p.id, fs.readFileSync(path.join(dir, p.file), 'utf8')]));
  const rows: { id: string; htmlKb: number; median: number; p95: number }[] = [];
  for (const t of library.templates) {
    const mjml = fs.readFileSync(path.join(dir, t.file), 'utf8');
    await compileTemplate({ subject: t.subject, mjml }, partials); // warm-up
    const times: number[] = [];
    let html = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = await compileTemplate({ subject: t.subject, mjml }, partials);
      times.push(performance.now() - started);
      html = result.html ?? '';
    }
    rows.push({ id: t.id, htmlKb: Buffer.byteLength(html) / 1024, median: quantile(times, 0.5), p95: quantile(times, 0.95) });
  }
  return rows;
}

/** Keystroke → updated preview, measured inside the page (keydown to the iframe's new srcdoc). */
export async function benchPreviewLatency(root: string, templateName: string, keystrokes = 15) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) return { skipped: `no Chromium at ${chromium}` } as const;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-bench-'));
  try {
    return await withHostAndBrowser(root, chromium, dataDir, async (url, browser) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByTestId('tab-templates').click();
    await page.locator(`[data-testid="template-item"][data-template-name="${templateName}"] .journey-item__open`).click();
    await page.getByTestId('template-preview').waitFor();
    // Type inside the button's text, so every keystroke changes the compiled email.
    await page.locator('.cm-line', { hasText: '</mj-button>' }).first().click();
    await page.keyboard.press('End');
    for (let i = 0; i < '</mj-button>'.length; i++) await page.keyboard.press('ArrowLeft');
    const latencies: number[] = [];
    for (let i = 0; i < keystrokes + 2; i++) {
      await page.evaluate(() => {
        const w = window as unknown as { __latency: Promise<number> };
        w.__latency = new Promise<number>((resolve) => {
          let start = 0;
          document.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - start);
          });
          // Never wait for ever: a missing update counts as a 5-second latency.
          setTimeout(() => {
            observer.disconnect();
            resolve(5000);
          }, 5000);
          observer.observe(document.querySelector('[data-testid="template-preview"]')!, { attributes: true, attributeFilter: ['srcdoc'] });
        });
      });
      await page.keyboard.type('x');
      const ms = await page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);
      if (i >= 2) latencies.push(ms); // the first two warm up the path
    }
    return { median: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), max: Math.max(...latencies) };
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
