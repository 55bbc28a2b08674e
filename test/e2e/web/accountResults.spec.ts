// Accounts on the results side, as a campaign manager reads them: a prospect list with accounts
// run twice, the account funnel and the account hand-off in the Accounts card, Replay switched to
// accounts (one company's contacts side by side on one time axis, one of them replayed from
// there), and the two runs' accounts in Compare.
//
// The journey runs with accounts on and the hand-off per account, so the engine fills in the
// hand-over figures the card shows.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { SimulationResults } from '../../../shared/simulation/results';
import { AppPage } from '../support/appPage';
import { editJourney, hostApi, importSampleAccounts } from '../support/hostApi';
import { expect, test, type WebHost } from '../support/webHost';

const WHITEPAPER = 'Whitepaper follow-up (sample)';
const SET_NAME = 'Buying centres (sample)';

async function shoot(page: Page, testId: string, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.getByTestId(testId).screenshot({ path });
  if (process.env.ACCOUNTS_SHOTS) fs.copyFileSync(path, `${process.env.ACCOUNTS_SHOTS}/${name}.png`);
}

/** English light, German dark, German light, English dark; back to English light. */
async function lookAt(page: Page, testId: string, name: string, german: string) {
  await shoot(page, testId, `${name}-en-light`);
  await page.getByTestId('preference-theme').selectOption('dark');
  await page.getByTestId('preference-language').selectOption('de');
  await expect(page.getByTestId(testId)).toContainText(german);
  await shoot(page, testId, `${name}-de-dark`);
  await page.getByTestId('preference-theme').selectOption('light');
  await shoot(page, testId, `${name}-de-light`);
  await page.getByTestId('preference-language').selectOption('en');
  await page.getByTestId('preference-theme').selectOption('dark');
  await shoot(page, testId, `${name}-en-dark`);
  await page.getByTestId('preference-theme').selectOption('light');
}

/** The run of the sample set with this seed, as the host stored it (the list may lag a moment behind the progress). */
async function storedRun(host: WebHost, seed: number): Promise<{ id: string; results: SimulationResults }> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      const runs = await hostApi<{ id: string; status: string; seed: number; source: { name?: string } }[]>(host, 'simulation:list', { journeyId: 'sample_whitepaper' });
      id = runs.find((r) => r.status === 'done' && r.source.name === SET_NAME && r.seed === seed)?.id;
      return id;
    })
    .toBeDefined();
  return { id: id!, results: (await hostApi<{ results: SimulationResults }>(host, 'simulation:result', { runId: id! })).results };
}

test('accounts in the results: the account funnel and hand-off, Replay by account on one time axis, and two runs compared', async ({ page, webHost }) => {
  test.setTimeout(150_000);
  const imported = await importSampleAccounts(webHost, SET_NAME);
  expect(imported.errors).toEqual([]);

  // Accounts on in the journey's settings: contacts run together, the whole account handed over.
  await editJourney(webHost, 'sample_whitepaper', (document) => {
    document.accounts = { ...document.accounts, enabled: true, handoff: 'account' };
  });

  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey(WHITEPAPER).locator('.journey-item__open').click();
  await expect(app.title).toHaveText(WHITEPAPER);
  await page.getByTestId('simulate-button').click();
  const run = async (seed: number) => {
    await page.getByTestId('simulation-source').selectOption(imported.set.id);
    await page.getByTestId('simulation-seed').fill(String(seed));
    await page.getByTestId('simulation-days').fill('180');
    await page.getByTestId('simulation-run').click();
    await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    return storedRun(webHost, seed);
  };
  const first = await run(7);
  const second = await run(8);
  const accounts = second.results.accounts!;
  expect(accounts.accounts).toBe(80);

  // The Accounts card of the run on the canvas (the second).
  await page.getByTestId('open-charts').click();
  const card = page.getByTestId('results-accounts');
  await expect(card).toBeVisible();
  for (const stage of accounts.funnel) {
    await expect(card.getByTestId('account-funnel').locator(`tr[data-stage="${stage.stage}"]`)).toHaveAttribute('data-accounts', String(stage.reached));
  }
  const handed = accounts.handedOver!;
  expect(accounts.together).toBe(true);
  expect(handed.accounts).toBeGreaterThan(0);
  await expect(card.getByTestId('accounts-mode')).toHaveAttribute('data-together', 'true');
  await expect(card.getByTestId('accounts-mode')).toContainText('simulated together');
  const handover = card.getByTestId('accounts-handover');
  await expect(handover).toHaveAttribute('data-accounts', String(handed.accounts));
  await expect(handover).toContainText(`${handed.accounts} of 80 accounts`);
  // 0 … 5 roles, each with its accounts; every role, the ones never engaged at 0.
  await expect(handover.getByTestId('accounts-roles-engaged').locator('li')).toHaveCount(6);
  for (const { roles, accounts: n } of handed.byRolesEngaged) await expect(handover.getByTestId('accounts-roles-engaged').locator(`li[data-key="${roles}"]`)).toHaveAttribute('data-count', String(n));
  await expect(handover.getByTestId('accounts-by-role').locator('li')).toHaveCount(5);
  for (const { role, accounts: n } of handed.byRole) {
    const bar = handover.getByTestId('accounts-by-role').locator(`li[data-key="${role}"]`);
    await expect(bar).toHaveAttribute('data-count', String(n));
    await expect(bar).toHaveAttribute('data-share', String(n / handed.accounts));
  }
  await expect(handover.getByTestId('accounts-joined')).toHaveAttribute('data-count', String(handed.contactsJoined));
  await card.scrollIntoViewIfNeeded();
  await lookAt(page, 'results-accounts', 'accounts-card', 'Engagierte Rollen bei der Übergabe');
  await page.getByTestId('results-close').click();

  // Replay by account: pick a company with several sampled contacts.
  await page.getByTestId('simulation-tab-replay').click();
  await expect(page.getByTestId('replay-list')).toBeVisible();
  await page.getByTestId('replay-view-accounts').click();
  const byAccount = new Map<string, string[]>();
  for (const tl of second.results.timelines) if (tl.account) byAccount.set(tl.account, [...(byAccount.get(tl.account) ?? []), tl.prospectId]);
  await expect(page.getByTestId('replay-account')).toHaveCount(byAccount.size);
  // The furthest along first.
  const stages = ['inquiry', 'mql', 'sal', 'sql', 'customer'];
  const listed = await page.getByTestId('replay-account').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-stage')!));
  expect(listed.map((s) => stages.indexOf(s))).toEqual(listed.map((s) => stages.indexOf(s)).sort((x, y) => y - x));
  await shoot(page, 'simulation-panel', 'replay-accounts-list-en-light');
  const top = page.getByTestId('replay-account').first();
  const picked = [...byAccount].filter(([, ids]) => ids.length >= 3).sort(([x], [y]) => x.localeCompare(y))[0]!;
  await page.getByTestId('replay-account-search').fill(picked[0]);
  await expect(top).toHaveAttribute('data-account', picked[0]);
  await top.click();
  const view = page.getByTestId('replay-account-view');
  await expect(view).toHaveAttribute('data-account', picked[0]);
  const lanes = view.getByTestId('replay-account-lane');
  await expect(lanes).toHaveCount(picked[1].length);
  const laneIds = await lanes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-prospect-id')));
  expect([...laneIds].sort()).toEqual([...picked[1]].sort());
  // One axis for all: every lane's track is as wide and starts where the others do, and every
  // event sits at its time on it.
  const start = Number(await view.getByTestId('replay-account-lanes').getAttribute('data-start'));
  const end = Number(await view.getByTestId('replay-account-lanes').getAttribute('data-end'));
  const tracks = await lanes.locator('.account-lane__track').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [Math.round(r.left), Math.round(r.width)]));
  expect(new Set(tracks.map((r) => r.join())).size).toBe(1);
  const [left, width] = tracks[0]!;
  for (const id of picked[1]) {
    const timeline = second.results.timelines.find((tl) => tl.prospectId === id)!;
    const sent = timeline.steps.find((s) => s.event === 'sent');
    if (!sent) continue;
    const mark = view.locator(`[data-prospect-id="${id}"] .account-mark[data-kind="email"]`).first();
    const box = (await mark.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (left! + ((sent.t - start) / (end - start)) * width!))).toBeLessThan(2);
    // The row says who it is.
    if (timeline.role) await expect(view.locator(`[data-prospect-id="${id}"]`)).toHaveAttribute('data-role', timeline.role);
  }
  await page.setViewportSize({ width: 1440, height: 1100 });
  await lookAt(page, 'simulation-panel', 'replay-account', 'Alle Accounts');

  // A row replays that contact; back, the account is still open.
  await lanes.first().locator('.account-lane__who').click();
  await expect(page.getByTestId('replay')).toHaveAttribute('data-prospect-id', laneIds[0]!);
  await page.getByTestId('replay-close').click();
  await expect(page.getByTestId('replay-account-view')).toHaveAttribute('data-account', picked[0]);

  // An account that went to sales shows the hand-off on the axis.
  // (The one with the most contacts: the company moving is best seen there.)
  const wentToSales = new Set(second.results.timelines.filter((tl) => tl.account && tl.steps.some((s) => s.event.startsWith('sales:'))).map((tl) => tl.account!));
  const handoffId = [...wentToSales].sort((x, y) => byAccount.get(y)!.length - byAccount.get(x)!.length || x.localeCompare(y))[0];
  if (handoffId) {
    await page.getByTestId('replay-account-back').click();
    await page.getByTestId('replay-account-search').fill(handoffId);
    await page.getByTestId('replay-account').first().click();
    await expect(page.getByTestId('replay-account-milestones').locator('li[data-what="handoff"]')).toHaveCount(1);
    await expect(page.locator('.account-mark[data-kind="handoff"]').first()).toBeVisible();
    await lookAt(page, 'simulation-panel', 'replay-account-handoff', 'An Vertrieb');
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // Compare: the first run (A) against the second (B), accounts side by side.
  await page.getByTestId('simulation-tab-run').click();
  await page.getByTestId('open-compare').click();
  await page.getByTestId('compare-a').selectOption(first.id);
  await page.getByTestId('compare-b').selectOption(second.id);
  const table = page.getByTestId('compare-accounts-table');
  const a = first.results.accounts!;
  for (const stage of ['mql', 'sql', 'customer'] as const) {
    const row = table.locator(`tr[data-key="reached:${stage}"] td`);
    await expect(row.nth(0)).toHaveText(String(a.funnel.find((f) => f.stage === stage)!.reached));
    await expect(row.nth(1)).toHaveText(String(accounts.funnel.find((f) => f.stage === stage)!.reached));
  }
  await expect(table.locator('tr[data-key="won"] td').nth(0)).toHaveText(String(a.won.accounts));
  await expect(table.locator('tr[data-key="won"] td').nth(1)).toHaveText(String(accounts.won.accounts));
  await expect(table.locator('tr[data-key="handedOver"]')).toHaveAttribute('data-difference', String(handed.accounts - first.results.accounts!.handedOver!.accounts));
  await page.getByTestId('compare-accounts').scrollIntoViewIfNeeded();
  await lookAt(page, 'compare-accounts', 'compare-accounts', 'Gewonnene Accounts');
});
