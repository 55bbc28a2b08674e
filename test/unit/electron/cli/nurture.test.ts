import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/nurture';
import { SAMPLE_DIR, SAMPLE_FILES } from '../../../support/samples';
import { tempDir } from '../../../support/tempDir';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('nurture CLI', () => {
  it('validates the sample journeys with exit 0', async () => {
    for (const file of SAMPLE_FILES) {
      const result = await cli('validate', path.join(SAMPLE_DIR, file));
      expect(result.code, result.out + result.err).toBe(0);
      expect(result.out).toMatch(/0 errors, 0 warnings/);
    }
  });

  it('prints the problems of a broken journey and exits 1', async () => {
    const doc = JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'webinar.journey.json'), 'utf8'));
    doc.journey.nodes[1].params.branches[0].percent = 70;
    doc.journey.edges = doc.journey.edges.filter((e: { source: string }) => e.source !== 'wait_watch');
    const file = path.join(tempDir(), 'broken.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/error\s+split_not_100 step split_subject: .*120%/);
    expect(result.out).toMatch(/output_unconnected step wait_watch/);
    const json = await cli('validate', file, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ valid: false });
  });

  it('answers hostile files with a message, not a stack trace', async () => {
    const dir = tempDir();
    const cases: [string, string | Buffer, RegExp][] = [
      ['deep.json', '['.repeat(1_000_000), /nests deeper than 64 levels/],
      ['nan.json', '{"format":"nurture-studio.journey","formatVersion":1,"journey":{"x":NaN}}', /not valid JSON: Unexpected token 'N' \(line 1, column 69\)/],
      ['proto.json', '{"__proto__":{"admin":true}}', /\$\.__proto__: the key "__proto__" is not allowed/],
      ['types.json', '{"format":"nurture-studio.journey","formatVersion":1,"journey":{"nodes":"all"},"templates":{}}', /\$\.journey\.nodes: .*array/],
    ];
    for (const [name, content, expected] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const result = await cli('validate', file);
      expect(result.code, name).toBe(1);
      expect(result.out + result.err, name).toMatch(expected);
      expect(result.out + result.err, name).not.toMatch(/\n\s+at /);
    }
    const huge = path.join(dir, 'huge.json');
    fs.writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 0x20));
    const result = await cli('validate', huge);
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toMatch(/is 100 MB; journey files may be at most 20 MB/);
  });

  it('prints the JSON Schema', async () => {
    const result = await cli('schema');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ title: expect.stringContaining('exchange format'), type: 'object' });
  });

  it('exports and imports against the same SQLite store the app uses', async () => {
    const dataDir = tempDir();
    const first = path.join(tempDir(), 'webinar.json');
    // import creates the store (seeded with the samples), so the imported copy gets a new id
    const imported = await cli('import', path.join(SAMPLE_DIR, 'webinar.journey.json'), '--data-dir', dataDir);
    expect(imported.code, imported.err).toBe(0);
    // The library has a journey of that name: the copy is numbered, and its templates (the same
    // content, brand layout expanded) are the library's own, not duplicates.
    expect(imported.out).toMatch(/Imported “Webinar: Marketing automation live \(sample\) \(2\)” as j_\w+ \(its id sample_webinar was taken\)/);
    expect(imported.out).not.toMatch(/kept as/);
    const exported = await cli('export', 'sample_webinar', '--data-dir', dataDir, '--out', first);
    expect(exported.code, exported.err).toBe(0);
    expect(fs.readFileSync(first, 'utf8')).toBe(fs.readFileSync(path.join(SAMPLE_DIR, 'webinar.journey.json'), 'utf8'));
    const byName = await cli('export', 'Re-engagement: last chance (sample)', '--data-dir', dataDir, '--out', path.join(dataDir, 'r.json'));
    expect(byName.code).toBe(0);
    const missing = await cli('export', 'nope', '--data-dir', dataDir, '--out', path.join(dataDir, 'x.json'));
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toMatch(/No journey with id or name "nope"/);
    const empty = await cli('export', 'x', '--data-dir', tempDir(), '--out', path.join(dataDir, 'x.json'));
    expect(empty.err).toMatch(/no Nurture Studio data/);
  });

  it('refuses a broken import and changes nothing', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'bad.json');
    fs.writeFileSync(file, '{"format":"nurture-studio.journey","formatVersion":1,"journey":{}}');
    const result = await cli('import', file, '--data-dir', dataDir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot be imported; it has \d+ problems:\n\s+\$\.journey\.schemaVersion/);
  });

  it('answers bad arguments with the usage text and exit 2', async () => {
    for (const argv of [[], ['frobnicate'], ['validate'], ['validate', 'a', 'b'], ['export', 'x'], ['import', 'f'], ['schema', 'extra'], ['validate', 'f', '--bogus']]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(/Usage:\n\s+nurture validate FILE/);
    }
  });

  it('simulates a journey file with generated or CSV prospects', async () => {
    const file = path.join(SAMPLE_DIR, 'whitepaper-follow-up.journey.json');
    const summary = await cli('simulate', file, '--prospects', '2000', '--seed', '3', '--days', '60');
    expect(summary.code, summary.err).toBe(0);
    expect(summary.out).toMatch(/Simulated 2,000 prospects through “Whitepaper follow-up \(sample\)” for 60 days \(seed 3/);
    expect(summary.out).toMatch(/MQL\s+[\d,]+\s+\d+\.\d%/);
    expect(summary.out).toMatch(/Costs\s+€[\d,]+ \(emails €[\d,]+, sales time €[\d,]+, fixed €[\d,]+\); per MQL/);
    const json = await cli('simulate', file, '--prospects', 'assets/prospects/sample-500.csv', '--json', '--workers', '0');
    expect(json.code, json.err).toBe(0);
    const results = JSON.parse(json.out);
    for (const key of ['nodes', 'edges', 'funnel', 'exits', 'emailsPerProspect', 'handoffs', 'sales', 'money', 'stuck', 'timelines']) expect(results).toHaveProperty(key);
    expect(results.prospects).toBe(500);
    const again = JSON.parse((await cli('simulate', file, '--prospects', 'assets/prospects/sample-500.csv', '--json', '--workers', '0')).out);
    expect(again).toEqual(results);
  });

  it('answers bad simulate arguments with exit 2', async () => {
    const file = path.join(SAMPLE_DIR, 'webinar.journey.json');
    for (const argv of [['simulate', file], ['simulate', file, '--prospects', '10', '--seed', 'abc'], ['simulate', file, '--prospects', '10', '--days', '0']]) {
      expect((await cli(...argv)).code, argv.join(' ')).toBe(2);
    }
  });

  it('prints the account funnel of a prospect file with accounts', async () => {
    const file = path.join(SAMPLE_DIR, 'whitepaper-follow-up.journey.json');
    const run = await cli('simulate', file, '--prospects', 'assets/prospects/sample-accounts.csv', '--workers', '0');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/Accounts\s+80 \(\d\.\d contacts each, each contact alone\): INQUIRY \d+ · MQL \d+ · SAL \d+ · SQL \d+ · CUSTOMER \d+; \d+ won/);
    const alone = await cli('simulate', file, '--prospects', 'assets/prospects/sample-500.csv', '--workers', '0');
    expect(alone.out).not.toMatch(/Accounts/);
  });

  it('prints its usage for --help after any command, and exits 0', async () => {
    for (const argv of [['export', '--help'], ['simulate', '-h'], ['help']]) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(0);
      expect(run.out).toMatch(/nurture export JOURNEY --target klaviyo\|mautic/);
    }
  });

  const built = path.resolve('out/main/cli.js');
  it.skipIf(!fs.existsSync(built))('runs as the installed "nurture" command (bin/nurture.js)', () => {
    const run = spawnSync(process.execPath, ['bin/nurture.js', 'validate', path.join(SAMPLE_DIR, 'whitepaper-follow-up.journey.json')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Whitepaper follow-up \(sample\)” — 0 errors/);
    const bad = spawnSync(process.execPath, ['bin/nurture.js', 'nonsense'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
