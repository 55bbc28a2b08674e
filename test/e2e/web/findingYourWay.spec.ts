import type { Locator, Page } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Whether an input's placeholder fits inside it, measured with the input's own font. */
const placeholderFits = (input: Locator) =>
  input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    return context.measureText(el.placeholder).width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });

/** Whether the chosen option's text fits inside a select (leaving room for its arrow). */
const selectionFits = (select: Locator) =>
  select.evaluate((el: HTMLSelectElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    return context.measureText(el.selectedOptions[0]?.text ?? '').width <= el.clientWidth - parseFloat(style.paddingLeft) - 20;
  });

/** WCAG contrast of two CSS colours (the first may be translucent over `base`). */
function contrast(page: Page, fg: string, bg: string) {
  return page.evaluate(([a, b]) => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, bl]: number[]) => {
      const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(bl!);
    };
    const [l1, l2] = [lum(rgba(a!)), lum(rgba(b!))];
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  }, [fg, bg]);
}

test('the journey list: search, sort, steps, last edited, ready or draft, and no icons over the names', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Zebra launch');
  const zebra = app.journey('Zebra launch');
  // A new journey's entry leads nowhere: one error, so still a draft.
  await expect(zebra.getByTestId('journey-status')).toHaveAttribute('data-status', 'draft');
  await expect(zebra.getByTestId('journey-status')).toHaveText('Draft');
  await expect(zebra.getByTestId('journey-status')).toHaveAttribute('title', '1 error to fix before launch');
  await expect(zebra.getByTestId('journey-steps')).toHaveText('1 step');
  await expect(zebra.getByTestId('journey-edited')).toHaveText('now');
  // Fixed, and saved: ready.
  const entry = (await app.nodes('entry').getAttribute('data-testid'))!.replace('node-', '');
  await page.getByTestId(`add-after-${entry}-next`).click();
  await page.getByTestId('step-menu-exit').click();
  await app.waitUntilSaved();
  await expect(zebra.getByTestId('journey-status')).toHaveAttribute('data-status', 'ready');
  await expect(zebra.getByTestId('journey-status')).toHaveText('Ready');
  await expect(zebra.getByTestId('journey-steps')).toHaveText('2 steps');
  await expect(app.journey('Whitepaper follow-up (sample)').getByTestId('journey-status')).toHaveAttribute('data-status', 'ready');

  // The open journey's actions sit beside its name, never over it.
  const name = (await zebra.locator('.journey-item__name').boundingBox())!;
  const actions = (await zebra.locator('.journey-item__actions').boundingBox())!;
  expect(name.x + name.width).toBeLessThanOrEqual(actions.x);

  // Last edited first; by name on request.
  const names = () => page.getByTestId('journey-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-journey-name')!));
  expect((await names())[0]).toBe('Zebra launch');
  await page.getByTestId('journey-sort').selectOption('name');
  const byName = await names();
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  expect(byName.at(-1)).toBe('Zebra launch');
  // Editing the webinar brings it to the top of "last edited".
  await page.getByTestId('journey-sort').selectOption('edited');
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await page.getByTestId('node-entry').click();
  await page.getByTestId('inspector-label').fill('Signed up for the webinar (edited)');
  await app.waitUntilSaved();
  await expect.poll(async () => (await names())[0]).toBe('Webinar: Marketing automation live (sample)');
  // Put the sample back as it was.
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId('node-entry')).not.toContainText('(edited)');

  // Search by any words of the name, ignoring case.
  await page.getByTestId('journey-search').fill('WEBINAR live');
  await expect(page.getByTestId('journey-item')).toHaveCount(1);
  await page.getByTestId('journey-search').fill('nothing like this');
  await expect(page.getByTestId('journey-item')).toHaveCount(0);
  await expect(page.getByText('No journey matches “nothing like this”.')).toBeVisible();
  await page.getByTestId('journey-search').fill('');
  await expect(page.getByTestId('journey-item').first()).toBeVisible();

  await zebra.locator('.journey-item__open').click();
  await zebra.getByTestId('delete-journey').click();
  await zebra.getByTestId('confirm-delete').click();
  await expect(zebra).toHaveCount(0);
});

test('a shortcuts sheet (?) lists every command with its keys; Escape closes it', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcuts-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId('shortcut-undo')).toContainText(/Undo\s*Ctrl\+Z|Undo\s*⌘\+Z/);
  await expect(sheet.getByTestId('shortcut-autoLayout')).toContainText('Shift+L');
  await expect(sheet.getByTestId('shortcut-addStep')).toContainText('A');
  await expect(sheet.getByTestId('shortcut-layoutDirection')).toContainText('Shift+D');
  await expect(sheet.getByTestId('shortcut-showShortcuts')).toContainText('?');
  expect(await sheet.locator('[data-testid^="shortcut-"]').count()).toBeGreaterThanOrEqual(17);
  await expect(sheet).toContainText('Drop a step onto a connection to insert it there.');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  // Also from the toolbar, and in German.
  await page.getByTestId('preference-language').selectOption('de');
  await page.getByTestId('toolbar-showShortcuts').click();
  await expect(sheet.getByRole('heading', { name: 'Tastenkürzel' })).toBeVisible();
  await expect(sheet.getByTestId('shortcut-undo')).toContainText('Rückgängig');
  await page.getByTestId('shortcuts-close').click();
  await expect(sheet).toHaveCount(0);
  await page.getByTestId('preference-language').selectOption('en');
});

test('German and dark: buttons on one line, placeholders and choices whole, a time-zone picker, a readable MJML editor', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await page.getByTestId('preference-language').selectOption('de');
  await page.getByTestId('preference-theme').selectOption('dark');
  const oneLine = async (button: Locator) => expect((await button.boundingBox())!.height).toBeLessThan(36);
  await oneLine(page.getByTestId('new-journey'));
  await oneLine(page.getByTestId('import-journey'));
  await oneLine(page.getByTestId('import-platform'));
  // New journey has a row to itself; the two imports share the next one.
  expect(Math.abs((await page.getByTestId('import-platform').boundingBox())!.y - (await page.getByTestId('import-journey').boundingBox())!.y)).toBeLessThan(2);
  expect((await page.getByTestId('new-journey').boundingBox())!.y).toBeLessThan((await page.getByTestId('import-journey').boundingBox())!.y);
  expect(await placeholderFits(page.getByTestId('journey-search'))).toBe(true);
  expect(await placeholderFits(page.getByTestId('palette-search'))).toBe(true);

  // The time zone: a picker of IANA zones, whole, saved with the journey.
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  const zone = page.getByTestId('setting-time-zone');
  await expect(zone).toHaveValue('Europe/Berlin');
  expect(await selectionFits(zone)).toBe(true);
  expect(await zone.locator('option[value="America/New_York"]').count()).toBe(1);
  await zone.selectOption('America/New_York');
  await app.waitUntilSaved();
  await page.reload();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  await expect(page.getByTestId('setting-time-zone')).toHaveValue('America/New_York');
  await page.getByTestId('setting-time-zone').selectOption('Europe/Berlin');
  await app.waitUntilSaved();

  // Routing: who gets the lead is shown whole.
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  await page.getByTestId('journey-tab-routing').click();
  for (const select of await page.getByTestId('routing-assign').all()) expect(await selectionFits(select)).toBe(true);
  // The email step's template search.
  await page.getByTestId('node-email_confirm_a').click();
  expect(await placeholderFits(page.getByTestId('template-picker-search'))).toBe(true);

  // Templates: both buttons on one line, the search's placeholder whole, the editor readable in the dark.
  await page.getByTestId('tab-templates').click();
  const templateButtons = page.locator('.sidebar__buttons .button');
  await expect(templateButtons).toHaveCount(2);
  for (const button of await templateButtons.all()) await oneLine(button);
  expect(await placeholderFits(page.getByTestId('template-search'))).toBe(true);
  await page.getByTestId('template-item').first().locator('button').first().click();
  const editor = page.getByTestId('mjml-editor');
  await editor.locator('.cm-line').nth(4).click();
  const activeLine = editor.locator('.cm-activeLine');
  await expect(activeLine).toHaveCount(1);
  const colours = await editor.evaluate((el) => {
    const background = getComputedStyle(el.querySelector('.cm-editor')!).backgroundColor;
    const active = el.querySelector('.cm-activeLine')!;
    const value = [...el.querySelectorAll('.cm-line span')].find((s) => s.textContent?.startsWith('"'))!;
    return { background, active: getComputedStyle(active).backgroundColor, text: getComputedStyle(active).color, value: getComputedStyle(value).color };
  });
  // The active line only tints the background a little: its text stays as readable as elsewhere.
  expect(await contrast(page, colours.text, colours.background)).toBeGreaterThan(7);
  expect(colours.active).toMatch(/rgba\(255, 255, 255, 0\.0\d+\)|rgb\(\d+ \d+ \d+ \/ 0\.0\d+\)/);
  expect(await contrast(page, colours.value, colours.background)).toBeGreaterThanOrEqual(4.5);

  await page.getByTestId('tab-journeys').click();
  await page.getByTestId('preference-theme').selectOption('light');
  await page.getByTestId('preference-language').selectOption('en');
});

test('the charts’ close button stays in view, and the charts make way for a replay', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
  await app.simulate({ sampleProspects: true });
  await page.getByTestId('open-charts').click();
  const results = page.getByTestId('results-view');
  await expect(page.getByTestId('chart-funnel')).toBeVisible();
  await results.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => results.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await expect(page.getByTestId('results-close')).toBeInViewport();
  const close = (await page.getByTestId('results-close').boundingBox())!;
  const view = (await results.boundingBox())!;
  expect(close.y).toBeGreaterThanOrEqual(view.y);

  // Replaying: the canvas shows the prospect's path, the charts step aside.
  await page.getByTestId('simulation-tab-replay').click();
  await expect(results).toHaveCount(0);
  await page.getByTestId('replay-prospect').first().click();
  await expect(page.locator('.step--replay-current')).toBeVisible();
  await page.getByTestId('simulation-tab-run').click();
  await expect(results).toBeVisible();
  await page.getByTestId('results-close').click();
  await expect(results).toHaveCount(0);
  await page.getByTestId('simulate-button').click();
});
