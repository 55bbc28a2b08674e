// Buying centres in the editor: the journey's Accounts tab — account mode on, the account score
// from the best 2 contacts, kept over a reload and stored by the host — and a condition set to
// "at least 2 roles engaged", whose summary the canvas shows. Screenshots of the tab and the
// condition inspector in both languages and themes.
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { JourneySummary } from '../../../shared/api/contract';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { AppPage } from '../support/appPage';
import { hostApi } from '../support/hostApi';
import { expect, test } from '../support/webHost';

async function shoot(panel: Locator, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await panel.screenshot({ path });
  if (process.env.ACCOUNTS_SHOTS) fs.copyFileSync(path, `${process.env.ACCOUNTS_SHOTS}/${name}.png`);
}

/** Shoots each panel in English and German, light and dark (the German text checked first), and goes back to English and light. */
async function shootEverywhere(page: Page, panels: [Locator, string, string][]) {
  for (const language of ['en', 'de'] as const) {
    await page.getByTestId('preference-language').selectOption(language);
    for (const [panel, , germanText] of panels) if (language === 'de') await expect(panel).toContainText(germanText);
    for (const theme of ['light', 'dark'] as const) {
      await page.getByTestId('preference-theme').selectOption(theme);
      for (const [panel, name] of panels) await shoot(panel, `${name}-${language}-${theme}`);
    }
  }
  await page.getByTestId('preference-language').selectOption('en');
  await page.getByTestId('preference-theme').selectOption('light');
}

test('account mode on with the best 2 contacts counted is kept over a reload; a condition on 2 roles engaged shows its summary', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Buying centre');
  await page.getByTestId('journey-tab-accounts').click();
  await expect(page.getByTestId('journey-tab-accounts')).toHaveAttribute('aria-selected', 'true');

  // Off at first: the settings are there but cannot be changed, and the line says what off means.
  const rule = page.getByTestId('accounts-score-rule');
  await expect(rule).toBeDisabled();
  await expect(page.getByTestId('accounts-enabled-hint')).toContainText('every contact is simulated alone');
  await page.getByLabel('Simulate contacts together with their company (account)').check();
  await expect(rule).toBeEnabled();
  await expect(page.getByTestId('accounts-enabled-hint')).toContainText('Colleagues of one company act as one account');

  // N is asked for only when the best N contacts count.
  const topN = page.getByTestId('accounts-top-n');
  await rule.selectOption('max');
  await expect(topN).toHaveCount(0);
  await rule.selectOption('topN');
  await expect(topN).toHaveValue('3');
  // A value the model refuses stays at the field with the reason, and is not saved.
  await topN.fill('0');
  await expect(topN).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('accounts-form').getByRole('alert')).toHaveText('Enter a number in the allowed range. The smallest allowed is 1.');
  await topN.fill('2');
  await expect(topN).toHaveAttribute('aria-invalid', 'false');
  await page.getByTestId('accounts-handoff-account').check();
  await shootEverywhere(page, [[page.getByTestId('journey-inspector'), 'accounts-tab', 'Kontakte gemeinsam mit ihrem Unternehmen']]);
  await app.waitUntilSaved();

  await page.reload();
  await expect(app.title).toHaveText('Buying centre');
  await page.getByTestId('journey-tab-accounts').click();
  await expect(page.getByTestId('accounts-enabled')).toBeChecked();
  await expect(rule).toHaveValue('topN');
  await expect(topN).toHaveValue('2');
  const journeys = await hostApi<JourneySummary[]>(webHost, 'journeys:list', {});
  const id = journeys.find((j) => j.name === 'Buying centre')!.id;
  const stored = await hostApi<{ document: JourneyDocument }>(webHost, 'journeys:load', { id });
  expect(stored.document.accounts).toEqual({ enabled: true, score: { rule: 'topN', topN: 2 }, engagedAtLeast: 30, handoff: 'account' });

  // A condition after the entry, switched to the account's roles engaged.
  await app.nodes('entry').first().click();
  const check = await app.addStep('condition');
  await page.getByTestId(`node-${check}`).click();
  const inspector = page.getByTestId('step-inspector');
  const kind = page.getByTestId('inspector-rule-kind');
  await expect(kind.locator('optgroup[label="The contact’s company (account)"] option')).toHaveText(['account score', 'a role engaged', 'number of roles engaged', 'account fit grade']);
  await kind.selectOption('rolesEngaged');
  const roles = page.getByTestId('inspector-roles-at-least');
  await roles.selectOption('3');
  await expect(page.getByTestId(`node-${check}`)).toContainText('If at least 3 roles of the account are engaged');
  await roles.selectOption('2');
  await expect(roles.locator('option:checked')).toHaveText('2 roles of 5');
  await expect(page.getByTestId(`node-${check}`)).toContainText('If at least 2 roles of the account are engaged');
  await expect(inspector).toContainText('Looks at the contact’s company: all its contacts');
  await expect(page.getByTestId('inspector-account-rule-hint')).toHaveText('A contact with a buying role counts as engaged from engagement score 30 on.');
  // Account mode is on, so neither the inspector nor the problems warn about it.
  await expect(page.getByTestId('inspector-accounts-off')).toHaveCount(0);
  await expect(page.locator('[data-testid="problem"][data-code="account_rule_without_accounts"]')).toHaveCount(0);
  await shootEverywhere(page, [
    [inspector, 'condition-roles', 'Ein Kontakt mit Buying-Center-Rolle zählt ab Engagement-Score 30 als engagiert.'],
    [page.getByTestId(`node-${check}`), 'condition-node', 'Wenn mindestens 2 Rollen im Account engagiert sind'],
  ]);

  // The account score rule: what the Accounts tab makes of it is said under the field.
  await kind.selectOption('accountScore');
  await expect(page.getByTestId('inspector-account-rule-hint')).toHaveText('Account score: the sum of the engagement scores of its 2 best contacts.');
  await expect(page.getByTestId(`node-${check}`)).toContainText('If account score ≥ 150');
  await kind.selectOption('accountFit');
  await expect(page.getByTestId('inspector-account-rule-hint')).toHaveText('The company’s fit grade: from the fit rules on company fields only (industry, companySize, revenue, country, region).');
  await expect(page.getByTestId(`node-${check}`)).toContainText('If account fit grade B or better');
  // Each switch of the rule is one undo entry.
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId(`node-${check}`)).toContainText('If account score ≥ 150');
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId(`node-${check}`)).toContainText('If at least 2 roles of the account are engaged');
  await app.waitUntilSaved();
  const saved = await hostApi<{ document: JourneyDocument }>(webHost, 'journeys:load', { id });
  expect(saved.document.nodes.find((n) => n.id === check)!.params).toEqual({ rule: { kind: 'rolesEngaged', atLeast: 2 } });

  // Account mode off again: the condition warns, and the warning opens the Accounts tab.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.getByTestId('journey-tab-accounts').click();
  await page.getByTestId('accounts-enabled').uncheck();
  await expect(page.getByTestId('accounts-conditions-off')).toHaveText('1 condition looks at the account. With account mode off it counts the contact alone as its account.');
  const warning = page.locator(`[data-testid="problem"][data-code="account_rule_without_accounts"][data-node-id="${check}"]`);
  await expect(warning).toContainText('looks at the contact’s account, but account mode is off');
  await shoot(page.getByTestId('journey-inspector'), 'accounts-tab-off-en-light');
  await page.getByTestId(`node-${check}`).click();
  await expect(page.getByTestId('inspector-accounts-off')).toBeVisible();
  await shoot(page.getByTestId('step-inspector'), 'condition-off-en-light');
  await warning.click();
  await expect(page.getByTestId('journey-tab-accounts')).toHaveAttribute('aria-selected', 'true');
});
