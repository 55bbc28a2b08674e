import fs from 'node:fs';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

test('export to Klaviyo and Mautic: the capability report first, a step clicked in it selected on the canvas, then the file', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await expect(app.title).toHaveText('Webinar: Marketing automation live (sample)');

  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-klaviyo').click();
  const report = page.getByTestId('capability-report');
  await expect(report).toHaveAttribute('data-target', 'klaviyo');
  await expect(page.getByTestId('report-summary')).toHaveText(/\d+ mapped, \d+ approximated, \d+ dropped/);
  await expect(report.locator('[data-status="dropped"]').first()).toContainText('Attended');
  await expect(page.getByTestId('report-todo')).toContainText('<<template:tpl_webinar_confirm>>');

  await page.getByTestId('report-step-wait_attend').click();
  await expect(page.locator('.react-flow__node[data-id="wait_attend"] .step')).toHaveClass(/step--selected/);
  await page.screenshot({ path: test.info().outputPath('capability-report.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save').click()]);
  expect(download.suggestedFilename()).toBe('webinar-marketing-automation-live-sample.klaviyo.json');
  const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ target: 'klaviyo', flow: { method: 'POST', path: '/api/flows', body: { data: { type: 'flow' } } } });
  await expect(report).toHaveCount(0);

  // Mautic, cancelled: nothing is saved.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-mautic').click();
  await expect(report).toHaveAttribute('data-target', 'mautic');
  await expect(report).toContainText('Jump to event');
  await page.getByTestId('report-cancel').click();
  await expect(report).toHaveCount(0);
});

test('export to HubSpot, Salesforce Marketing Cloud and Dittofeed: each shows its report and saves its file', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await expect(app.title).toHaveText('Whitepaper follow-up (sample)');
  const expected = {
    hubspot: { file: 'whitepaper-follow-up-sample.hubspot.json', shape: { target: 'hubspot', flow: { method: 'POST', path: '/automation/v4/flows' } }, note: 'Not verified against HubSpot' },
    sfmc: { file: 'whitepaper-follow-up-sample.sfmc.json', shape: { target: 'sfmc', journey: { method: 'POST', path: '/interaction/v1/interactions' } }, note: 'Journey Builder' },
    dittofeed: { file: 'whitepaper-follow-up-sample.dittofeed.json', shape: { target: 'dittofeed', journey: { method: 'PUT', path: '/api/admin/journeys' } }, note: 'segment' },
  } as const;
  const report = page.getByTestId('capability-report');
  for (const [target, want] of Object.entries(expected)) {
    await page.getByTestId('export-menu').click();
    await page.getByTestId(`export-${target}`).click();
    await expect(report).toHaveAttribute('data-target', target);
    await expect(report).toContainText(want.note);
    await page.screenshot({ path: test.info().outputPath(`capability-report-${target}.png`) });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save').click()]);
    expect(download.suggestedFilename()).toBe(want.file);
    expect(JSON.parse(fs.readFileSync((await download.path())!, 'utf8'))).toMatchObject(want.shape);
    await expect(report).toHaveCount(0);
  }
});
