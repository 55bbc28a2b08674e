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
  await page.getByTestId('import-problems-close').click();
  await expect(page.getByTestId('journey-item')).toHaveCount(before);

  // The good file imports as a new journey (its id is taken, so it gets a new one) and opens.
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-journey').click()]);
  await again.setFiles({ name: 'good.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByTestId('journey-item')).toHaveCount(before + 1);
  await expect(app.title).toHaveText('Whitepaper follow-up (sample)');
  await expect(page.getByTestId('editor')).not.toHaveAttribute('data-journey-id', 'sample_whitepaper');
  await expect(app.nodes()).toHaveCount(24);

  // Leave the shared test data as it was: delete the imported copy.
  const copy = page.locator('.journey-item--open');
  await copy.getByTestId('delete-journey').click();
  await copy.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('journey-item')).toHaveCount(before);
});
