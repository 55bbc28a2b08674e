import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';
import { countColour, readPng } from '../../support/png';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
/** The border of a "no" / "timed out" label in the light theme (app.css); nothing else on the canvas has it. */
const LABEL_BORDER_NO: [number, number, number] = [0xef, 0xc1, 0xbd];
const canvasBox = async (page: Page) => (await page.getByTestId('canvas').boundingBox())!;

/** Every connection on the canvas: source, output, target. */
async function connections(page: Page) {
  return page.locator('.react-flow__edge').evaluateAll((els) =>
    els.map((el) => {
      const [, source, target] = /^Edge from (.+) to (.+)$/.exec(el.getAttribute('aria-label') ?? '')!;
      return { source: source!, target: target!, output: el.getAttribute('data-output')! };
    }),
  );
}

/** A step's outputs in display order (its handles' order on the card). */
async function outputsOf(page: Page, nodeId: string) {
  const ids = await page.getByTestId(`node-${nodeId}`).locator('.react-flow__handle.source').evaluateAll((els) => els.map((e) => e.getAttribute('data-handleid')!));
  return ids;
}

/** For each branching step, its targets along the axis across the flow, in output order. */
async function branchesAcross(page: Page, app: AppPage, axis: 'x' | 'y') {
  const all = await connections(page);
  const out: { source: string; across: number[] }[] = [];
  for (const source of new Set(all.map((c) => c.source))) {
    const mine = all.filter((c) => c.source === source);
    if (mine.length < 2) continue;
    const order = await outputsOf(page, source);
    mine.sort((a, b) => order.indexOf(a.output) - order.indexOf(b.output));
    out.push({ source, across: await Promise.all(mine.map(async (c) => (await app.flowPosition(c.target))[axis])) });
  }
  return out;
}

test('the journey list and the inspector fold away for room to draw, and stay folded after a reload', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  const before = (await canvasBox(page)).width;
  await page.getByTestId('hide-journey-list').click();
  await page.getByTestId('toggle-inspector').click();
  await expect(page.getByTestId('sidebar-rail')).toBeVisible();
  await expect(page.getByTestId('inspector-rail')).toBeVisible();
  await expect(page.getByTestId('journey-list')).toBeHidden();
  expect((await canvasBox(page)).width).toBeGreaterThan(before + 450);

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('sidebar-rail')).toBeVisible();
  await expect(page.getByTestId('inspector-rail')).toBeVisible();
  // The folded sidebar still switches to the templates and back.
  await page.getByTestId('sidebar-rail').getByRole('button', { name: 'Templates' }).click();
  await expect(page.getByTestId('mjml-editor').or(page.getByText('Choose a template on the left'))).toBeVisible();
  await page.getByTestId('sidebar-rail').getByRole('button', { name: 'Journeys' }).click();
  await expect(page.getByTestId('canvas')).toBeVisible();

  // Ctrl+B and Ctrl+I bring them back.
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.press(`${mod}+i`);
  await expect(page.getByTestId('journey-list')).toBeVisible();
  await expect(page.getByTestId('journey-inspector')).toBeVisible();
  expect((await canvasBox(page)).width).toBeCloseTo(before, -1);
});

test('fit never zooms below a readable size: the rest is a scroll away; the minimap is small', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await expect(app.nodes()).toHaveCount(30);
  await page.locator('.react-flow__controls-zoomout').click();
  await page.locator('.react-flow__controls-zoomout').click();
  await page.getByTestId('toolbar-fitView').click();
  await expect.poll(() => app.zoom()).toBeGreaterThanOrEqual(0.7);
  const canvas = await canvasBox(page);
  const entry = (await page.getByTestId('node-entry').boundingBox())!;
  expect(entry.x).toBeGreaterThan(canvas.x);
  expect(entry.x + entry.width).toBeLessThan(canvas.x + canvas.width / 2);
  // Scrolling moves the view at the same zoom; Ctrl + scroll zooms.
  const zoom = await app.zoom();
  const x0 = (await page.getByTestId('node-entry').boundingBox())!.x;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 400);
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await page.getByTestId('node-entry').boundingBox())!.x).toBeLessThan(x0 - 100);
  expect(await app.zoom()).toBe(zoom);
  await page.keyboard.down(mod);
  await page.mouse.wheel(0, 300);
  await page.keyboard.up(mod);
  await expect.poll(() => app.zoom()).toBeLessThan(zoom);

  const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
  expect(minimap.width).toBeLessThanOrEqual(160);
  expect(minimap.height).toBeLessThanOrEqual(100);

  // A small journey fits whole.
  await app.createJourney('Fits whole');
  await page.getByTestId('palette-sendEmail').click();
  await page.getByTestId('palette-exit').click();
  await page.getByTestId('toolbar-fitView').click();
  await page.waitForTimeout(300);
  const fitted = await canvasBox(page);
  for (const box of await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.left).toBeGreaterThanOrEqual(fitted.x);
    expect(box.right).toBeLessThanOrEqual(fitted.x + fitted.width);
  }
});

test('top to bottom beside left to right, chosen per journey; tidying keeps every branch in its outputs’ order', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  const webinar = app.journey('Webinar: Marketing automation live (sample)');
  await webinar.locator('.journey-item__open').click();
  await webinar.getByTestId('duplicate-journey').click();
  await expect(app.title).toHaveText('Webinar: Marketing automation live (sample) (copy)');
  await expect(app.nodes()).toHaveCount(22);

  await page.getByTestId('direction-topToBottom').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-direction', 'topToBottom');
  await expect(page.getByTestId('direction-topToBottom')).toHaveAttribute('aria-pressed', 'true');
  // Downwards: every connection goes down; branches side by side in their outputs' order.
  for (const c of await connections(page)) expect((await app.flowPosition(c.target)).y, `${c.source} → ${c.target}`).toBeGreaterThan((await app.flowPosition(c.source)).y);
  const down = await branchesAcross(page, app, 'x');
  expect(down.length).toBeGreaterThanOrEqual(3);
  for (const b of down) expect(b.across, b.source).toEqual([...b.across].sort((p, q) => p - q));
  // Inputs on top, outputs along the bottom.
  await expect(page.getByTestId('handle-topic_check-in')).toHaveClass(/react-flow__handle-top/);
  await expect(page.getByTestId('handle-topic_check-yes')).toHaveClass(/react-flow__handle-bottom/);
  await expect(page.locator('.react-flow__edge')).toHaveCount((await connections(page)).length);

  // One undo takes back the direction and the layout together.
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-direction', 'leftToRight');
  await expect(page.getByTestId('handle-topic_check-yes')).toHaveClass(/react-flow__handle-right/);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-direction', 'topToBottom');
  await app.waitUntilSaved();
  await page.reload();
  await expect(app.title).toHaveText('Webinar: Marketing automation live (sample) (copy)');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-direction', 'topToBottom');
  // Per journey: the original is still drawn left to right.
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-direction', 'leftToRight');

  // Back to left to right on the copy, tidied: yes above no, reacted above timed out.
  await app.journey('Webinar: Marketing automation live (sample) (copy)').locator('.journey-item__open').click();
  await page.getByTestId('direction-leftToRight').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-direction', 'leftToRight');
  for (const c of await connections(page)) expect((await app.flowPosition(c.target)).x, `${c.source} → ${c.target}`).toBeGreaterThan((await app.flowPosition(c.source)).x);
  for (const b of await branchesAcross(page, app, 'y')) expect(b.across, b.source).toEqual([...b.across].sort((p, q) => p - q));
  await page.getByTestId('toolbar-autoLayout').click();
  for (const b of await branchesAcross(page, app, 'y')) expect(b.across, b.source).toEqual([...b.across].sort((p, q) => p - q));

  const copy = page.locator('.journey-item--open');
  await copy.getByTestId('delete-journey').click();
  await copy.getByTestId('confirm-delete').click();
  await expect(app.journey('Webinar: Marketing automation live (sample) (copy)')).toHaveCount(0);
});

test('connection labels are never hidden by a step card, on screen or in the PNG; a branch nobody took is drawn empty', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Labels on top');
  const entry = (await app.nodes('entry').getAttribute('data-testid'))!.replace('node-', '');
  await page.getByTestId(`add-after-${entry}-next`).click();
  await page.getByTestId('step-menu-condition').click();
  const condition = (await page.getByTestId('step-inspector').getAttribute('data-node-id'))!;
  await page.getByTestId(`add-after-${condition}-yes`).click();
  await page.getByTestId('step-menu-exit').click();
  const yes = (await page.getByTestId('step-inspector').getAttribute('data-node-id'))!;
  await page.getByTestId(`add-after-${condition}-no`).click();
  await page.getByTestId('step-menu-exit').click();

  // "If opened any email" with no email before it: nobody takes "yes".
  await app.simulate({ count: 200 });
  const yesEdge = page.locator(`.react-flow__edge[data-output="yes"][aria-label^="Edge from ${condition} "]`);
  const noEdge = page.locator(`.react-flow__edge[data-output="no"][aria-label^="Edge from ${condition} "]`);
  const yesId = (await yesEdge.getAttribute('data-id'))!;
  const noId = (await noEdge.getAttribute('data-id'))!;
  await expect(page.getByTestId(`share-${yesId}`)).toHaveText(/^ · 0\s?%$/);
  await expect(yesEdge.locator('.react-flow__edge-path')).toHaveClass(/edge--empty/);
  await expect(page.getByTestId(`edge-label-${yesId}`)).toHaveClass(/edge-label--empty/);
  await expect(noEdge.locator('.react-flow__edge-path')).not.toHaveClass(/edge--empty/);
  await expect(page.getByTestId(`edge-label-${noId}`)).not.toHaveClass(/edge-label--empty/);

  // Drag the "yes" exit right over the "no" label (at 100 %, so a 1 px border is one pixel): the label stays on top.
  while ((await app.zoom()) < 1) {
    await page.locator('.react-flow__controls-zoomin').click();
    await page.waitForTimeout(150);
  }
  const label = page.getByTestId(`edge-label-${noId}`);
  const at = (await label.boundingBox())!;
  const card = (await page.getByTestId(`node-${yes}`).boundingBox())!;
  await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2, { steps: 10 });
  await page.mouse.up();
  // What the screen shows where the label is: the label's own border colour, not the card's white.
  // Both boxes are measured afresh on each try, once the canvas has settled after the drop (a busy
  // machine can catch a frame in between, with the label or the card not yet where they end up).
  const borderPixels = async () => {
    const covering = (await page.getByTestId(`node-${yes}`).boundingBox())!;
    const labelNow = (await label.boundingBox())!;
    const covered = covering.x < labelNow.x && covering.x + covering.width > labelNow.x + labelNow.width;
    if (!covered) return -1;
    const shot = await page.screenshot({ clip: { x: labelNow.x - 2, y: labelNow.y - 2, width: labelNow.width + 4, height: labelNow.height + 4 } });
    return countColour(readPng(shot), LABEL_BORDER_NO, 4);
  };
  await expect.poll(borderPixels, { timeout: 10_000 }).toBeGreaterThan(40);

  // In the PNG too: the "no" label's border colour (used by nothing else on the canvas) is drawn.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const image = readPng(fs.readFileSync((await download.path())!));
  expect(countColour(image, LABEL_BORDER_NO, 4)).toBeGreaterThan(60);
});
