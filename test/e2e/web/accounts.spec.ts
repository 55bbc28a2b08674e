// Accounts in the results: the sample CSV with accounts imported as a prospect set (through the
// API; prospectFile.spec.ts imports one in the Run tab), picked in the Run tab, run, and the account funnel
// read from the Accounts card and checked against the results the host stored.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { SimulationResults } from '../../../shared/simulation/results';
import { AppPage } from '../support/appPage';
import { editJourney, hostApi, importSampleAccounts } from '../support/hostApi';
import { expect, test } from '../support/webHost';

const WHITEPAPER = 'Whitepaper follow-up (sample)';



async function shoot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.getByTestId('results-accounts').screenshot({ path });
  if (process.env.ACCOUNTS_SHOTS) fs.copyFileSync(path, `${process.env.ACCOUNTS_SHOTS}/${name}.png`);
}

test('a prospect set with accounts: run it, and read the account funnel beside the contacts', async ({ page, webHost }) => {
  test.setTimeout(90_000);
  const imported = await importSampleAccounts(webHost, 'Buying centres (sample)');
  expect(imported.errors).toEqual([]);
  // Account mode off, whatever a test before this one in the same host set: each contact runs
  // alone and the results still count the list's accounts.
  await editJourney(webHost, 'sample_whitepaper', (document) => {
    document.accounts = { ...document.accounts, enabled: false, handoff: 'contact' };
  });

  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey(WHITEPAPER).locator('.journey-item__open').click();
  await expect(app.title).toHaveText(WHITEPAPER);
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-source').selectOption(imported.set.id);
  await page.getByTestId('simulation-seed').fill('7');
  await page.getByTestId('simulation-days').fill('180');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  const runs = await hostApi<{ id: string; status: string; createdAt: string; source: { kind: string; name?: string } }[]>(webHost, 'simulation:list', { journeyId: 'sample_whitepaper' });
  const run = runs.filter((r) => r.status === 'done' && r.source.name === 'Buying centres (sample)').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
  const { results } = await hostApi<{ results: SimulationResults }>(webHost, 'simulation:result', { runId: run.id });
  const accounts = results.accounts!;
  expect(accounts.accounts).toBe(80);

  await page.getByTestId('open-charts').click();
  const card = page.getByTestId('results-accounts');
  await expect(card).toBeVisible();
  await expect(card).toContainText(`80 accounts with ${accounts.contacts} contacts`);
  await expect(card).toContainText(`${accounts.contactsWithoutAccount} contacts without an account`);
  // Each stage: the contacts (the stage funnel's figure) beside the accounts that got there.
  for (const [s, stage] of accounts.funnel.entries()) {
    const row = card.getByTestId('account-funnel').locator(`tr[data-stage="${stage.stage}"] td`);
    await expect(row.nth(1)).toHaveText(results.funnel[s]!.reached.toLocaleString('en'));
    await expect(row.nth(2)).toHaveText(String(stage.reached));
    await expect(row.nth(3)).toHaveText(`${((stage.reached / 80) * 100).toFixed(1)}%`);
  }
  // Contacts per account: every account in one bucket; and those of the won accounts.
  const perAccount = card.getByTestId('accounts-per-account').locator('li');
  await expect(perAccount).toHaveCount(accounts.contactsPerAccount.length);
  for (const bucket of accounts.contactsPerAccount) {
    await expect(card.getByTestId('accounts-per-account').locator(`li[data-key="${bucket.contacts}"]`)).toHaveAttribute('data-count', String(bucket.accounts));
  }
  expect(accounts.won.accounts).toBeGreaterThan(0);
  for (const bucket of accounts.won.contactsPerAccount) {
    await expect(card.getByTestId('accounts-per-won-account').locator(`li[data-key="${bucket.contacts}"]`)).toHaveAttribute('data-count', String(bucket.accounts));
  }

  // Look at it: English and light, German and dark, and the other two.
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'accounts-en-light');
  if (process.env.ACCOUNTS_SHOTS) await page.screenshot({ path: `${process.env.ACCOUNTS_SHOTS}/results-view.png` });
  await page.getByTestId('preference-theme').selectOption('dark');
  await shoot(page, 'accounts-en-dark');
  await page.getByTestId('preference-language').selectOption('de');
  await expect(card).toContainText('Kontakte pro gewonnenem Account');
  await shoot(page, 'accounts-de-dark');
  await page.getByTestId('preference-theme').selectOption('light');
  await shoot(page, 'accounts-de-light');
  await page.getByTestId('preference-language').selectOption('en');
  await page.getByTestId('results-close').click();

  // The shipped sample without accounts: no Accounts card.
  await page.getByTestId('simulation-source').selectOption('sample_prospects');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByTestId('open-charts').click();
  await expect(page.getByTestId('chart-funnel')).toBeVisible();
  await expect(page.getByTestId('results-accounts')).toHaveCount(0);
});
