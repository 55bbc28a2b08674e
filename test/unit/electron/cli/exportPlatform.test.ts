// nurture export … --target: from a journey file and from a data folder, the report as text and
// JSON, --strict's exit code, and bad targets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/nurture';
import { createServices } from '../../../../electron/services';
import { SAMPLE_DIR } from '../../../support/samples';
import { tempDir } from '../../../support/tempDir';
import { shapeProblems } from '../../../support/platformShapes';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('nurture export --target', () => {
  it('exports a journey file to Klaviyo and prints the capability report', async () => {
    const out = path.join(tempDir(), 'flow.json');
    const result = await cli('export', path.join(SAMPLE_DIR, 'webinar.journey.json'), '--target', 'klaviyo', '--out', out);
    expect(result.code, result.err).toBe(0);
    // Dropped: two score steps, and the two steps only sales' answers other than "accepted" reach.
    expect(result.out).toMatch(/→ Klaviyo: \d+ mapped, \d+ approximated, 4 dropped/);
    expect(result.out).toMatch(/dropped\s+“Attended” \(adjustScore\)\n\s+The platform keeps no lead score/);
    expect(result.out).toMatch(/To do in Klaviyo/);
    expect(shapeProblems('klaviyo', JSON.parse(fs.readFileSync(out, 'utf8')))).toEqual([]);
  });

  it('--strict exits 1 when a step had to be dropped, --json prints the report as data', async () => {
    const out = path.join(tempDir(), 'flow.json');
    const strict = await cli('export', path.join(SAMPLE_DIR, 'webinar.journey.json'), '--target', 'klaviyo', '--out', out, '--strict', '--json');
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/4 steps had to be dropped for Klaviyo \(--strict\)/);
    const report = JSON.parse(strict.out).report;
    expect(report.counts.dropped).toBe(4);
    expect(fs.existsSync(out)).toBe(true);
    // Nothing of the re-engagement journey is dropped in Mautic (the whitepaper's paths after a rejection by sales are).
    const reengagement = await cli('export', path.join(SAMPLE_DIR, 'reengagement.journey.json'), '--target', 'mautic', '--out', out, '--strict');
    expect(reengagement.code, reengagement.err).toBe(0);
    const whitepaper = await cli('export', path.join(SAMPLE_DIR, 'whitepaper-follow-up.journey.json'), '--target', 'mautic', '--out', out, '--strict');
    expect(whitepaper.code).toBe(1);
    expect(whitepaper.err).toMatch(/6 steps had to be dropped for Mautic/);
  });

  it('exports from a data folder to Mautic, by journey name', async () => {
    const dir = tempDir();
    const services = createServices({ dataDir: dir });
    await services.close();
    const out = path.join(dir, 'campaign.json');
    const result = await cli('export', 'Re-engagement: last chance (sample)', '--data-dir', dir, '--target', 'mautic', '--out', out);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/→ Mautic:/);
    const payload = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(shapeProblems('mautic', payload)).toEqual([]);
    // The compiled HTML of the stored templates goes along, brand layout expanded.
    expect(payload.emails[0].body.customHtml).toMatch(/<html[\s\S]*\{unsubscribe_url\}/);
  });

  it.each(['hubspot', 'sfmc', 'dittofeed'] as const)('exports a journey file to %s in the vendor’s shape', async (target) => {
    const out = path.join(tempDir(), `${target}.json`);
    const result = await cli('export', path.join(SAMPLE_DIR, 'whitepaper-follow-up.journey.json'), '--target', target, '--out', out, '--json');
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out).report.steps.length).toBeGreaterThan(10);
    expect(shapeProblems(target, JSON.parse(fs.readFileSync(out, 'utf8')))).toEqual([]);
  });

  it('refuses an unknown target and --strict without a target', async () => {
    const bad = await cli('export', 'x.json', '--target', 'mailchimp', '--out', 'y.json');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--target must be one of klaviyo, mautic, hubspot, sfmc, dittofeed; "mailchimp" is not/);
    expect((await cli('export', 'x', '--data-dir', tempDir(), '--out', 'y.json', '--strict')).code).toBe(2);
  });
});
