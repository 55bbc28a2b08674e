// A campaign manager's own prospect file, imported in the Run tab: a list with accounts whose
// company data disagree in one row. What came in and what did not is said by line, the new set
// is picked, and a run of it counts the accounts.
import fs from 'node:fs';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

const SAMPLE = 'Buying centre (sample)';

test('a prospect file imported in the Run tab: rows that disagree with their account reported by line, the set picked and run', async ({ page, webHost }) => {
  test.setTimeout(60_000);
  const lines = fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const industry = header.indexOf('industry');
  // Row 3 of the file: a contact of the account in row 2, with another industry.
  const first = lines[1]!.split(',');
  const clash = [...first];
  clash[0] = 'clash-1';
  clash[industry] = 'Shipbuilding';
  const content = [lines[0], lines[1], clash.join(','), ...lines.slice(2, 40)].join('\n');

  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey(SAMPLE).locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('prospect-import-input').setInputFiles({ name: 'Trade fair leads.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
  const report = page.getByTestId('prospect-import-report');
  await expect(report).toHaveAttribute('data-imported', '40');
  await expect(report).toContainText('Imported 40 prospects from Trade fair leads.csv as “Trade fair leads”.');
  await expect(report).toContainText(`Line 3 (industry): Account "${first[header.indexOf('account')]}": industry is "Shipbuilding"`);
  if (process.env.ACCOUNTS_SHOTS) await page.getByTestId('prospect-import').locator('..').screenshot({ path: `${process.env.ACCOUNTS_SHOTS}/prospect-import.png` });
  // The new set is picked for the run.
  const picked = await page.getByTestId('simulation-source').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.textContent);
  expect(picked).toContain('Trade fair leads');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('summary-accounts')).toContainText('accounts');

  // A file nothing can be read from says so, and keeps the set picked before.
  await page.getByTestId('prospect-import-input').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\n') });
  await expect(page.getByTestId('prospect-import-report')).toContainText('Nothing could be read from empty.csv');
  expect(await page.getByTestId('simulation-source').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.textContent)).toContain('Trade fair leads');
});
