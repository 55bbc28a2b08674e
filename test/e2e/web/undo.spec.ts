// Undo never loses part of an edit: deleting a connected step (with the key, several steps,
// a step and connections together, or cut) and undoing brings back every connection.
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('delete a connected step, undo: the step comes back with all its connections, through undo/redo chains', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await expect(app.nodes()).toHaveCount(30);
  await expect(app.edges()).toHaveCount(31);
  const step = page.getByTestId('node-score_click'); // two connections in, one out
  // Every step in view, to click it ("fit" stops at a readable size, so zoom out by hand).
  await app.zoomOutUntilVisible(page.getByTestId('node-wait_click'));
  await app.zoomOutUntilVisible(step);
  await app.zoomOutUntilVisible(page.getByTestId('node-handoff'));

  await step.click();
  await page.keyboard.press('Delete');
  await expect(step).toHaveCount(0);
  await expect(app.edges()).toHaveCount(28);
  await page.keyboard.press(`${mod}+z`);
  await expect(step).toHaveCount(1);
  await expect(app.edges()).toHaveCount(31);
  await expect(app.edgeBetween('wait_click', 'score_click')).toHaveCount(1);
  await expect(app.edgeBetween('clicked_reminder', 'score_click')).toHaveCount(1);
  await expect(app.edgeBetween('score_click', 'fit_check')).toHaveCount(1);
  // Redo deletes again, undo restores again, and the toolbar does the same.
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(app.edges()).toHaveCount(28);
  await page.getByTestId('toolbar-undo').click();
  await expect(app.edges()).toHaveCount(31);

  // Several steps and a loose connection, selected together and deleted.
  await page.getByTestId('node-fit_check').click();
  await page.getByTestId('node-handoff').click({ modifiers: [mod] });
  await app.edgeBetween('entry', 'email_delivery').click({ modifiers: [mod] });
  await page.keyboard.press('Delete');
  await expect(app.nodes()).toHaveCount(28);
  await expect(app.edges()).toHaveCount(22); // the two steps' eight connections (the hand-off has four answers) and the loose one
  await page.keyboard.press(`${mod}+z`);
  await expect(app.nodes()).toHaveCount(30);
  await expect(app.edges()).toHaveCount(31);

  // Cut is one edit too.
  await page.getByTestId('node-wait_click').click();
  await page.keyboard.press(`${mod}+x`);
  await expect(page.getByTestId('node-wait_click')).toHaveCount(0);
  await expect(app.edges()).toHaveCount(28);
  await page.keyboard.press(`${mod}+z`);
  await expect(app.edges()).toHaveCount(31);

  // What is saved is what is shown: reload and count again.
  await app.waitUntilSaved();
  await page.reload();
  await expect(app.nodes()).toHaveCount(30);
  await expect(app.edges()).toHaveCount(31);
});
