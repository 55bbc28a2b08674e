// The sales side and the money of a run in the Results and Compare views, with real runs of the
// engine. The journey's sales settings are set through the API (the Sales tab has its own spec), and the
// figures on screen are checked against the results the host stored.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { JourneyDocument } from '../../../shared/journey/schema';
import type { SimulationResults } from '../../../shared/simulation/results';
import { AppPage } from '../support/appPage';
import { editJourney, hostApi } from '../support/hostApi';
import { expect, test, type WebHost } from '../support/webHost';

const WHITEPAPER = 'Whitepaper follow-up (sample)';



/** The newest finished run of a journey, as the host stored it. */
async function newestRun(host: WebHost, journeyId: string): Promise<{ id: string; results: SimulationResults }> {
  const runs = await hostApi<{ id: string; status: string; createdAt: string }[]>(host, 'simulation:list', { journeyId });
  const newest = runs.filter((r) => r.status === 'done').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
  return { id: newest.id, results: (await hostApi<{ results: SimulationResults }>(host, 'simulation:result', { runId: newest.id })).results };
}

// What the UI should print, in English: amounts in whole euros from 100 up, ratios with two decimals.
const euros = (value: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', minimumFractionDigits: Math.abs(value) < 100 ? 2 : 0, maximumFractionDigits: Math.abs(value) < 100 ? 2 : 0 }).format(value);
const ratio = (value: number) => value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const DEALS_1 = { A: 50_000, B: 30_000, C: 12_000, D: 5_000 };
const DEALS_2 = { A: 80_000, B: 45_000, C: 18_000, D: 8_000 };

function salesOn(deals: Record<'A' | 'B' | 'C' | 'D', number>) {
  return (doc: JourneyDocument) => {
    doc.sales.enabled = true;
    // Every lead is answered: A always accepted, D always rejected, B and C in between.
    doc.sales.acceptance.byGrade = { A: { accept: 1, reject: 0 }, B: { accept: 0.7, reject: 0.3 }, C: { accept: 0.3, reject: 0.7 }, D: { accept: 0, reject: 1 } };
    doc.sales.dealValue = { mode: 'byGrade', byGrade: deals };
  };
}

async function shoot(page: Page, testId: string, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.getByTestId(testId).screenshot({ path });
  if (process.env.SALES_SHOTS) fs.copyFileSync(path, `${process.env.SALES_SHOTS}/${name}.png`);
}

async function lookAt(page: Page, testId: string, name: string) {
  // Tall enough for the whole section in one picture.
  await page.setViewportSize({ width: 1440, height: 2700 });
  await shoot(page, testId, `${name}-en-light`);
  await page.getByTestId('preference-theme').selectOption('dark');
  await page.getByTestId('preference-language').selectOption('de');
  await shoot(page, testId, `${name}-de-dark`);
  await page.getByTestId('preference-theme').selectOption('light');
  await page.getByTestId('preference-language').selectOption('en');
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('sales on with acceptance and deal value set: ROI and cost per SQL in the results; a second run with other deal values compared with the first', async ({ page, webHost }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open(webHost.url);
  await editJourney(webHost, 'sample_whitepaper', salesOn(DEALS_1));

  await app.journey(WHITEPAPER).locator('.journey-item__open').click();
  await app.simulate({ count: 5000, seed: 11 });
  const first = await newestRun(webHost, 'sample_whitepaper');
  const { sales, money } = first.results;
  expect(sales!.enabled).toBe(true);
  expect(sales!.answers.noAnswer).toBe(0);
  expect(sales!.answers.rejected).toBeGreaterThan(0);
  expect(sales!.opportunities.won).toBeGreaterThan(0);
  // Revenue is the deals won, each worth its grade's value.
  expect(sales!.revenue).toBe((['A', 'B', 'C', 'D'] as const).reduce((sum, g) => sum + sales!.wonByGrade[g] * DEALS_1[g], 0));

  await page.getByTestId('open-charts').click();
  const section = page.getByTestId('sales-results');
  await expect(section).toHaveAttribute('data-status', 'on');
  await expect(page.getByTestId('sales-not-simulated')).toHaveCount(0);
  await page.getByTestId('results-to-sales').click();
  await expect(page.getByTestId('money-roi')).toHaveAttribute('data-value', String(money!.roi));
  await expect(page.getByTestId('money-roi').locator('dd').first()).toHaveText(ratio(money!.roi!));
  await expect(page.getByTestId('money-cost-per-sql')).toHaveAttribute('data-value', String(money!.costPer.sql));
  await expect(page.getByTestId('money-cost-per-sql').locator('dd')).toHaveText(euros(money!.costPer.sql!));
  await expect(page.getByTestId('money-revenue').locator('dd')).toHaveText(euros(sales!.revenue));
  // Sales' answers as shares: nothing went unanswered.
  await expect(page.getByTestId('sales-answer-shares').locator('[data-key="noAnswer"]')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('sales-answer-shares').locator('[data-key="rejected"]')).toHaveAttribute('data-count', String(sales!.answers.rejected));
  // The funnel to customer, with the time between stages the engine measured.
  const sqlToCustomer = first.results.funnel.find((f) => f.stage === 'customer')!;
  await expect(page.getByTestId('funnel-step-sql-customer')).toHaveAttribute('data-median-days', String(sqlToCustomer.medianDaysFromPrevious ?? ''));
  // The weekly chart drew its bars, and its running total.
  await expect(page.getByTestId('chart-money-weeks').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.getByTestId('money-weeks-cumulative').click();
  await expect(page.getByTestId('chart-money-weeks').locator('.recharts-area').first()).toBeVisible();
  // Paid back within the run: the week is marked.
  expect(money!.paybackWeeks).not.toBeNull();
  await expect(page.getByTestId('money-payback').locator('dd')).toHaveText(`after ${money!.paybackWeeks} weeks`);
  await expect(page.getByTestId('chart-money-weeks').locator('.recharts-reference-line')).toHaveCount(1);
  await expect(page.getByTestId('chart-money-weeks').locator('svg[data-mode="cumulative"]')).toContainText('Paid back');
  // The pipeline dwarfs revenue and cost: hidden from the legend, the axis fits the two.
  const chart = page.getByTestId('chart-money-weeks');
  await expect(chart.locator('.recharts-area')).toHaveCount(2);
  await chart.locator('.recharts-legend-item', { hasText: 'Pipeline' }).click();
  await expect(chart.locator('.recharts-area')).toHaveCount(1);
  await shoot(page, 'chart-money-weeks', 'revenue-against-cost');
  await chart.locator('.recharts-legend-item', { hasText: 'Pipeline' }).click();
  await expect(chart.locator('.recharts-area')).toHaveCount(2);
  await lookAt(page, 'sales-results', 'sales-on');
  await page.getByTestId('results-close').click();

  // Only the deal values change: same seed and prospects, so the same deals are won.
  await editJourney(webHost, 'sample_whitepaper', salesOn(DEALS_2));
  // A fresh start of the app, so the editor holds the saved settings.
  await app.open(webHost.url);
  await app.journey(WHITEPAPER).locator('.journey-item__open').click();
  await expect(app.title).toHaveText(WHITEPAPER);
  await app.simulate({ count: 5000, seed: 11 });
  const second = await newestRun(webHost, 'sample_whitepaper');
  expect(second.id).not.toBe(first.id);
  expect(second.results.sales!.wonByGrade).toEqual(sales!.wonByGrade);
  expect(second.results.money!.costs.total).toBe(money!.costs.total);
  expect(second.results.sales!.revenue).toBe((['A', 'B', 'C', 'D'] as const).reduce((sum, g) => sum + sales!.wonByGrade[g] * DEALS_2[g], 0));
  expect(second.results.money!.roi!).toBeGreaterThan(money!.roi!);

  await page.getByTestId('open-compare').click();
  await expect(page.getByTestId('compare-b')).toHaveValue(second.id);
  await page.getByTestId('compare-a').selectOption(first.id);
  const roi = page.getByTestId('compare-money-roi');
  await expect(roi).toHaveAttribute('data-a', String(money!.roi));
  await expect(roi).toHaveAttribute('data-b', String(second.results.money!.roi));
  await expect(roi.locator('dd')).toHaveText(`${ratio(money!.roi!)} → ${ratio(second.results.money!.roi!)}`);
  await expect(roi).toHaveClass(/compare-diff--better/);
  const revenue = page.getByTestId('compare-money-table').locator('tr[data-key="revenue"]');
  await expect(revenue).toHaveAttribute('data-difference', String(second.results.sales!.revenue - sales!.revenue));
  await expect(page.getByTestId('compare-money-table').locator('tr[data-key="cost"]')).toHaveAttribute('data-difference', '0');
  await lookAt(page, 'compare-money', 'compare-money');
});

test('with sales off the results show the costs and say calmly that sales was not simulated', async ({ page, webHost }) => {
  // The sample ships with sales on: switched off here, and on again at the end.
  await editJourney(webHost, 'sample_webinar', (doc) => void (doc.sales = { ...doc.sales, enabled: false }));
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await app.simulate({ count: 2000, seed: 2 });
  const { results } = await newestRun(webHost, 'sample_webinar');
  expect(results.sales!.enabled).toBe(false);

  await page.getByTestId('open-charts').click();
  await expect(page.getByTestId('sales-results')).toHaveAttribute('data-status', 'off');
  await expect(page.getByTestId('sales-not-simulated')).toContainText('Sales was not simulated');
  await expect(page.getByTestId('sales-not-simulated')).toContainText('Sales tab');
  await expect(page.getByTestId('money-figures')).toHaveCount(0);
  await expect(page.getByTestId('cost-parts').locator('tr[data-part="total"] td').nth(1)).toHaveText(euros(results.money!.costs.total));
  await expect(page.getByTestId('cost-per-stage').locator('tr[data-stage="mql"]')).toHaveAttribute('data-value', String(results.money!.costPer.mql ?? ''));
  await lookAt(page, 'sales-results', 'sales-off');
  // The pointer opens the journey's panel in place of the simulation.
  await page.getByTestId('open-sales-tab').click();
  await expect(page.getByTestId('results-view')).toHaveCount(0);
  await expect(page.getByTestId('journey-inspector')).toBeVisible();
  await page.close();
  await editJourney(webHost, 'sample_webinar', (doc) => void (doc.sales = { ...doc.sales, enabled: true }));
});

test('a run stored before the sales side shows its funnel and says it has no money figures', async ({ page, webHost }) => {
  // Such a run's results have no `sales` and no `money`: the host's answer is trimmed to that.
  await page.route('**/api/simulation:result', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { value: { results: Partial<SimulationResults> } };
    delete body.value.results.sales;
    delete body.value.results.money;
    await route.fulfill({ response, json: body });
  });
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey(WHITEPAPER).locator('.journey-item__open').click();
  await app.simulate({ sampleProspects: true, seed: 1 });
  await page.getByTestId('open-charts').click();
  await expect(page.getByTestId('sales-results')).toHaveAttribute('data-status', 'absent');
  await expect(page.getByTestId('sales-not-simulated')).toContainText('stored before sales and money were simulated');
  await expect(page.getByTestId('sales-funnel')).toBeVisible();
  await expect(page.getByTestId('sales-costs')).toHaveCount(0);
});

test('all in the app, as a campaign manager would: acceptance and deal value set in the Sales tab, run, ROI and cost per SQL read, a second run with a higher deal value compared', async ({ page, webHost }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const openWhitepaperSales = async () => {
    await app.open(webHost.url);
    await app.journey(WHITEPAPER).locator('.journey-item__open').click();
    await expect(app.title).toHaveText(WHITEPAPER);
    await page.getByTestId('journey-tab-sales').click();
  };
  await openWhitepaperSales();
  await expect(page.getByTestId('sales-enabled')).toBeChecked(); // the sample simulates sales
  await page.getByTestId('sales-reject-B').fill('5');
  await page.getByTestId('sales-accept-B').fill('95');
  await page.getByTestId('sales-deal-B').fill('60000');
  await app.waitUntilSaved();

  await app.simulate({ count: 4000, seed: 5 });
  const first = await newestRun(webHost, 'sample_whitepaper');
  const doc = await hostApi<{ document: JourneyDocument }>(webHost, 'journeys:load', { id: 'sample_whitepaper' });
  expect(doc.document.sales.acceptance.byGrade.B).toEqual({ accept: 0.95, reject: 0.05 });
  expect(doc.document.sales.dealValue).toMatchObject({ mode: 'byGrade', byGrade: { B: 60_000 } });
  const { money } = first.results;
  await page.getByTestId('open-charts').click();
  await page.getByTestId('results-to-sales').click();
  await expect(page.getByTestId('money-roi').locator('dd').first()).toHaveText(ratio(money!.roi!));
  await expect(page.getByTestId('money-cost-per-sql').locator('dd')).toHaveText(euros(money!.costPer.sql!));

  await openWhitepaperSales();
  await page.getByTestId('sales-deal-B').fill('90000');
  await app.waitUntilSaved();
  await app.simulate({ count: 4000, seed: 5 });
  const second = await newestRun(webHost, 'sample_whitepaper');
  expect(second.id).not.toBe(first.id);
  // Same prospects and seed: the same deals, each B deal worth 30,000 more.
  expect(first.results.sales!.wonByGrade.B).toBeGreaterThan(0);
  expect(second.results.sales!.revenue - first.results.sales!.revenue).toBe(30_000 * first.results.sales!.wonByGrade.B);
  await page.getByTestId('open-compare').click();
  await expect(page.getByTestId('compare-b')).toHaveValue(second.id);
  await page.getByTestId('compare-a').selectOption(first.id);
  await expect(page.getByTestId('compare-money-roi').locator('dd')).toHaveText(`${ratio(money!.roi!)} → ${ratio(second.results.money!.roi!)}`);
});
