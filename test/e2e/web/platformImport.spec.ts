import { AppPage } from '../support/appPage';
import { expect, test } from '../support/webHost';

// A Klaviyo flow as GET /api/flows/{id}?additional-fields[flow]=definition returns it (Klaviyo's OpenAPI get_flow response shape).
const flow = (actions: unknown[]) => ({
  data: {
    type: 'flow',
    id: 'WeLc0m',
    attributes: {
      name: 'Welcome flow from Klaviyo',
      definition: {
        triggers: [{ type: 'list', id: 'Ab12Cd' }],
        profile_filter: null,
        entry_action_id: 'mail',
        reentry_criteria: null,
        actions,
      },
    },
  },
});

test('import from a platform: the kind recognised, the report with places in the file, the journey opened; a broken file stores nothing', async ({ page, webHost }) => {
  const app = new AppPage(page);
  await app.open(webHost.url);
  const before = await page.getByTestId('journey-item').count();

  await page.getByTestId('import-platform').click();
  const dialog = page.getByTestId('platform-import');
  await expect(dialog).toBeVisible();
  const good = flow([
    { temporary_id: 'mail', type: 'send-email', links: { next: 'wait' }, data: { message: { name: 'Welcome', subject_line: 'Hi {{ first_name }}', template_id: 'Tm1' } } },
    { temporary_id: 'wait', type: 'time-delay', links: { next: 'check' }, data: { unit: 'days', value: 3, timezone: 'profile' } },
    { temporary_id: 'check', type: 'conditional-split', links: { next_if_true: 'tag', next_if_false: null }, data: { profile_filter: { condition_groups: [{ conditions: [{ type: 'profile-property', property: "properties['country']", filter: { type: 'string', operator: 'equals', value: 'DE' } }] }] } } },
    { temporary_id: 'tag', type: 'send-sms', links: { next: null }, data: {} },
  ]);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose-file').click()]);
  await chooser.setFiles({ name: 'welcome.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByTestId('import-summary')).toContainText('“welcome.json” is now the journey “Welcome flow from Klaviyo”');
  await expect(page.getByTestId('import-report')).toContainText('$.data.attributes.definition.actions[3]');
  await expect(page.getByTestId('import-report')).toContainText('“send-sms” has no equivalent');
  await page.screenshot({ path: test.info().outputPath('platform-import.png') });
  await page.getByTestId('import-close').click();
  await expect(app.title).toHaveText('Welcome flow from Klaviyo');
  // The four steps, and an exit on each path that ends (Klaviyo ends a path with an empty link).
  await expect(app.nodes()).toHaveCount(6);
  await expect(page.locator("body")).not.toContainText("leads nowhere");
  await expect(page.getByTestId('journey-item')).toHaveCount(before + 1);

  // Chosen as Mautic, the Klaviyo file is refused; a file that is not JSON too. Nothing is stored.
  await page.getByTestId('import-platform').click();
  await page.getByTestId('import-kind-mautic').check();
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose-file').click()]);
  await again.setFiles({ name: 'welcome.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByTestId('import-refused')).toContainText('The file is a Klaviyo flow, not a Mautic campaign');
  const [third] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-choose-file').click()]);
  await third.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"data": {"type": "flow",') });
  await expect(page.getByTestId('import-refused')).toContainText('not valid JSON');
  await page.screenshot({ path: test.info().outputPath('platform-import-refused.png') });
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('journey-item')).toHaveCount(before + 1);

  // Leave the shared test data as it was.
  const copy = page.locator('.journey-item--open');
  await copy.getByTestId('delete-journey').click();
  await copy.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('journey-item')).toHaveCount(before);
});
