import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('undo and redo document edits; a drag is one step; selection is not undone', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Undo me');
  const email = await app.addStep('sendEmail');
  const wait = await app.addStep('wait');
  await expect(app.nodes()).toHaveCount(3);

  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId(`node-${wait}`)).toHaveCount(0);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(page.getByTestId(`node-${wait}`)).toHaveCount(1);
  await page.keyboard.press(`${mod}+z`);
  await page.keyboard.press(`${mod}+y`);
  await expect(page.getByTestId(`node-${wait}`)).toHaveCount(1);

  // Drag the email step in many small moves: one undo puts it back where it was (in the
  // journey's coordinates: near the canvas edge a drag also pans the view).
  const node = page.getByTestId(`node-${email}`);
  const flowPosition = async () => (await page.locator(`.react-flow__node[data-id="${email}"]`).getAttribute('style'))?.match(/translate\(([-\d.]+)px, ([-\d.]+)px\)/)?.slice(1).join(',');
  const startsAt = await flowPosition();
  const before = await node.boundingBox();
  // Grab the step by its middle: near the canvas edge a drag auto-pans the canvas.
  await page.mouse.move(before!.x + before!.width / 2, before!.y + 12);
  await page.mouse.down();
  await page.mouse.move(before!.x + before!.width / 2 - 100, before!.y + 212, { steps: 15 });
  await page.mouse.up();
  await expect.poll(async () => (await node.boundingBox())!.y).toBeGreaterThan(before!.y + 150);
  expect(await flowPosition()).not.toBe(startsAt);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } }); // change selection only
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(flowPosition).toBe(startsAt);
  await expect(page.getByTestId(`node-${wait}`)).toHaveCount(1);
});

test('copy steps from one journey and paste them into another, with new ids', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Source');
  const email = await app.addStep('sendEmail');
  const wait = await app.addStep('wait');
  await app.connect(email, 'next', wait);
  await expect(app.edgeBetween(email, wait)).toHaveCount(1);
  await page.getByTestId(`node-${email}`).click();
  await page.getByTestId(`node-${wait}`).click({ modifiers: [mod] });
  await page.keyboard.press(`${mod}+c`);

  await app.createJourney('Target');
  await expect(app.nodes()).toHaveCount(1);
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
  await page.keyboard.press(`${mod}+v`);
  await expect(app.nodes('sendEmail')).toHaveCount(1);
  await expect(app.nodes('wait')).toHaveCount(1);
  await expect(app.edges()).toHaveCount(1);
  await expect(page.getByTestId(`node-${email}`)).toHaveCount(0); // pasted copies have their own ids
  await app.waitUntilSaved();
  await page.reload();
  await expect(app.title).toHaveText('Target');
  await expect(app.edges()).toHaveCount(1);

  // Duplicate through the context menu.
  await app.nodes('wait').click({ button: 'right' });
  await page.getByTestId('command-duplicate').click();
  await expect(app.nodes('wait')).toHaveCount(2);
});

test('auto-layout tidies the journey left to right, and undo restores the old positions', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Webinar: Marketing automation live (sample)').locator('.journey-item__open').click();
  await expect(app.nodes()).toHaveCount(22);
  const last = page.getByTestId('node-exit_sales');
  const before = await last.boundingBox();
  await page.getByTestId('toolbar-autoLayout').click();
  await expect.poll(async () => JSON.stringify(await last.boundingBox())).not.toBe(JSON.stringify(before));
  // Left to right, in flow coordinates (the view may still be moving): the entry is left of every other step.
  const flowX = async (id: string) => Number(/translate\((-?[\d.]+)px/.exec((await page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('style')) ?? '')?.[1]);
  const entryX = await flowX('entry');
  const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  for (const id of ids.filter((x) => x !== 'entry')) expect(await flowX(id), id).toBeGreaterThan(entryX);
  await page.keyboard.press(`${mod}+z`);
  await page.getByTestId('toolbar-fitView').click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});

test('the problems panel lists what is wrong, selects the step, and clears when fixed', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Needs fixing');
  const problem = page.getByTestId('problem').filter({ hasText: 'leads nowhere' });
  await expect(problem).toHaveCount(1);
  const entryId = await problem.getAttribute('data-node-id');
  await expect(page.getByTestId(`node-${entryId}`)).toHaveAttribute('data-problem', 'error');
  await problem.click();
  await expect(page.locator(`.react-flow__node[data-id="${entryId}"]`)).toHaveClass(/selected/);
  // The same problem in German, naming the step the German way.
  await page.getByTestId('preference-language').selectOption('de');
  await expect(page.getByTestId('problem')).toHaveText(['Schritt „Einstieg“ ohne Namen führt nirgendwohin: verbinden oder mit einem Ausstieg beenden.']);
  await page.getByTestId('preference-language').selectOption('en');
  const exit = await app.addStep('exit');
  await app.connect(entryId!, 'next', exit);
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found');
  await expect(page.getByTestId(`node-${entryId}`)).toHaveAttribute('data-problem', '');
});

test('theme and language are preferences that survive a reload', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await page.getByTestId('preference-theme').selectOption('dark');
  await page.getByTestId('preference-language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('palette-sendEmail')).toContainText('E-Mail senden');
  await expect(page.locator('.react-flow.dark')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('palette-sendEmail')).toContainText('E-Mail senden');
  await page.getByTestId('preference-theme').selectOption('light');
  await page.getByTestId('preference-language').selectOption('en');
  await expect(page.getByTestId('palette-sendEmail')).toContainText('Send email');
});

test('the inspector edits every parameter of a step, refuses invalid numbers, and edits undo', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Inspector');
  const wait = await app.addStep('wait');
  const inspector = page.getByTestId('step-inspector');
  await expect(inspector).toHaveAttribute('data-node-id', wait);
  await page.getByTestId('inspector-amount').fill('3');
  await page.getByTestId('inspector-unit').selectOption('businessDays');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 3 business days');
  await page.getByTestId('inspector-amount').fill('-4');
  await expect(inspector.getByRole('alert')).toContainText('Enter a number in the allowed range.');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 3 business days');
  await page.getByTestId('inspector-label').fill('Cooling-off period');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Cooling-off period');
  // Wait until a weekday instead: Monday 09:00 by default, then add Thursday.
  await page.getByTestId('inspector-wait-mode').selectOption('until');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait until Mon 09:00');
  await page.getByTestId('step-inspector').getByRole('checkbox', { name: 'Thu', exact: true }).check();
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait until Mon, Thu 09:00');
  await page.getByTestId('inspector-wait-mode').selectOption('duration');
  await page.getByTestId('inspector-amount').fill('3');
  await page.getByTestId('inspector-unit').selectOption('businessDays');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 3 business days');
  // Typed, then undone with the step still open: the field shows the value undo brought back,
  // not the old typing; a decimal point typed after a number stays while it reads as that number.
  await page.getByTestId('inspector-amount').fill('7');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 7 business days');
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 3 business days');
  await expect(inspector).toHaveAttribute('data-node-id', wait);
  await expect(page.getByTestId('inspector-amount')).toHaveValue('3');
  await page.getByTestId('inspector-amount').fill('3.');
  await expect(page.getByTestId('inspector-amount')).toHaveValue('3.');
  await page.getByTestId('inspector-amount').fill('3.5');
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 3.5 business days');
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Wait 3 business days');
  await expect(page.getByTestId('inspector-amount')).toHaveValue('3');

  const condition = await app.addStep('condition');
  await page.getByTestId('inspector-rule-kind').selectOption('score');
  await page.getByTestId('inspector-at-least').fill('40');
  await expect(page.getByTestId(`node-${condition}`)).toContainText('If engagement score ≥ 40');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId(`node-${condition}`)).toContainText('If engagement score ≥ 50');
  await app.waitUntilSaved();
  await page.reload();
  await expect(page.getByTestId(`node-${wait}`)).toContainText('Cooling-off period');
  await expect(page.getByTestId(`node-${condition}`)).toContainText('If engagement score ≥ 50');
});

test('journey settings, scoring and routing are edited beside the canvas and feed validation', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.journey('Re-engagement: last chance (sample)').locator('.journey-item__open').click();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  const inspector = page.getByTestId('journey-inspector');
  await expect(inspector).toBeVisible();
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found');
  // Without a consent requirement, every unguarded email is an error.
  await page.getByTestId('setting-consent').uncheck();
  await expect(page.getByTestId('problem').filter({ hasText: 'without consent' })).toHaveCount(3);
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found');
  // A goal no step can reach is a warning.
  await page.getByTestId('setting-goal').selectOption('sql');
  await expect(page.getByTestId('problem').filter({ hasText: 'can never be met' })).toHaveCount(1);
  await page.getByTestId('setting-frequency-cap').uncheck();
  await page.getByTestId('setting-frequency-cap').check();
  await page.getByTestId('setting-cap-max').fill('2');
  await expect(page.getByTestId('audience-rule')).toHaveCount(1);
  await page.getByTestId('add-audience-rule').click();
  await expect(page.getByTestId('audience-rule')).toHaveCount(2);
  await page.getByTestId('journey-tab-scoring').click();
  await page.getByTestId('scoring-download').fill('25');
  await page.getByTestId('journey-tab-routing').click();
  await expect(page.getByTestId('routing-team')).toHaveCount(2);
  await page.getByTestId('routing-capacity').first().fill('30');
  // A routing rule holds several conditions, all of which must hold.
  const dach = page.getByTestId('routing-rule').first();
  await expect(dach.getByTestId('routing-condition')).toHaveCount(1);
  await dach.getByTestId('routing-add-condition').click();
  await expect(dach.getByTestId('routing-condition')).toHaveCount(2);
  await expect(page.getByTestId('routing-rule').nth(1)).toContainText('Every lead matches this rule.');
  await app.waitUntilSaved();
  await page.reload();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await expect(page.getByTestId('setting-cap-max')).toHaveValue('2');
  await expect(page.getByTestId('audience-rule')).toHaveCount(2);
  await page.getByTestId('journey-tab-scoring').click();
  await expect(page.getByTestId('scoring-download')).toHaveValue('25');
  await page.getByTestId('journey-tab-routing').click();
  await expect(page.getByTestId('routing-capacity').first()).toHaveValue('30');
  await expect(page.getByTestId('routing-rule').first().getByTestId('routing-condition')).toHaveCount(2);
  // Removing the first keeps the second: nothing else of the rule is lost.
  await page.getByTestId('routing-rule').first().getByTestId('routing-remove-condition').first().click();
  await expect(page.getByTestId('routing-rule').first().getByTestId('routing-condition')).toHaveCount(1);
});

test('save a named revision, open it read-only, and restore it', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  await app.createJourney('Versioned');
  await app.addStep('exit');
  await page.getByTestId('revisions-button').click();
  await page.getByTestId('revision-name').fill('Two steps');
  await page.getByTestId('save-revision').click();
  await expect(page.getByTestId('journey-revision')).toHaveCount(1);
  await page.getByTestId('revisions-button').click();
  await app.addStep('wait');
  await app.addStep('wait');
  await expect(app.nodes()).toHaveCount(4);

  await page.getByTestId('revisions-button').click();
  await expect(page.getByTestId('journey-revision').first()).toContainText('2 steps (now 4)');
  await page.getByTestId('open-revision-1').click();
  await expect(page.getByTestId('revision-banner')).toContainText('read-only: 2 steps (the current version has 4)');
  await expect(app.nodes()).toHaveCount(2);
  await expect(page.getByTestId('palette-wait')).toHaveCount(0);
  await page.getByTestId('close-revision').click();
  await expect(app.nodes()).toHaveCount(4);

  await page.getByTestId('revisions-button').click();
  await page.getByTestId('restore-revision-1').click();
  await expect(app.nodes()).toHaveCount(2);
  await page.reload();
  await expect(app.title).toHaveText('Versioned');
  await expect(app.nodes()).toHaveCount(2);
});
