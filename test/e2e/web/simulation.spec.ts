import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

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
  const results = await page.evaluate(async () => {
    const token = sessionStorage.getItem('nurture.hostToken')!;
    const call = async (channel: string, body: unknown) =>
      (await (await fetch(`/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Nurture-Token': token }, body: JSON.stringify(body) })).json()).value;
    const [run] = await call('simulation:list', { journeyId: 'sample_whitepaper' });
    return (await call('simulation:result', { runId: run.id })).results as { nodes: { id: string; entered: number; waiting: number }[]; funnel: { stage: string; reached: number }[] };
  });
  for (const node of results.nodes.filter((n) => ['entry', 'email_delivery', 'wait_click', 'score_click', 'email_reminder'].includes(n.id))) {
    await expect(page.getByTestId(`overlay-${node.id}`)).toHaveAttribute('data-entered', String(node.entered));
    await expect(page.getByTestId(`overlay-${node.id}`)).toHaveAttribute('data-waiting', String(node.waiting));
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
