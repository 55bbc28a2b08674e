import type { Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

/** Drags a step from the palette to a point of the canvas; returns the new step's id. */
async function dropStep(page: Page, type: string, x: number, y: number): Promise<string> {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
  const inspector = page.getByTestId('step-inspector');
  await expect(inspector).toBeVisible();
  const id = (await inspector.getAttribute('data-node-id'))!;
  await expect(page.getByTestId(`node-${id}`)).toHaveAttribute('data-node-type', type);
  return id;
}

test('build the whitepaper follow-up by drag and drop, then drop a step into a connection', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Whitepaper, drawn by hand');
  const entry = (await app.nodes('entry').getAttribute('data-testid'))!.replace('node-', '');
  // Zoom out so the whole journey fits the visible canvas. Every step stays well inside the
  // pane: within 40 px of its edge, dragging a connection auto-pans the canvas under the
  // pointer, and how far it pans depends on the machine's speed.
  for (let i = 0; i < 4; i++) await page.locator('.react-flow__controls-zoomout').click();

  const email = await dropStep(page, 'sendEmail', 140, 200);
  const waitClick = await dropStep(page, 'waitForEvent', 280, 200);
  await page.getByTestId('inspector-reaction').selectOption('click');
  await page.getByTestId('inspector-timeout').fill('3');
  const bonus = await dropStep(page, 'adjustScore', 380, 120);
  await page.getByTestId('inspector-points').fill('10');
  const mql = await dropStep(page, 'setStage', 500, 120);
  const handoff = await dropStep(page, 'handoff', 480, 190);
  const reminder = await dropStep(page, 'sendEmail', 380, 300);
  const done = await dropStep(page, 'exit', 500, 300);

  const connections: [string, string, string][] = [
    [entry, 'next', email],
    [email, 'next', waitClick],
    [waitClick, 'event', bonus],
    [waitClick, 'timeout', reminder],
    [bonus, 'next', mql],
    [mql, 'next', handoff],
    [reminder, 'next', done],
  ];
  for (const [source, output, target] of connections) {
    await app.connect(source, output, target);
    await expect(app.edgeBetween(source, target), `${output} of ${source} to ${target}`).toHaveCount(1);
  }
  await expect(app.edges()).toHaveCount(7);
  await expect(page.getByTestId(`node-${waitClick}`)).toContainText('Until a click in any email, at most 3 days');
  await expect(page.getByTestId(`node-${bonus}`)).toContainText('+10 engagement points');
  await expect(page.getByTestId(`node-${mql}`)).toContainText('Stage becomes MQL');

  // Drop a wait onto the email → wait-for-click connection: it is inserted and rewired.
  const edge = page.locator(`.react-flow__edge[aria-label="Edge from ${email} to ${waitClick}"] .react-flow__edge-interaction`);
  const box = (await edge.boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const inserted = await dropStep(page, 'wait', box.x + box.width / 2 - canvas.x, box.y + box.height / 2 - canvas.y);
  await expect(app.edgeBetween(email, inserted)).toHaveCount(1);
  await expect(app.edgeBetween(inserted, waitClick)).toHaveCount(1);
  await expect(app.edgeBetween(email, waitClick)).toHaveCount(0);
  await expect(app.edges()).toHaveCount(8);

  await app.waitUntilSaved();
  await page.reload();
  await expect(app.title).toHaveText('Whitepaper, drawn by hand');
  await expect(app.nodes()).toHaveCount(9);
  await expect(app.edges()).toHaveCount(8);
});
