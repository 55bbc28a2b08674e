// The buying-centre sample as a newcomer finds it in a fresh library: the journey and the
// sample accounts are there, a run in the app simulates each company's contacts together, the
// Accounts card shows the companies handed to sales, and Replay shows one company's contacts on
// one time axis.
import type { SimulationResults } from '../../../shared/simulation/results';
import { AppPage } from '../support/appPage';
import { hostApi } from '../support/hostApi';
import { expect, test } from '../support/webHost';

const SAMPLE = 'Buying centre (sample)';

test('the buying-centre sample runs with the sample accounts a fresh library holds', async ({ page, webHost }) => {
  test.setTimeout(90_000);
  const sets = await hostApi<{ id: string; name: string; count: number }[]>(webHost, 'prospectSets:list', {});
  const accounts = sets.find((s) => s.id === 'sample_accounts')!;
  expect(accounts).toMatchObject({ count: 289 });

  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey(SAMPLE).locator('.journey-item__open').click();
  await expect(app.title).toHaveText(SAMPLE);
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found');
  const shots = process.env.ACCOUNTS_SHOTS;
  if (shots) {
    await page.setViewportSize({ width: 2400, height: 1300 });
    await page.getByTestId('toolbar-fitView').click();
    await page.waitForTimeout(500);
    await page.getByTestId('canvas').screenshot({ path: `${shots}/buying-centre-canvas.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-source').selectOption(accounts.id);
  await page.getByTestId('simulation-seed').fill('3');
  await page.getByTestId('simulation-days').fill('180');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  let results: SimulationResults | undefined;
  await expect
    .poll(async () => {
      const runs = await hostApi<{ id: string; status: string }[]>(webHost, 'simulation:list', { journeyId: 'sample_buying_centre' });
      const done = runs.find((r) => r.status === 'done');
      if (done) results = (await hostApi<{ results: SimulationResults }>(webHost, 'simulation:result', { runId: done.id })).results;
      return results?.prospects;
    })
    .toBe(289);
  const handed = results!.accounts!.handedOver!;
  expect(handed.accounts).toBeGreaterThan(0);
  // The run summary names the accounts beside the contacts.
  const won = results!.accounts!.won.accounts;
  await expect(page.getByTestId('summary-accounts')).toContainText(`80 accounts`);
  await expect(page.getByTestId('summary-accounts')).toContainText(`${handed.accounts} went to sales`);
  await expect(page.getByTestId('summary-accounts')).toContainText(`${won} won`);
  if (shots) await page.getByTestId('simulation-summary').screenshot({ path: `${shots}/buying-centre-summary.png` });

  await page.getByTestId('open-charts').click();
  const card = page.getByTestId('results-accounts');
  await expect(card.getByTestId('accounts-mode')).toHaveAttribute('data-together', 'true');
  await expect(card.getByTestId('accounts-joined')).toHaveAttribute('data-count', String(handed.contactsJoined));
  if (shots) await card.screenshot({ path: `${shots}/buying-centre-card.png` });
  await page.getByTestId('results-close').click();

  await page.getByTestId('simulation-tab-replay').click();
  await page.getByTestId('replay-view-accounts').click();
  await page.getByTestId('replay-account').first().click();
  const view = page.getByTestId('replay-account-view');
  // The first account listed got furthest: its contacts, each a row on the shared axis.
  const first = await page.getByTestId('replay-account-view').getAttribute('data-account');
  const members = results!.timelines.filter((t) => t.account === first);
  await expect(view.getByTestId('replay-account-lane')).toHaveCount(members.length);
  expect(members.length).toBeGreaterThan(1);
  if (shots) await view.screenshot({ path: `${shots}/buying-centre-replay.png` });
});
