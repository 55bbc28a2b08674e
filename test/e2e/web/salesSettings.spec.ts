// The journey's Sales and Costs tabs: switching the simulation of sales on, acceptance in
// percent, deal value and cost per email are kept over a reload; a chance the model refuses is
// shown at the field and never saved. The hand-off's answer branches switch as one undoable edit.
import type { Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('sales and cost figures are kept over a reload; accepted and rejected over 100 % is refused at the field and not saved', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Sales figures');
  await page.getByTestId('journey-tab-sales').click();
  await expect(page.getByTestId('journey-tab-sales')).toHaveAttribute('aria-selected', 'true');

  // Off by default: the figures are there but cannot be changed, and the line says what off means.
  const acceptB = page.getByTestId('sales-accept-B');
  const rejectB = page.getByTestId('sales-reject-B');
  await expect(acceptB).toBeDisabled();
  await expect(page.getByTestId('sales-enabled-hint')).toContainText('every hand-off counts as accepted');
  await page.getByLabel('Simulate what sales does with handed-over leads').check();
  await expect(acceptB).toBeEnabled();
  await expect(page.getByTestId('sales-enabled-hint')).toContainText('Sales answers each hand-off');

  // Grade B: 65 % accepted and 25 % rejected by default, 10 % no answer.
  await expect(acceptB).toHaveValue('65');
  const rowB = page.getByTestId('sales-acceptance').locator('tbody tr', { has: acceptB });
  await expect(rowB).toContainText('10%');
  await acceptB.fill('70');
  await expect(rowB).toContainText('5%');
  await rejectB.fill('30');
  await expect(rowB).toContainText('0%');
  await expect(page.getByLabel('Grade B: Accepted (%)')).toHaveValue('70'); // each cell is labelled by grade and column

  await page.getByTestId('sales-deal-B').fill('30000');
  await page.getByTestId('journey-tab-costs').click();
  await page.getByTestId('costs-per-email').fill('0.12');
  await page.getByTestId('costs-per-sales-hour').fill('90');
  await expect(page.getByTestId('costs-handoff-cost')).toHaveText('A hand-off costs €90 of sales time.');

  // 80 % accepted with 30 % rejected is more than every hand-off: refused, with the reason at the field.
  await page.getByTestId('journey-tab-sales').click();
  await acceptB.fill('80');
  await expect(acceptB).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sales-acceptance').getByRole('alert')).toHaveText('Accepted and rejected together must be at most 100 % (the rest goes unanswered).');
  // A percentage over 100 is told in percent, not as the share the model keeps.
  await page.getByTestId('sales-engaged-bonus').fill('120');
  await expect(page.getByRole('alert').filter({ hasText: 'percentage' })).toHaveText('Enter a percentage from 0 to 100.');
  await page.getByTestId('journey-inspector').screenshot({ path: test.info().outputPath('sales-refused.png') });
  await app.waitUntilSaved();

  await page.reload();
  await expect(app.title).toHaveText('Sales figures');
  await page.getByTestId('journey-tab-sales').click();
  await expect(page.getByTestId('sales-enabled')).toBeChecked();
  await expect(acceptB).toHaveValue('70');
  await expect(rejectB).toHaveValue('30');
  await expect(page.getByTestId('sales-engaged-bonus')).toHaveValue('10');
  await expect(page.getByTestId('sales-deal-B')).toHaveValue('30000');
  await page.getByTestId('journey-tab-costs').click();
  await expect(page.getByTestId('costs-per-email')).toHaveValue('0.12');
  await expect(page.getByTestId('costs-per-sales-hour')).toHaveValue('90');

  // The refused 80 % is taken as soon as rejected makes room for it: what the field shows is saved.
  await page.getByTestId('journey-tab-sales').click();
  await acceptB.fill('80');
  await expect(acceptB).toHaveAttribute('aria-invalid', 'true');
  await rejectB.fill('15');
  await expect(acceptB).toHaveAttribute('aria-invalid', 'false');
  await app.waitUntilSaved();
  await page.reload();
  await page.getByTestId('journey-tab-sales').click();
  await expect(acceptB).toHaveValue('80');
  await expect(rejectB).toHaveValue('15');
});

test('a team that answers differently, a feasibility rule and deal value from company size; undo takes an edit back', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Sales by team');
  await page.getByTestId('journey-tab-sales').click();
  await page.getByTestId('sales-enabled').check();
  // No team yet: the tab says where to set one up.
  await page.getByRole('button', { name: 'Open Routing' }).click();
  await expect(page.getByTestId('journey-tab-routing')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('routing-add-team').click();
  await page.getByTestId('journey-tab-sales').click();
  await page.getByTestId('sales-add-team').click();
  const team = page.getByTestId('sales-team-override');
  await expect(team.getByRole('combobox')).toHaveValue(/^team_/);
  await team.getByLabel('Grade A: Accepted (%)').fill('90');
  await expect(team.getByLabel('Grade A: Accepted (%)')).toHaveValue('90');
  await expect(page.getByTestId('sales-accept-A')).toHaveValue('80'); // the general table stays

  await page.getByTestId('sales-add-feasibility-rule').click();
  await expect(page.getByTestId('sales-feasibility-rule')).toHaveCount(1);

  await page.getByTestId('sales-deal-mode').selectOption('attribute');
  await expect(page.getByTestId('sales-deal-attribute')).toHaveValue('companySize');
  await expect(page.getByTestId('sales-deal-min')).toHaveValue('8000');
  await expect(page.getByTestId('sales-deal-max')).toHaveValue('40000');
  await page.getByTestId('sales-deal-per-unit').fill('25');
  await page.getByTestId('sales-deal-per-unit').blur();

  await page.locator('body').press(`${mod}+z`);
  await expect(page.getByTestId('sales-deal-per-unit')).toHaveValue('20');
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId('sales-deal-mode')).toHaveValue('byGrade');
});

test('the hand-off switches between one output and one per answer of sales, keeping the path, as one undoable edit', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Answer branches');
  await app.nodes('entry').first().click();
  const handoff = await app.addStep('handoff');
  const exit = await app.addStep('exit'); // after the hand-off's first output
  await expect(app.edgeBetween(handoff, exit)).toHaveAttribute('data-output', 'accepted');

  await page.getByTestId(`node-${handoff}`).click();
  const branch = page.getByTestId('inspector-branch-on-answer');
  await expect(branch).toBeChecked(); // new hand-offs branch on the answer
  await expect(page.getByTestId(`handle-${handoff}-notFeasible`)).toBeVisible();
  await page.getByLabel('Branch on sales’ answer').uncheck();
  await expect(page.getByTestId(`handle-${handoff}-accepted`)).toHaveCount(0);
  await expect(app.edgeBetween(handoff, exit)).toHaveAttribute('data-output', 'next');

  await page.getByTestId('toolbar-undo').click();
  await expect(branch).toBeChecked();
  await expect(app.edgeBetween(handoff, exit)).toHaveAttribute('data-output', 'accepted');

  // Sales is not simulated in this journey yet: the inspector says so and leads to the tab.
  await expect(page.getByTestId('inspector-sales-off')).toContainText('Sales simulation is off for this journey');
  await page.getByTestId('inspector-open-sales').click();
  await expect(page.getByTestId('journey-tab-sales')).toHaveAttribute('aria-selected', 'true');

  // A "rejected" branch can never be taken while sales is off: the warning opens the Sales tab too.
  await page.getByTestId(`node-${handoff}`).click();
  const rejectedExit = await app.addStep('exit');
  await expect(app.edgeBetween(handoff, rejectedExit)).toHaveAttribute('data-output', 'rejected');
  const warning = page.locator('[data-testid="problem"][data-code="branch_never_taken"][data-setting="sales"]');
  await expect(warning).toContainText('does not simulate sales');
  await warning.click();
  await expect(page.getByTestId('journey-tab-sales')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('sales-enabled').check();
  await expect(warning).toHaveCount(0);
  await page.getByTestId(`node-${handoff}`).click();
  await expect(branch).toBeVisible();
  await expect(page.getByTestId('inspector-sales-off')).toHaveCount(0);
});

test('in German a figure is shown and typed with a decimal comma, and a thousands point is read as one', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Komma');
  await page.getByTestId('preference-language').selectOption('de');
  await page.getByTestId('journey-tab-costs').click();
  const perEmail = page.getByLabel('Kosten pro E-Mail (€)');
  await expect(perEmail).toHaveValue('0,05');
  await perEmail.fill('0,08');
  await expect(page.getByLabel('Vertriebsstunden pro Übergabe')).toHaveValue('1');
  await page.getByLabel('Vertriebsstunden pro Übergabe').fill('1,5');
  await expect(page.getByTestId('costs-handoff-cost')).toHaveText('Eine Übergabe kostet 120 € an Vertriebszeit.');
  await page.getByLabel('Fixkosten (€)').fill('7.500'); // thousands point, the German way
  await page.getByLabel('Fixkosten (€)').blur();
  await expect(page.getByLabel('Fixkosten (€)')).toHaveValue('7500');
  await page.getByTestId('preference-language').selectOption('en');
  await expect(perEmail).toHaveCount(0);
  await expect(page.getByLabel('Cost per email (€)')).toHaveValue('0.08');
});

/** The inspector down to the end of its form (a tall window shows it all), in pieces a person can read. */
async function shootInspector(page: Page, name: string) {
  const panel = (await page.getByTestId('journey-inspector').boundingBox())!;
  const form = (await page.getByTestId('journey-inspector').locator('.inspector__section').boundingBox())!;
  const bottom = form.y + form.height + 14;
  for (let top = panel.y, part = 1; top < bottom; top += 800, part++) {
    await page.screenshot({ path: test.info().outputPath(`${name}-${part}.png`), clip: { x: panel.x, y: top, width: panel.width, height: Math.min(800, bottom - top) } });
  }
}

test('screenshots of the Sales and Costs tabs, light and dark, English and German', async ({ page, webHost }) => {
  await page.setViewportSize({ width: 1440, height: 2700 });
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Screenshots');
  await page.getByTestId('journey-tab-routing').click();
  await page.getByTestId('routing-add-team').click();
  await app.nodes('entry').first().click();
  const handoff = await app.addStep('handoff');
  await page.getByTestId('canvas').click({ position: { x: 600, y: 600 } });
  // A team with its own figures and a feasibility rule, so the shots show them too.
  await page.getByTestId('journey-tab-sales').click();
  await page.getByTestId('sales-enabled').check();
  await page.getByTestId('sales-add-team').click();
  await page.getByTestId('sales-add-feasibility-rule').click();
  await page.getByTestId('sales-enabled').uncheck();
  for (const [theme, language] of [
    ['light', 'en'],
    ['dark', 'de'],
    ['dark', 'en'],
    ['light', 'de'],
  ] as const) {
    await page.getByTestId('preference-theme').selectOption(theme);
    await page.getByTestId('preference-language').selectOption(language);
    await page.getByTestId('journey-tab-sales').click();
    await shootInspector(page, `sales-off-${theme}-${language}`);
    await page.getByTestId('sales-enabled').check();
    await shootInspector(page, `sales-${theme}-${language}`);
    await page.getByTestId('sales-enabled').uncheck();
    await page.getByTestId('journey-tab-costs').click();
    await shootInspector(page, `costs-${theme}-${language}`);
    await page.getByTestId(`node-${handoff}`).click();
    await page.screenshot({ path: test.info().outputPath(`handoff-${theme}-${language}.png`), clip: { ...(await page.getByTestId('step-inspector').boundingBox())!, height: 420 } });
    await page.getByTestId('canvas').click({ position: { x: 600, y: 600 } }); // nothing selected: the journey's panel again
  }
  await page.getByTestId('preference-theme').selectOption('light');
  await page.getByTestId('preference-language').selectOption('en');
});
