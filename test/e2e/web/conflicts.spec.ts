// Two tabs editing one journey (or template) never overwrite each other: edits to different
// steps are merged and the app says so; the same step changed in both is refused with a
// choice (reload, or keep mine as a copy), and nothing stored is lost.
import type { Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

async function renameStep(page: Page, id: string, label: string) {
  await page.getByTestId(`node-${id}`).click();
  await page.getByTestId('inspector-label').fill(label);
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } }); // blur: the typing is one edit
}

test('two tabs: different steps are merged; the same step is refused and kept as a copy', async ({ page, webHost }) => {
  const first = new AppPage(page);
  await first.open(webHost.url);
  await first.createJourney('Two tabs');
  const email = await first.addStep('sendEmail');
  const wait = await first.addStep('wait');
  await first.waitUntilSaved();

  const other = await page.context().newPage();
  const second = new AppPage(other);
  await second.open(webHost.url);
  await second.journey('Two tabs').locator('.journey-item__open').click();
  await expect(other.getByTestId(`node-${wait}`)).toBeVisible();

  // Different steps: the second save is refused by the host, merged, saved, and said.
  await renameStep(page, email, 'Named in tab one');
  await first.waitUntilSaved();
  await renameStep(other, wait, 'Named in tab two');
  await expect(other.getByTestId('save-status')).toContainText('Merged with changes saved elsewhere');
  await expect(other.getByTestId(`node-${email}`)).toContainText('Named in tab one');
  await other.reload();
  await expect(other.getByTestId(`node-${email}`)).toContainText('Named in tab one');
  await expect(other.getByTestId(`node-${wait}`)).toContainText('Named in tab two');

  // The same step in both: tab one (still on the older version) is refused and chooses.
  await renameStep(page, wait, 'Tab one insists');
  await expect(page.getByTestId('conflict-banner')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await page.getByTestId('conflict-keep-copy').click();
  await expect(first.title).toHaveText('Two tabs (copy)');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Tab one insists');
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  // The stored original keeps what tab two saved.
  await other.reload();
  await second.journey('Two tabs').locator('.journey-item__open').click();
  await expect(second.title).toHaveText('Two tabs');
  await expect(other.getByTestId(`node-${wait}`)).toContainText('Named in tab two');
});

test('two tabs on one template: the second save is refused, the draft kept, and reload shows the stored one', async ({ page, webHost }) => {
  const open = async (p: Page) => {
    await new AppPage(p).open(webHost.url);
    await p.getByTestId('tab-templates').click();
    await p.locator('[data-testid="template-item"][data-template-name="Product details"] .journey-item__open').click();
    await expect(p.getByTestId('template-name')).toHaveValue('Product details');
  };
  await open(page);
  const other = await page.context().newPage();
  await open(other);
  await page.getByTestId('template-subject').fill('Subject from tab one');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-status')).toContainText('revision');
  await other.getByTestId('template-subject').fill('Subject from tab two');
  await other.getByTestId('template-save').click();
  await expect(other.getByTestId('conflict-banner')).toBeVisible();
  await expect(other.getByTestId('template-subject')).toHaveValue('Subject from tab two');
  await other.getByTestId('conflict-reload').click();
  await expect(other.getByTestId('template-subject')).toHaveValue('Subject from tab one');
  await expect(other.getByTestId('conflict-banner')).toHaveCount(0);
});
