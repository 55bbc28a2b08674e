import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { generateLargeJourney } from '../../../bench/largeJourney';
import { PROSPECT_CSV_COLUMNS } from '../../../shared/simulation/prospectCsv';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

interface StoredResults {
  prospects: number;
  nodes: { id: string; entered: number; waiting: number; exits: Record<string, number> }[];
  funnel: { stage: string; reached: number; conversionFromPrevious: number | null }[];
  exits: Record<string, number>;
}

/** The app's own API, called from the page with its token: what the engine stored. */
async function storedRuns(page: Page, journeyId: string): Promise<{ id: string; results: StoredResults }[]> {
  return page.evaluate(async (id) => {
    const token = sessionStorage.getItem('nurture.hostToken')!;
    const call = async (channel: string, body: unknown) =>
      (await (await fetch(`/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Nurture-Token': token }, body: JSON.stringify(body) })).json()).value;
    const runs = (await call('simulation:list', { journeyId: id })) as { id: string; status: string }[];
    return Promise.all(runs.filter((r) => r.status === 'done').map(async (r) => ({ id: r.id, results: (await call('simulation:result', { runId: r.id })).results })));
  }, journeyId);
}

async function runWhitepaperWithSample(page: Page, seed: string) {
  const app = new AppPage(page);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-source').selectOption('sample_prospects');
  await page.getByTestId('simulation-seed').fill(seed);
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('simulation-summary')).toHaveAttribute('data-kind', 'run');
}

test('simulate the whitepaper sample with the 500 sample prospects: the canvas shows the engine’s counts', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-source').selectOption('sample_prospects');
  await page.getByTestId('simulation-seed').fill('7');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('simulation-summary')).toContainText('500 prospects');

  // The stored results of that run, read through the same API the app uses.
  const { results } = (await storedRuns(page, 'sample_whitepaper'))[0]!;
  for (const node of results.nodes.filter((n) => ['entry', 'email_delivery', 'wait_click', 'score_click', 'email_reminder'].includes(n.id))) {
    await expect(page.getByTestId(`overlay-${node.id}`)).toHaveAttribute('data-entered', String(node.entered));
    await expect(page.getByTestId(`overlay-${node.id}`)).toHaveAttribute('data-waiting', String(node.waiting));
    // The badge says all three counts when pointed at.
    const left = Object.values(node.exits).reduce((a, b) => a + b, 0);
    await expect(page.getByTestId(`overlay-${node.id}`)).toHaveAttribute('title', new RegExp(`^${node.entered} reached this step · ${node.waiting} still here at the end · ${left} moved on or left`));
  }
  expect(results.nodes.find((n) => n.id === 'entry')!.entered).toBe(500);
  await expect(page.getByTestId('funnel-mql')).toHaveText(String(results.funnel.find((f) => f.stage === 'mql')!.reached));
  await expect(page.getByTestId('share-e_entry_next')).toBeVisible();

  await page.getByTestId('simulation-clear').click();
  await expect(page.getByTestId('overlay-entry')).toHaveCount(0);
});

test('a long run shows its progress and can be cancelled', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-count').fill('2000000');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toContainText(/of 2,000,000 prospects/);
  // The app stays responsive during the run: the canvas can still be used.
  await page.getByTestId('toolbar-fitView').click();
  await page.getByTestId('simulation-cancel').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'cancelled', { timeout: 20_000 });
  await expect(page.getByTestId('simulation-run')).toBeVisible();
});

test('the results as charts, and the run exported as CSV and as a PNG of the canvas', async ({ page, webHost }) => {
  await new AppPage(page).open(webHost.url);
  await runWhitepaperWithSample(page, '3');
  const { results } = (await storedRuns(page, 'sample_whitepaper'))[0]!;

  await page.getByTestId('open-charts').click();
  for (const chart of ['chart-funnel', 'chart-emails', 'chart-unsubscribes', 'chart-handoffs', 'chart-scores', 'stuck-list']) {
    await expect(page.getByTestId(chart)).toBeVisible();
  }
  // recharts drew the funnel's bars, and the table beside it holds the engine's figures.
  await expect(page.getByTestId('chart-funnel').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('chart-handoffs').locator('.recharts-bar-rectangle').first()).toBeVisible();
  const mql = results.funnel.find((f) => f.stage === 'mql')!;
  const mqlRow = page.getByTestId('funnel-table').locator('tr[data-stage="mql"] td');
  await expect(mqlRow.nth(1)).toHaveText(mql.reached.toLocaleString('en'));
  await expect(mqlRow.nth(2)).toHaveText(`${(mql.conversionFromPrevious! * 100).toFixed(1)}%`);
  await page.getByTestId('results-close').click();
  await expect(page.getByTestId('results-view')).toHaveCount(0);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^whitepaper-follow-up.*seed3\.csv$/);
  const lines = fs.readFileSync((await csvDownload.path())!, 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe(PROSPECT_CSV_COLUMNS.join(','));
  expect(lines[0]).toMatch(/^prospect_id,name,persona,outcome,final_stage,engagement_score,fit_grade,emails_sent,sales_answer,/);
  expect(lines).toHaveLength(501);
  const outcomes = lines.slice(1).map((line) => line.split(',')[3]);
  expect(outcomes.filter((o) => o === 'converted').length).toBe(results.exits.converted);
  expect(outcomes.filter((o) => o === 'unsubscribed').length).toBe(results.exits.unsubscribed);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = fs.readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The whole journey (24 steps side by side) at twice the density: far wider than the visible canvas.
  expect(png.readUInt32BE(16)).toBeGreaterThan(2000);
  expect(png.length).toBeGreaterThan(50_000);
});

test('replay one prospect of the run step by step to its end, the canvas marking where it is', async ({ page, webHost }) => {
  await new AppPage(page).open(webHost.url);
  await runWhitepaperWithSample(page, '5');
  await page.getByTestId('simulation-tab-replay').click();
  await page.getByTestId('replay-outcome').selectOption('converted');
  const first = page.getByTestId('replay-prospect').first();
  await expect(first).toHaveAttribute('data-outcome', 'converted');
  // Search by name narrows the list to that prospect.
  const name = (await first.locator('.replay-list__name').textContent())!;
  await page.getByTestId('replay-search').fill(name);
  await expect(page.getByTestId('replay-prospect').filter({ hasText: name }).first()).toBeVisible();
  await page.getByTestId('replay-prospect').filter({ hasText: name }).first().click();

  const current = page.getByTestId('replay-current');
  await expect(current).toHaveAttribute('data-position', '0');
  const total = Number(await current.getAttribute('data-total'));
  expect(total).toBeGreaterThan(5);
  await expect(page.getByTestId('node-entry')).toHaveClass(/step--replay-current/);
  await page.getByTestId('replay-next').click();
  await page.getByTestId('replay-next').click();
  await expect(current).toHaveAttribute('data-position', '2');
  const nodeId = (await current.getAttribute('data-node-id'))!;
  await expect(page.getByTestId(`node-${nodeId}`)).toHaveClass(/step--replay-current/);
  await page.getByTestId('replay-prev').click();
  await expect(current).toHaveAttribute('data-position', '1');

  // Play at 4× to the end: the last step is the exit, as converted.
  await page.getByTestId('replay-speed').selectOption('4');
  await page.getByTestId('replay-play').click();
  await expect(current).toHaveAttribute('data-position', String(total - 1), { timeout: 30_000 });
  await expect(current).toHaveAttribute('data-event', /^(goal|exit:converted)$/); // a goal step or an exit marked as converted
  await expect(page.getByTestId('replay-play')).toHaveAttribute('data-playing', 'false');
  const end = (await current.getAttribute('data-node-id'))!;
  await expect(page.getByTestId(`node-${end}`)).toHaveClass(/step--replay-current/);
  await expect(page.getByTestId('replay-stage')).not.toHaveText('Inquiry');
});

test('a scripted test prospect walks exactly its path; "every no" walks the other one', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-tab-test').click();
  // "Opens the whitepaper delivery after 2 hours and clicks; ignores everything else."
  await page.getByTestId('test-mode-compose').click();
  await page.getByTestId('test-name').fill('Ada Scripted');
  await page.getByTestId('test-reaction-email_delivery').selectOption('click');
  await page.getByTestId('test-hours-email_delivery').fill('2');
  await page.getByTestId('test-condition-fit_check').selectOption('no');
  await page.getByTestId('test-run').click();

  await expect(page.getByTestId('replay')).toBeVisible();
  await expect(page.getByTestId('replay')).toContainText('Ada Scripted');
  // On the canvas: one prospect, down the "clicked" branch; the reminder is never sent.
  await expect(page.getByTestId('overlay-entry')).toHaveAttribute('data-entered', '1');
  await expect(page.getByTestId('overlay-score_click')).toHaveAttribute('data-entered', '1');
  await expect(page.getByTestId('overlay-email_reminder')).toHaveAttribute('data-entered', '0');
  await expect(page.getByTestId('overlay-fit_check')).toHaveAttribute('data-entered', '1');
  // The opening happened 2 hours after the send.
  const steps = page.locator('.replay__steps li');
  await expect(steps.filter({ hasText: 'Opened the email' })).toHaveCount(1);
  await page.getByTestId('replay-last').click();
  await expect(page.getByTestId('replay-current')).toHaveAttribute('data-event', /^exit:/);

  await page.getByTestId('simulation-tab-test').click();
  await page.getByTestId('test-mode-no').click();
  await page.getByTestId('test-run').click();
  await expect(page.getByTestId('overlay-score_click')).toHaveAttribute('data-entered', '0');
  await expect(page.getByTestId('overlay-email_reminder')).toHaveAttribute('data-entered', '1');
  // A test is never stored as a run: there is nothing to export as CSV.
  await page.getByTestId('simulation-tab-run').click();
  await expect(page.getByTestId('simulation-summary')).toHaveAttribute('data-kind', 'test');
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
});

test('a test prospect can be sent back by sales: the script names the answer at the hand-off, and Replay tells it', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-tab-test').click();
  await page.getByTestId('test-mode-yes').click();
  await page.getByTestId('test-run').click();
  await expect(page.getByTestId('overlay-email_meeting')).toHaveAttribute('data-entered', '1');

  await page.getByTestId('simulation-tab-test').click();
  await page.getByTestId('test-mode-compose').click();
  await page.getByTestId('test-reaction-email_delivery').selectOption('download');
  await page.getByTestId('test-reaction-email_case_study').selectOption('download');
  await page.getByTestId('test-condition-fit_check').selectOption('yes');
  await page.getByTestId('test-condition-score_ready').selectOption('yes');
  await page.getByTestId('test-handoff-handoff').selectOption('rejected');
  await page.getByTestId('test-run').click();
  await expect(page.getByTestId('overlay-handoff')).toHaveAttribute('data-entered', '1');
  await expect(page.getByTestId('overlay-email_meeting')).toHaveAttribute('data-entered', '0');
  await expect(page.getByTestId('overlay-email_recycled')).toHaveAttribute('data-entered', '1');
  const steps = page.locator('.replay__steps li');
  await expect(steps.filter({ hasText: /Rejected by sales: (not a fit|no budget|bad timing|no need|unreachable)$/ })).toHaveCount(1);
  await expect(steps.filter({ hasText: 'Recycled: back to nurturing after a cool-off' })).toHaveCount(1);
});

test('a test prospect carries the data the journey reads: the re-engagement sample admits it, and its language picks the email', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Re-engagement: last chance (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-tab-test').click();
  await page.getByTestId('test-mode-compose').click();
  await page.getByTestId('test-data').locator('summary').click();
  // It starts from a value the audience rule (quiet for 90 days or more) admits.
  expect(Number(await page.getByTestId('test-attribute-daysSinceLastReaction').inputValue())).toBeGreaterThanOrEqual(90);
  await page.getByTestId('test-attribute-language').fill('de');
  await page.getByTestId('test-run').click();
  await expect(page.getByTestId('overlay-by_language')).toHaveAttribute('data-entered', '1');
  await expect(page.getByTestId('overlay-email_last_de')).toHaveAttribute('data-entered', '1');
  await expect(page.getByTestId('overlay-email_last_en')).toHaveAttribute('data-entered', '0');

  // Back in the Test tab the data is as it was left. Recently active, the prospect is
  // turned away by the audience, and the panel says so.
  await page.getByTestId('simulation-tab-test').click();
  await expect(page.getByTestId('test-attribute-language')).toHaveValue('de');
  await page.getByTestId('test-attribute-daysSinceLastReaction').fill('10');
  await page.getByTestId('test-run').click();
  await expect(page.getByTestId('overlay-by_language')).toHaveAttribute('data-entered', '0');
  await page.getByTestId('simulation-tab-run').click();
  await expect(page.getByTestId('not-eligible')).toBeVisible();
});

test('compare two runs with different persona mixes side by side, with their differences', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-count').fill('3000');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const firstRun = (await storedRuns(page, 'sample_webinar'))[0]!.id;
  // Other tests on this worker's host may have stored webinar runs before: count from here.
  const storedBefore = (await storedRuns(page, 'sample_webinar')).length - 1;
  // The second audience: only the first persona.
  const mixInputs = page.locator('[data-testid^="mix-"]:not([data-testid="mix-total"])');
  const count = await mixInputs.count();
  for (let i = 0; i < count; i++) await mixInputs.nth(i).fill(i === 0 ? '100' : '0');
  await expect(page.getByTestId('mix-total')).toContainText('100');
  await page.getByTestId('simulation-run').click();
  await expect.poll(async () => (await storedRuns(page, 'sample_webinar'))[0]!.id, { timeout: 30_000 }).not.toBe(firstRun);
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  const [b, a] = await storedRuns(page, 'sample_webinar');
  await page.getByTestId('open-compare').click();
  await expect(page.getByTestId('compare-b')).toHaveValue(b!.id);
  await page.getByTestId('compare-a').selectOption(a!.id);
  await expect(page.getByTestId('compare-b').locator('option:checked')).toContainText('custom mix');
  const table = page.getByTestId('compare-table');
  await expect(table.locator('tr[data-key="prospects"] td').nth(0)).toHaveText('3,000');
  await expect(table.locator('tr[data-key="prospects"]')).toHaveAttribute('data-difference', '0');
  const share = (r: StoredResults, stage: string) => r.funnel.find((f) => f.stage === stage)!.reached / r.prospects;
  const mqlDifference = Number(await table.locator('tr[data-key="reached:mql"]').getAttribute('data-difference'));
  expect(mqlDifference).toBeCloseTo(share(b!.results, 'mql') - share(a!.results, 'mql'), 10);
  const convertedDifference = Number(await table.locator('tr[data-key="converted"]').getAttribute('data-difference'));
  expect(convertedDifference).toBeCloseTo((b!.results.exits.converted! - a!.results.exits.converted!) / 3000, 10);
  await expect(table.locator('tr[data-key="emailsPerProspect"]')).toBeVisible();
  await expect(page.getByTestId('compare-funnel').locator('.recharts-bar-rectangle').first()).toBeVisible();
  // Same journey, other prospects: the comparison says where the differences come from.
  await expect(page.getByTestId('compare-what')).toHaveAttribute('data-kind', 'same');

  // Change the journey (more points for attending) and run the same prospects again: now the change explains the differences.
  await page.getByTestId('compare-close').click();
  await page.getByTestId('simulate-button').click(); // the step inspector takes the panel's place
  await page.getByTestId('node-score_attend').click();
  await page.getByTestId('inspector-points').fill('40');
  await page.getByTestId('simulate-button').click();
  // The Run tab kept what was typed: 3,000 prospects, all of the first persona.
  await expect(page.getByTestId('simulation-count')).toHaveValue('3000');
  await expect(mixInputs.first()).toHaveValue('100');
  await page.getByTestId('simulation-run').click();
  await expect.poll(async () => (await storedRuns(page, 'sample_webinar')).length, { timeout: 30_000 }).toBe(storedBefore + 3);
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByTestId('open-compare').click();
  await page.getByTestId('compare-a').selectOption(b!.id);
  await expect(page.getByTestId('compare-what')).toHaveAttribute('data-kind', 'changed');
  await expect(page.getByTestId('compare-what')).toContainText('(still 22 steps)');
  // Against the first run both the journey and the prospects differ, and it says so.
  await page.getByTestId('compare-a').selectOption(a!.id);
  await expect(page.getByTestId('compare-what')).toHaveAttribute('data-kind', 'changedAndProspects');
});

test('a journey of 1,000 steps exports as a PNG with every step drawn, then draws only the steps in view again', async ({ page, webHost }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open(webHost.url);
  const journey = generateLargeJourney();
  const file = { format: 'nurture-studio.journey', formatVersion: 1, journey, templates: [] };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-journey').click()]);
  await chooser.setFiles({ name: 'large.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(app.title).toHaveText(journey.name);
  const drawn = () => page.locator('.react-flow__node').count();
  await expect.poll(drawn).toBeGreaterThan(0);
  expect(await drawn()).toBeLessThan(journey.nodes.length); // virtualised: only the steps in view

  await page.getByTestId('simulate-button').click();
  await page.getByTestId('simulation-source').selectOption('sample_prospects');
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  // Count the steps in the DOM at every change while the image is drawn, and note whether
  // the button said so (the page is too busy drawing to be asked in between).
  await page.evaluate(() => {
    const w = window as unknown as { mostStepsDrawn: number; buttonSaidDrawing: boolean };
    w.mostStepsDrawn = 0;
    w.buttonSaidDrawing = false;
    new MutationObserver(() => {
      w.mostStepsDrawn = Math.max(w.mostStepsDrawn, document.querySelectorAll('.react-flow__viewport .react-flow__node').length);
      const button = document.querySelector<HTMLButtonElement>('[data-testid="export-png"]');
      if (button?.disabled && button.textContent?.includes('Drawing the image…')) w.buttonSaidDrawing = true;
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  const [pngDownload] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('export-png').click()]);
  const png = fs.readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(4000); // capped at 4,000 px a side, at twice the density
  const seen = await page.evaluate(() => {
    const w = window as unknown as { mostStepsDrawn: number; buttonSaidDrawing: boolean };
    return { mostStepsDrawn: w.mostStepsDrawn, buttonSaidDrawing: w.buttonSaidDrawing };
  });
  expect(seen.mostStepsDrawn).toBe(journey.nodes.length);
  expect(seen.buttonSaidDrawing).toBe(true);
  await expect(page.getByTestId('export-png')).toBeEnabled();
  await expect.poll(drawn).toBeLessThan(journey.nodes.length);

  // Leave the shared test data as it was.
  const imported = page.locator('.journey-item--open');
  await imported.getByTestId('delete-journey').click();
  await imported.getByTestId('confirm-delete').click();
  await expect(app.journey(journey.name)).toHaveCount(0);
});
