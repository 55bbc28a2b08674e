// nurture import FILE --from klaviyo|mautic: a platform's file into a real data folder, the import
// report, hostile files answered with their place and nothing stored, and the imported HTML going
// back out unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/nurture';
import { createServices } from '../../../../electron/services';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { exportToPlatform, serializePayload } from '../../../../shared/export/targets';
import { exportToKlaviyo } from '../../../../shared/export/klaviyo/adapter';
import { readSample } from '../../../support/samples';
import { tempDir } from '../../../support/tempDir';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

async function freshDir() {
  const dir = tempDir();
  await createServices({ dataDir: dir }).close();
  return dir;
}

async function journeyCount(dir: string) {
  const services = createServices({ dataDir: dir });
  try {
    return services.journeys.list().length;
  } finally {
    await services.close();
  }
}

const sample = () => {
  const parsed = importExchange(readSample('webinar.journey.json'));
  if (!parsed.ok) throw new Error('sample');
  return parsed.document;
};

/** A flow as Klaviyo's GET /api/flows/{id}?additional-fields[flow]=definition returns it (shape of Klaviyo's OpenAPI get_flow response). */
const klaviyoFlow = (actions: unknown[], entry = 'a1') => ({
  data: { type: 'flow', id: 'XyZ123', attributes: { name: 'Welcome series', status: 'draft', definition: { triggers: [{ type: 'list', id: 'Ldk3Ke' }], profile_filter: null, actions, entry_action_id: entry, reentry_criteria: null } } },
});

describe('nurture import --from', () => {
  it('imports a Klaviyo flow file and an exported Mautic campaign, printing the report', async () => {
    const dir = await freshDir();
    const before = await journeyCount(dir);
    const file = path.join(dir, 'flow.json');
    fs.writeFileSync(file, JSON.stringify(klaviyoFlow([
      { temporary_id: 'a1', type: 'send-email', links: { next: 'a2' }, data: { message: { name: 'Welcome', subject_line: 'Hi {{ first_name }}', template_id: 'T1' } } },
      { temporary_id: 'a2', type: 'time-delay', links: { next: 'a3' }, data: { unit: 'days', value: 2, timezone: 'profile' } },
      { temporary_id: 'a3', type: 'send-sms', links: { next: null }, data: {} },
    ])));
    const result = await cli('import', file, '--from', 'klaviyo', '--data-dir', dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/Klaviyo flow \(GET \/api\/flows\/\{id\}\) → “Welcome series”/);
    expect(result.out).toMatch(/dropped\s+\$\.data\.attributes\.definition\.actions\[2\]: Action type “send-sms” has no equivalent/);
    expect(result.out).toMatch(/approximated\s+\$\.data\.attributes\.definition\.actions\[0\]: The email’s content \(T1\) is not in the file/);
    expect(await journeyCount(dir)).toBe(before + 1);

    const { journey, templates } = sample();
    const mautic = path.join(dir, 'campaign.json');
    fs.writeFileSync(mautic, serializePayload(exportToPlatform('mautic', journey, templates).payload));
    const json = await cli('import', mautic, '--from', 'mautic', '--data-dir', dir, '--json');
    expect(json.code, json.err).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.from).toBe('mautic');
    expect(parsed.journey.nodeCount).toBeGreaterThan(5);
  });

  it('hostile files: wrong kind, cycles and missing links, not JSON, too deep, too large — clear answers, nothing broken stored', async () => {
    const dir = await freshDir();
    const before = await journeyCount(dir);
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    };
    const cyclic = write('cycle.json', JSON.stringify(klaviyoFlow([
      { temporary_id: 'a1', type: 'time-delay', links: { next: 'a2' }, data: { unit: 'days', value: 1 } },
      { temporary_id: 'a2', type: 'time-delay', links: { next: 'a1' }, data: { unit: 'days', value: 1 } },
      { temporary_id: 'a3', type: 'update-profile', links: { next: 'ghost' }, data: { profile_operations: [] } },
    ])));
    const cycle = await cli('import', cyclic, '--from', 'klaviyo', '--data-dir', dir);
    expect(cycle.code, cycle.err).toBe(0);
    expect(cycle.out).toMatch(/actions\[1\]\.links\.next: Links back to “a1”, which leads here: a cycle, cut here/);
    expect(cycle.out).toMatch(/actions\[2\]: Not reachable/);

    const wrong = await cli('import', cyclic, '--from', 'mautic', '--data-dir', dir);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/\$: The file is a Klaviyo flow, not a Mautic campaign/);
    expect((await cli('import', write('bad.json', '{"data": '), '--from', 'klaviyo', '--data-dir', dir)).err).toMatch(/not valid JSON/);
    expect((await cli('import', write('deep.json', `${'['.repeat(100)}${']'.repeat(100)}`), '--from', 'mautic', '--data-dir', dir)).err).toMatch(/nests deeper than 64 levels/);
    expect((await cli('import', write('proto.json', '{"data":{"type":"flow","__proto__":{}}}'), '--from', 'klaviyo', '--data-dir', dir)).err).toMatch(/\$\.data\.__proto__: the key "__proto__" is not allowed/);
    // 10 MB: an email of 10 MB is more than a template may hold; refused whole, nothing stored.
    const { journey, templates } = sample();
    const big = exportToKlaviyo(journey, templates).payload;
    big.templates[0]!.body.data.attributes.html = 'x'.repeat(10 * 1024 * 1024);
    const huge = await cli('import', write('big.json', JSON.stringify(big)), '--from', 'klaviyo', '--data-dir', dir);
    expect(huge.code).toBe(1);
    expect(huge.err).toMatch(/\$\.templates\[0\]\.body\.data\.attributes\.html: The email's HTML has 10,485,760 characters; a template may hold at most 1,000,000/);
    expect(await journeyCount(dir)).toBe(before + 1);
    expect((await cli('import', cyclic, '--from', 'hubspot', '--data-dir', dir)).code).toBe(2);
  });

  it('an imported email goes back out as the HTML it came with', async () => {
    const dir = await freshDir();
    const { journey, templates } = sample();
    const first = exportToKlaviyo(journey, templates).payload;
    const services = createServices({ dataDir: dir });
    try {
      const outcome = services.exchange.importPlatform(serializePayload(first), undefined, 'klaviyo');
      const again = JSON.parse((await services.exchange.exportToPlatform(outcome.journey.id, 'klaviyo')).content);
      expect(again.templates.map((t: { body: { data: { attributes: { html: string } } } }) => t.body.data.attributes.html).sort()).toEqual(first.templates.map((t) => t.body.data.attributes.html).sort());
    } finally {
      await services.close();
    }
  });
});
