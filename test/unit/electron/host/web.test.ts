// The real host (`npm run web`) as a process of its own: what survives stopping it, killing
// it with SIGKILL, and damage to its data file between runs.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { type HostProcess, killAll, startHostProcess } from '../../../support/hostProcess';
import { tempDir } from '../../../support/tempDir';

const DATABASE = 'nurture-studio.sqlite';
const SIDE = ['', '-wal', '-shm'] as const;

const hashOf = (file: string) => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null);
const hashes = (file: string) => SIDE.map((suffix) => hashOf(file + suffix));

describe('the host as a process', { timeout: 180_000 }, () => {
  const started: HostProcess[] = [];
  const start = async (dataDir: string) => {
    const host = await startHostProcess(dataDir);
    started.push(host);
    return host;
  };
  afterEach(() => killAll(started.splice(0)));

  it('keeps a save that was acknowledged just before the host was killed with SIGKILL', async () => {
    type Versioned = { document: JourneyDocument; version: number };
    type Details = { template: { revision: number; mjml: string } & Record<string, unknown> };
    const dataDir = tempDir();
    const first = await start(dataDir);
    const loaded = await first.api<Versioned>('journeys:load', { id: 'sample_webinar' });
    assert(loaded.result.ok);
    const { document, version } = loaded.result.value;
    const edited = { ...document, nodes: document.nodes.map((n) => (n.id === 'email_live' ? { ...n, label: 'Saved, then killed' } : n)) };
    const opened = await first.api<Details>('templates:get', { id: 'starter-welcome-en' });
    assert(opened.result.ok);
    const template = opened.result.value.template;
    const mjml = template.mjml.replace('Thanks for getting in touch', 'Saved, then killed');
    const content = { name: template.name, subject: template.subject, preheader: template.preheader, topics: template.topics, language: template.language, mjml };

    const savedTemplate = await first.api('templates:save', { id: template.id, content, baseRevision: template.revision });
    expect(savedTemplate.result.ok).toBe(true);
    const saved = await first.api<{ version: number }>('journeys:save', { document: edited, baseVersion: version });
    // Killed the moment the acknowledgement arrives: nothing is flushed or closed.
    await first.kill();
    expect(saved).toMatchObject({ status: 200, result: { ok: true, value: { version: version + 1 } } });
    expect(fs.statSync(path.join(dataDir, `${DATABASE}-wal`)).size, 'the save sits in the -wal').toBeGreaterThan(0);

    const second = await start(dataDir);
    expect(second.output()).not.toMatch(/Notice/);
    const reloaded = await second.api<Versioned>('journeys:load', { id: 'sample_webinar' });
    assert(reloaded.result.ok);
    expect(reloaded.result.value.version).toBe(version + 1);
    expect(reloaded.result.value.document.nodes.find((n) => n.id === 'email_live')?.label).toBe('Saved, then killed');
    expect(await second.api('templates:get', { id: template.id })).toMatchObject({ result: { ok: true, value: { template: { revision: template.revision + 1, mjml } } } });
  });

  it('moves a damaged data file aside byte-identical with the -wal a kill -9 left (the recipe of issue 12)', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE);
    await (await start(dataDir)).stop();
    expect(fs.existsSync(`${file}-wal`), 'a clean stop folds the -wal into the file').toBe(false);

    const second = await start(dataDir);
    const renamed = await second.api<{ name: string }>('journeys:rename', { id: 'sample_webinar', name: 'Renamed before the crash' });
    expect(renamed.result).toMatchObject({ ok: true, value: { name: 'Renamed before the crash' } });
    await second.kill();
    expect(fs.statSync(`${file}-wal`).size, 'the rename sits in the -wal').toBeGreaterThan(0);

    // Keep the first 100 bytes of the main file, garbage after.
    const bytes = fs.readFileSync(file);
    crypto.randomFillSync(bytes, 100);
    fs.writeFileSync(file, bytes);
    const before = hashes(file);

    const third = await start(dataDir);
    expect(third.output()).toMatch(/Notice: The data file was damaged \(.+\)\. It was moved to (.+) and a new one was started\./s);
    const movedTo = /It was moved to (.+) and a new one/.exec(third.output())![1]!;
    expect(hashes(movedTo)).toEqual(before);
    expect(fs.statSync(`${movedTo}-wal`).size).toBeGreaterThan(0);
    // The new file is a working library again, with the samples of a fresh start.
    const list = await third.api<{ id: string }[]>('journeys:list', {});
    expect(list.result.ok && list.result.value.map((j) => j.id)).toContain('sample_webinar');
  });
});
