// The real host (`npm run web`) as a process of its own: what survives stopping it, killing
// it with SIGKILL, and damage to its data file between runs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
