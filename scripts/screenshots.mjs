// `npm run screenshots`: the README's "first journey in five minutes", clicked through in the
// running app (the built `npm run web` host on a fresh data folder, in Chromium), one
// screenshot per step into assets/screenshots/. A script, not a test: run it again after the
// UI changes and look at the pictures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'assets/screenshots');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-screenshots-'));
const host = spawn(process.execPath, [path.join(root, 'out/main/web.js'), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  host.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
    if (match) resolve(match[1]);
  });
  host.once('exit', () => reject(new Error(`the web host stopped:\n${out}`)));
});
const browser = await chromium.launch({ executablePath: browserPath, args: ARGS });

try {
  fs.mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const id = (testId) => page.locator(`[data-testid="${testId}"]`);
  const selected = async () => id('step-inspector').getAttribute('data-node-id');
  const shot = async (name) => {
    await page.waitForTimeout(400); // animations settle
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    console.log(`  assets/screenshots/${name}.png`);
  };
  /** The step menu at a step's output: type, Enter. */
  const addAfter = async (nodeId, output, search) => {
    const plus = id(`add-after-${nodeId}-${output}`);
    const canvas = await id('canvas').boundingBox();
    const box = await plus.boundingBox();
    // Off screen: "fit" brings the journey (from its entry) back into view, as a user would.
    if (!box || box.x < canvas.x || box.x + box.width > canvas.x + canvas.width || box.y < canvas.y || box.y + box.height > canvas.y + canvas.height) {
      await id('toolbar-fitView').click();
      await page.waitForTimeout(300);
    }
    await plus.click();
    await id('step-menu-search').fill(search);
    await page.keyboard.press('Enter');
    return selected();
  };

  await page.goto(url);
  await id('journey-item').first().waitFor();
  await page.waitForTimeout(600);
  await shot('01-library');

  // A new journey: its name, then the hint on an empty canvas.
  await id('new-journey').click();
  await id('rename-input').fill('Webinar follow-up');
  await id('rename-input').press('Enter');
  await page.locator('[data-testid="journey-title"]', { hasText: 'Webinar follow-up' }).waitFor();
  await shot('02-new-journey');

  // The first step from the entry's "+", its template from the library.
  const entry = (await page.locator('.react-flow__node [data-node-type="entry"]').getAttribute('data-testid')).replace('node-', '');
  await id(`add-after-${entry}-next`).click();
  await id('step-menu-search').fill('email');
  await shot('03-add-step');
  await page.keyboard.press('Enter');
  await id('template-picker-search').fill('webinar');
  await id('template-option').first().click();
  await id('inspector-label').fill('Thanks for joining');
  const thanks = await selected();
  await shot('04-email-step');

  // Wait for a click; reacted → score, MQL, sales; timed out → a reminder, then the end.
  await page.getByTestId(`node-${thanks}`).click();
  await page.keyboard.press('a');
  await id('step-menu-search').fill('reaction');
  await page.keyboard.press('Enter');
  const wait = await selected();
  await id('inspector-reaction').selectOption('click');
  await id('inspector-label').fill('Clicked the recording?');
  const bonus = await addAfter(wait, 'event', 'score');
  await id('inspector-points').fill('15');
  const mql = await addAfter(bonus, 'next', 'stage');
  const sales = await addAfter(mql, 'next', 'sales');
  await addAfter(sales, 'next', 'exit');
  const reminder = await addAfter(wait, 'timeout', 'email');
  await id('template-picker-search').fill('recording');
  await id('template-option').first().click();
  await id('inspector-label').fill('Reminder: the recording');
  await addAfter(reminder, 'next', 'exit');
  // Room to draw: the journey list and the settings panel fold away (Ctrl+B, Ctrl+I).
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await id('toolbar-autoLayout').click();
  await shot('05-branches');

  // Drawn downwards instead (a setting of this journey), tidied in one go.
  await id('direction-topToBottom').click();
  await shot('06-top-to-bottom');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');

  // The journey's settings: the goal, the send window; a sales team for the hand-off.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press('Shift+1');
  await id('setting-goal').selectOption('sal');
  await id('setting-send-window').check();
  await shot('07-settings');
  await id('journey-tab-routing').click();
  await id('routing-add-team').click();
  await page.getByRole('button', { name: 'Add rep' }).click();
  await page.getByRole('button', { name: 'Add routing rule' }).click();
  await id('journey-tab-settings').click();

  // A run with the 500 sample prospects: counts on every step and connection.
  await id('simulate-button').click();
  await id('simulation-source').selectOption('sample_prospects');
  await id('simulation-run').click();
  await page.locator('[data-testid="simulation-progress"][data-status="done"]').waitFor({ timeout: 60_000 });
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press('Shift+1');
  await shot('08-simulation');
  await id('open-charts').click();
  await id('chart-funnel').waitFor();
  await shot('09-charts');
  await id('results-close').click();
  await id('simulate-button').click();

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press('?');
  await shot('10-shortcuts');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
