import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppPage } from '../support/appPage';
import { expect, startWebHost, test } from '../support/webHost';

test('a new user sees the seeded sample journey on the canvas', async ({ page }) => {
  // A data folder of its own: other tests in this worker change which journey opens first.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-e2e-fresh-'));
  const { host, child } = await startWebHost(dataDir);
  test.info().attach('data folder', { body: dataDir });
  const app = new AppPage(page);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  try {
  await app.open(host.url);
  await expect(app.journey('Whitepaper follow-up (sample)')).toBeVisible();
  await expect(app.title).toHaveText('Whitepaper follow-up (sample)');
  await expect(app.journey('Webinar: Marketing automation live (sample)')).toBeVisible();
  await expect(app.journey('Re-engagement: last chance (sample)')).toBeVisible();
  await expect(app.nodes()).toHaveCount(30);
  await expect(app.edges()).toHaveCount(31);
  await expect(page.getByTestId('node-wait_click')).toContainText('Until a click in “Whitepaper delivery”, at most 3 days');
  await expect(page.getByTestId('node-clicked_reminder')).toContainText('If clicked in “Reminder”');
  // The token left the address bar, and the strict CSP produced no violations.
  expect(page.url()).not.toContain('token=');
  expect(consoleErrors).toEqual([]);
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('create a journey, add two steps, connect them, reload: all persisted', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Webinar follow-up');
  await expect(app.nodes('entry')).toHaveCount(1);

  const email = await app.addStep('sendEmail');
  const wait = await app.addStep('wait');
  await app.connect(email, 'next', wait);
  await expect(app.edgeBetween(email, wait)).toHaveCount(1);
  await app.waitUntilSaved();

  await page.reload();
  await expect(app.title).toHaveText('Webinar follow-up');
  await expect(page.getByTestId(`node-${email}`)).toBeVisible();
  await expect(page.getByTestId(`node-${wait}`)).toBeVisible();
  await expect(app.edges()).toHaveCount(1);
  await expect(app.edgeBetween(email, wait)).toHaveCount(1);
  await expect(app.journey('Webinar follow-up')).toContainText('3 steps');
});

test('the canvas refuses a connection the model forbids', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Refusals');
  const exit = await app.addStep('exit');
  const entry = (await app.nodes('entry').getAttribute('data-testid'))!.replace('node-', '');
  // An exit has no outputs and the entry has no input: dropping onto the entry does nothing.
  await app.connect(entry, 'next', exit);
  await expect(app.edges()).toHaveCount(1);
  const wait = await app.addStep('wait');
  const from = await page.getByTestId(`handle-${wait}-next`).boundingBox();
  const to = await page.getByTestId(`node-${entry}`).boundingBox();
  await page.mouse.move(from!.x + 5, from!.y + 5);
  await page.mouse.down();
  await page.mouse.move(to!.x + 20, to!.y + 20, { steps: 10 });
  await page.mouse.up();
  await expect(app.edges()).toHaveCount(1);
});

test('rename, duplicate and delete journeys from the sidebar', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Re-engagement');
  const item = app.journey('Re-engagement');
  await item.hover();
  await item.getByTestId('rename-journey').click();
  await page.getByTestId('rename-input').fill('Win-back');
  await page.getByTestId('rename-input').press('Enter');
  await expect(app.journey('Win-back')).toBeVisible();
  await expect(app.title).toHaveText('Win-back');

  await app.journey('Win-back').getByTestId('duplicate-journey').click();
  await expect(app.title).toHaveText('Win-back (copy)');
  await expect(app.journey('Win-back (copy)')).toBeVisible();

  const copy = app.journey('Win-back (copy)');
  await copy.getByTestId('delete-journey').click();
  await copy.getByTestId('confirm-delete').click();
  await expect(app.journey('Win-back (copy)')).toHaveCount(0);
  await page.reload();
  await expect(app.journey('Win-back')).toBeVisible();
  await expect(app.journey('Win-back (copy)')).toHaveCount(0);
});

test('the API refuses a page that lacks the token', async ({ page, webHost }) => {
  await page.goto(webHost.origin + '/');
  await expect(page.locator('.startup-problem')).toContainText('npm run web');
  const status = await page.evaluate(async () => (await fetch('/api/journeys:list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(status).toBe(401);
});

test('an edit made just before the page closes is not lost', async ({ page, context, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Closed mid-edit');
  const exit = await app.addStep('exit');
  // Close at once, well inside the autosave pause: the page saves on its way out.
  await page.close({ runBeforeUnload: true });
  const again = new AppPage(await context.newPage());
  await again.open(webHost.url);
  await again.journey('Closed mid-edit').locator('.journey-item__open').click();
  await expect(again.page.getByTestId(`node-${exit}`)).toBeVisible();
});

test('a selected connection explains its branch and can be removed', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await expect(app.nodes()).toHaveCount(22);
  // The connection in view wherever it is: "fit" stops at a readable size, so zoom out by hand.
  const hit = page.locator('.react-flow__edge[data-id="e_topic_check_yes"] .react-flow__edge-interaction');
  await app.zoomOutUntilVisible(hit);
  await hit.click({ force: true });
  await expect(page.getByTestId('edge-inspector')).toContainText('The “yes” branch from Strong interest? to Hand off to sales.');
  await page.getByTestId('remove-edge').click();
  await expect(page.locator('.react-flow__edge[data-id="e_topic_check_yes"]')).toHaveCount(0);
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+z' : 'Control+z');
  await expect(page.locator('.react-flow__edge[data-id="e_topic_check_yes"]')).toHaveCount(1);
});
