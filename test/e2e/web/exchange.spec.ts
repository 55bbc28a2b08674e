import fs from 'node:fs';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

test('export a journey as a file and import it again; a broken file shows every problem and changes nothing', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await expect(app.title).toHaveText('Whitepaper follow-up (sample)');

  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-journey').click()]);
  expect(download.suggestedFilename()).toBe('whitepaper-follow-up-sample.journey.json');
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'nurture-studio.journey', formatVersion: 1, journey: { id: 'sample_whitepaper' } });
  expect(exported.templates.length).toBeGreaterThan(0);

  // A broken copy: wrong types in two places.
  const broken = structuredClone(exported);
  broken.journey.nodes[2].params.timeout.amount = 'three';
  broken.journey.edges[0].sourceOutput = 42;
  const before = await page.getByTestId('journey-item').count();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-journey').click()]);
  await chooser.setFiles({ name: 'broken.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const dialog = page.getByTestId('import-problems');
  await expect(dialog).toContainText('broken.journey.json');
  await expect(dialog).toContainText('$.journey.nodes[2].params.timeout.amount');
  await expect(dialog).toContainText('$.journey.edges[0].sourceOutput');
  // Each problem in words: the step by its place, name and kind, the field, and what is wrong.
  await expect(dialog.getByTestId('import-problem')).toHaveCount(2);
  await expect(dialog).toContainText('Step 3 “Clicked the whitepaper?” (Wait for reaction), timeout › amount: Enter a number in the allowed range.');
  await expect(dialog).toContainText('Connection 1, source output:');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('journey-item')).toHaveCount(before);

  // The good file: the library has that journey already, so the app asks; as a copy it gets a
  // new id and a numbered name, and reuses the templates the library already has.
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-journey').click()]);
  await again.setFiles({ name: 'good.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByTestId('import-question')).toContainText('A journey named “Whitepaper follow-up (sample)” is already in the library');
  await page.getByTestId('import-copy').click();
  await expect(page.getByTestId('journey-item')).toHaveCount(before + 1);
  await expect(app.title).toHaveText('Whitepaper follow-up (sample) (2)');
  await expect(page.getByTestId('node-email_delivery')).not.toContainText('not in the library');
  await expect(page.getByTestId('editor')).not.toHaveAttribute('data-journey-id', 'sample_whitepaper');
  await expect(app.nodes()).toHaveCount(30);

  // Leave the shared test data as it was: delete the imported copy.
  const remove = async () => {
    const copy = page.locator('.journey-item--open');
    await copy.getByTestId('delete-journey').click();
    await copy.getByTestId('confirm-delete').click();
    await expect(page.getByTestId('journey-item')).toHaveCount(before);
  };
  await remove();

  // A journey bringing a template the library does not have: its email step names it at once.
  const fresh = structuredClone(exported);
  fresh.journey.id = 'j_fresh_import';
  fresh.journey.name = 'Brings its own template';
  const delivery = fresh.journey.nodes.find((n: { id: string }) => n.id === 'email_delivery');
  const template = fresh.templates.find((t: { id: string }) => t.id === delivery.params.templateId);
  template.id = 't_brought_along';
  template.subject = 'A subject only this file has';
  delivery.params.templateId = 't_brought_along';
  delivery.params.subject = '';
  const [third] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-journey').click()]);
  await third.setFiles({ name: 'fresh.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fresh)) });
  await expect(app.title).toHaveText('Brings its own template');
  await expect(page.getByTestId('node-email_delivery')).toContainText('A subject only this file has');
  await remove();
});
