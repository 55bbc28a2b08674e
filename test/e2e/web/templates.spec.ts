import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

async function openTemplate(page: Page, name: string) {
  await page.getByTestId('tab-templates').click();
  await page.locator(`[data-testid="template-item"][data-template-name="${name}"] .journey-item__open`).click();
  await expect(page.getByTestId('template-name')).toHaveValue(name);
  await expect(page.getByTestId('template-preview')).toBeVisible();
}

/** Puts the cursor at the end of the first editor line containing `text`. */
async function cursorAfter(page: Page, text: string) {
  await page.locator('.cm-line', { hasText: text }).first().click();
  await page.keyboard.press('End');
}

test('edit a starter template, see the preview change, break it, jump to the error, restore a revision', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await openTemplate(page, 'Welcome / inquiry confirmation');
  const preview = page.getByTestId('template-preview');
  await expect(preview).toHaveAttribute('srcdoc', /Thanks for getting in touch/);
  await expect(page.getByTestId('template-problems')).toContainText('No problems');

  // Edit the heading: the preview follows after a short pause, merge tags filled from a prospect.
  await cursorAfter(page, 'Thanks for getting in touch');
  await page.keyboard.press('Home');
  await page.keyboard.insertText('        <mj-text>A warm hello from the e2e test</mj-text>\n');
  await expect(preview).toHaveAttribute('srcdoc', /A warm hello from the e2e test/);
  await expect(preview).not.toHaveAttribute('srcdoc', /\{\{firstName\}\}/);
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-status')).toHaveText('Saved · revision 2');

  // Break it: an unknown tag is reported with its line; clicking the problem moves the cursor there.
  await cursorAfter(page, 'A warm hello from the e2e test');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('<mj-textt>broken</mj-textt>');
  const problem = page.getByTestId('template-problem').filter({ hasText: "mj-textt doesn't exist" });
  await expect(problem).toBeVisible();
  const line = Number((await problem.locator('.template-problem__line').innerText()).replace(/\D/g, ''));
  expect(line).toBeGreaterThan(5);
  await page.locator('.cm-line').first().click();
  await problem.click();
  await expect(page.locator('.cm-activeLine')).toContainText('mj-textt');
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText(String(line));
  // Saving with an error asks first and names it; "keep editing" saves nothing, "save anyway" saves.
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-save-confirm')).toContainText("mj-textt doesn't exist");
  await page.getByTestId('template-save-cancel').click();
  await expect(page.getByTestId('template-status')).toHaveText('Unsaved changes');
  await page.getByTestId('template-save').click();
  await page.getByTestId('template-save-anyway').click();
  await expect(page.getByTestId('template-status')).toHaveText('Saved · revision 3');

  // Restore the first revision: the original text is back, as a new revision.
  await page.getByTestId('restore-1').click();
  await expect(page.getByTestId('template-status')).toHaveText('Saved · revision 4');
  await expect(preview).toHaveAttribute('srcdoc', /Thanks for getting in touch/);
  await expect(preview).not.toHaveAttribute('srcdoc', /A warm hello/);
  await expect(page.locator('.cm-content')).not.toContainText('mj-textt');
  await expect(page.getByTestId('template-problems')).toContainText('No problems');
});

test('the preview is sandboxed and loads nothing remote', async ({ page, webHost }) => {
  let hits = 0;
  const tracker = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end();
  });
  await new Promise<void>((resolve) => tracker.listen(0, '127.0.0.1', resolve));
  const pixel = `http://127.0.0.1:${(tracker.address() as AddressInfo).port}/pixel.png`;
  try {
    const app = new AppPage(page);
    await app.open(webHost.url);
    await openTemplate(page, 'Case study');
    await cursorAfter(page, 'Read the case study');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`<mj-image src="${pixel}" alt="tracking pixel" /><mj-text><img src="${pixel}?inline" alt="x"></mj-text>`);
    const preview = page.getByTestId('template-preview');
    await expect(preview).toHaveAttribute('srcdoc', new RegExp(pixel.replace(/[.?]/g, '\\$&')));
    await expect(preview).toHaveAttribute('sandbox', '');
    await page.waitForTimeout(800);
    expect(hits).toBe(0);
  } finally {
    tracker.close();
  }
});

test('an email step picks its template from the library and shows its subject', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Template picking');
  const email = await app.addStep('sendEmail');
  await expect(page.getByTestId(`node-${email}`)).toContainText('No template chosen');
  await page.getByTestId('template-picker-search').fill('case');
  await page.getByTestId('template-option').filter({ hasText: 'Fallstudie' }).click();
  await expect(page.getByTestId('email-step-template')).toContainText('Fallstudie');
  await expect(page.getByTestId(`node-${email}`)).toContainText('Wie Nordwind seine MQLs in einem Quartal verdoppelte');
  await app.waitUntilSaved();
  await page.reload();
  await expect(page.getByTestId(`node-${email}`)).toContainText('Wie Nordwind seine MQLs');
});

test('undo in the MJML editor stays within the template: open A, open B, type, undo twice — B never gets A’s MJML', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await openTemplate(page, 'Welcome / inquiry confirmation');
  await expect(page.locator('.cm-content')).toContainText('Thanks for getting in touch');
  await openTemplate(page, 'Case study');
  const caseStudyTitle = 'How Nordwind doubled its MQLs in one quarter';
  await expect(page.locator('.cm-content')).toContainText(caseStudyTitle);

  await cursorAfter(page, '<mj-body');
  await page.keyboard.insertText(' ');
  await expect(page.getByTestId('template-status')).toHaveText('Unsaved changes');
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  for (let i = 0; i < 3; i++) await page.keyboard.press(`${mod}+z`);
  // CodeMirror applies an undo within the key press: read the text once, no retrying.
  const text = await page.locator('.cm-content').innerText();
  expect(text).toContain(caseStudyTitle);
  expect(text).not.toContain('Thanks for getting in touch');
  await expect(page.getByTestId('template-name')).toHaveValue('Case study');
});
