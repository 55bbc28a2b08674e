// A journey that is valid but cannot do its job says so, and the warning leads to the
// setting that causes it; a template saved with errors shows up on the journeys that send it.
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

test('a stage rule no prospect can meet is a warning that opens the scoring tab, and says what is left once a fit rule can give the grade', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Unreachable MQL');
  await page.getByTestId('journey-tab-scoring').click();
  await page.getByRole('button', { name: 'Add stage rule' }).click();
  const warning = page.locator('[data-testid="problem"][data-code="stage_rule_unreachable"]');
  await expect(warning).toContainText('The stage rule to MQL needs fit grade B or better, but the fit rules give at most D');
  await expect(warning).toHaveAttribute('data-setting', 'scoring');

  await page.getByTestId('journey-tab-settings').click();
  await warning.click();
  await expect(page.getByTestId('journey-tab-scoring')).toHaveAttribute('aria-selected', 'true');

  // A fit rule worth 40 points lifts the best grade to B.
  await page.getByRole('button', { name: 'Add fit rule' }).click();
  const points = page.getByTestId('journey-inspector').getByLabel('Points').first();
  await points.fill('40');
  await expect(warning).not.toContainText('fit grade');
  // Fit is possible now; what is left is that this journey earns no engagement points at all.
  await expect(warning).toContainText('needs 50 engagement points, but nothing in the journey earns points');
});

test('saving a template without an unsubscribe link asks first; the journey sending it shows the problem', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await page.getByTestId('tab-templates').click();
  await page.getByTestId('new-template').click();
  await expect(page.getByTestId('template-name')).toHaveValue('Untitled template');
  await page.getByTestId('template-name').fill('No way out');
  await page.getByTestId('template-subject').fill('Hello');
  // Take the brand footer (with the unsubscribe link) out.
  await page.locator('.cm-line', { hasText: 'brand-footer' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('template-problems')).toContainText('No unsubscribe link');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-save-confirm')).toContainText('No unsubscribe link');
  await page.getByTestId('template-save-anyway').click();
  await expect(page.getByTestId('template-status')).toContainText('Saved');

  await page.getByTestId('tab-journeys').click();
  await app.createJourney('Sends the broken one');
  const email = await app.addStep('sendEmail');
  await page.getByTestId('template-picker-search').fill('No way out');
  await page.getByTestId('template-option').first().click();
  await expect(page.locator(`[data-testid="problem"][data-code="no_unsubscribe_link"][data-node-id="${email}"]`)).toContainText('Template “No way out” used by');
});

test('a score check placed right after a send is checked before any reaction can arrive; a wait before it ends the warning', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Too early');
  await app.nodes('entry').first().click();
  await app.addStep('sendEmail'); // placed after the entry, connected, and selected
  const check = await app.addStep('condition');
  await page.getByTestId('inspector-rule-kind').selectOption('score');
  await page.getByTestId('inspector-at-least').fill('30');
  const warning = page.locator(`[data-testid="problem"][data-code="condition_too_early"][data-node-id="${check}"]`);
  await expect(warning).toContainText('is checked before any reaction can arrive');
  await expect(warning).toContainText('its "yes" branch is never taken');
  // A wait put into the connection before the check gives prospects time to react.
  await page.getByTestId(`node-${check}`).click();
  await page.keyboard.press('Delete');
  const email = (await app.nodes('sendEmail').first().getAttribute('data-testid'))!.replace('node-', '');
  await page.getByTestId(`node-${email}`).click();
  await app.addStep('wait');
  const later = await app.addStep('condition');
  await page.getByTestId('inspector-rule-kind').selectOption('score');
  await expect(page.locator(`[data-testid="problem"][data-node-id="${later}"]`).first()).toBeVisible(); // its branches lead nowhere yet
  await expect(page.locator('[data-testid="problem"][data-code="condition_too_early"]')).toHaveCount(0);
});
