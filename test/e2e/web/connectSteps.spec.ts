import type { Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** No two step cards on screen overlap. */
async function expectNoOverlap(page: Page) {
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), ...e.getBoundingClientRect().toJSON() })));
  for (const a of boxes) {
    for (const b of boxes) {
      if (a.id! >= b.id!) continue;
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
}

const selectedStep = async (page: Page) => (await page.getByTestId('step-inspector').getAttribute('data-node-id'))!;

test('steps connect themselves: palette clicks continue from the selected step, "+" and the A key add at an output', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Built by clicks');
  const entry = (await app.nodes('entry').getAttribute('data-testid'))!.replace('node-', '');

  // The first-use hint explains how to start, and goes once there is a step.
  await expect(page.getByTestId('first-use-hint')).toBeVisible();
  await page.getByTestId(`node-${entry}`).click();
  await page.getByTestId('palette-sendEmail').click();
  const email = await selectedStep(page);
  await expect(page.getByTestId('first-use-hint')).toHaveCount(0);
  expect(await app.targetOf(entry, 'next')).toBe(email);
  // A second click goes after the new one, not on top of it.
  await page.getByTestId('palette-waitForEvent').click();
  const wait = await selectedStep(page);
  expect(await app.targetOf(email, 'next')).toBe(wait);
  expect((await app.flowPosition(wait)).x).toBeGreaterThan((await app.flowPosition(email)).x + 200);

  // "+" on the free "timed out" output: a menu of steps, narrowed by typing, Enter picks.
  await page.getByTestId(`add-after-${wait}-timeout`).click();
  await expect(page.getByTestId('step-menu')).toBeVisible();
  await expect(page.getByTestId('step-menu-entry')).toHaveCount(0); // nothing connects into an entry
  await page.getByTestId('step-menu-search').fill('exit');
  await page.keyboard.press('Enter');
  const timedOut = await selectedStep(page);
  expect(await app.targetOf(wait, 'timeout')).toBe(timedOut);
  await expect(page.getByTestId(`node-${timedOut}`)).toHaveAttribute('data-node-type', 'exit');
  // The "reacted" output is still free; its "+" names it.
  await expect(page.getByTestId(`add-after-${wait}-event`)).toContainText('reacted');
  await page.getByTestId(`add-after-${wait}-event`).click();
  await page.getByTestId('step-menu-adjustScore').click();
  const bonus = await selectedStep(page);
  expect(await app.targetOf(wait, 'event')).toBe(bonus);
  // Reacted above timed out.
  expect((await app.flowPosition(bonus)).y).toBeLessThan((await app.flowPosition(timedOut)).y);

  // The A key opens the same menu after the selected step.
  await page.keyboard.press('a');
  await page.getByTestId('step-menu-search').fill('stage');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const stage = await selectedStep(page);
  await expect(page.getByTestId(`node-${stage}`)).toHaveAttribute('data-node-type', 'setStage');
  expect(await app.targetOf(bonus, 'next')).toBe(stage);
  // Escape closes the menu without adding anything.
  await page.keyboard.press('a');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-menu')).toHaveCount(0);
  await expect(app.nodes()).toHaveCount(6);
  await expectNoOverlap(page);

  // Every output of the entry is taken: a palette click goes into its connection, and what
  // follows moves along to make room — one edit, undone at once.
  const emailAt = await app.flowPosition(email);
  await page.keyboard.press('Shift+1'); // fit: too wide to read whole, so it starts at the entry
  await page.waitForTimeout(300);
  await page.getByTestId(`node-${entry}`).click();
  await page.getByTestId('palette-wait').click();
  const pause = await selectedStep(page);
  expect(await app.targetOf(entry, 'next')).toBe(pause);
  expect(await app.targetOf(pause, 'next')).toBe(email);
  expect((await app.flowPosition(email)).x).toBeGreaterThan(emailAt.x);
  await expectNoOverlap(page);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId(`node-${pause}`)).toHaveCount(0);
  expect(await app.targetOf(entry, 'next')).toBe(email);
  expect(await app.flowPosition(email)).toEqual(emailAt);

  await app.waitUntilSaved();
  await page.reload();
  await expect(app.title).toHaveText('Built by clicks');
  await expect(app.nodes()).toHaveCount(6);
  await expect(app.edges()).toHaveCount(5);
});

test('the palette is compact, filtered by typing, and shows every step in German too', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await page.getByTestId('preference-language').selectOption('de');
  const palette = page.getByTestId('palette');
  const box = (await palette.boundingBox())!;
  // Nothing cut off: the last kind lies inside the palette, which needs no sideways scrolling.
  const last = (await page.getByTestId('palette-updateAttribute').boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height);
  expect(await palette.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(box.width).toBeLessThan(190);
  await expect(page.getByTestId('palette-handoff')).toHaveAttribute('title', /Einem Vertriebler zuweisen/);

  await page.getByTestId('palette-search').fill('warten');
  await expect(palette.locator('[data-testid^="palette-"][draggable]')).toHaveCount(2);
  await expect(page.getByTestId('palette-wait')).toBeVisible();
  await expect(page.getByTestId('palette-waitForEvent')).toBeVisible();
  await page.getByTestId('palette-search').fill('ubergeben');
  await expect(palette.locator('[data-testid^="palette-"][draggable]')).toHaveCount(1);
  await page.getByTestId('palette-search').fill('');
  await page.getByTestId('preference-language').selectOption('en');
  await expect(page.getByTestId('palette-sendEmail')).toHaveText('Send email');
});
