import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SALES_ROW_COLUMNS } from '../../../../../electron/services/store/migrations';
import { PROSPECT_CSV_COLUMNS } from '../../../../../shared/simulation/prospectCsv';
import { createServices, SAMPLE_ACCOUNTS_SET_ID, SAMPLE_PROSPECT_SET_ID } from '../../../../../electron/services';
import { dispatch } from '../../../../../shared/api/dispatch';
import { journeyFingerprint } from '../../../../../shared/journey/fingerprint';
import { DownloadTickets, TICKET_PATTERN, writeFileStreamed } from '../../../../../electron/services/simulation/csvExport';
import { tempDir } from '../../../../support/tempDir';

const WORKER = path.resolve('out/main/simWorker.js');

async function call<T>(services: ReturnType<typeof createServices>, channel: string, request: unknown): Promise<T> {
  const result = await dispatch(services.handlers, channel, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('simulations through the API', () => {
  it('runs the whitepaper sample with the 500 sample prospects and stores the run', async () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir });
    const sets = await call<{ id: string; count: number }[]>(services, 'prospectSets:list', {});
    expect(sets).toEqual(expect.arrayContaining([expect.objectContaining({ id: SAMPLE_PROSPECT_SET_ID, count: 500 }), expect.objectContaining({ id: SAMPLE_ACCOUNTS_SET_ID, count: 289 })]));
    expect(sets).toHaveLength(2);
    const { runId } = await call<{ runId: string }>(services, 'simulation:start', {
      journeyId: 'sample_whitepaper',
      prospects: { kind: 'set', setId: SAMPLE_PROSPECT_SET_ID },
      options: { seed: 4, horizonDays: 60 },
    });
    await services.simulations.settled(runId);
    const progress = await call<{ status: string; done: number }>(services, 'simulation:progress', { runId });
    expect(progress).toMatchObject({ status: 'done', done: 500 });
    const { results, run } = await call<{ results: { prospects: number; timelines: unknown[]; exits: { converted: number } }; run: { status: string } }>(services, 'simulation:result', { runId });
    expect(run.status).toBe('done');
    expect(results.prospects).toBe(500);
    expect(results.timelines).toHaveLength(200); // sampled above timelineSample
    await services.close();
    // Stored: a new process finds the run and its results.
    const again = createServices({ dataDir });
    const listed = await call<{ id: string; journeyFingerprint: string; journeySteps: number }[]>(again, 'simulation:list', { journeyId: 'sample_whitepaper' });
    expect(listed.map((r) => r.id)).toEqual([runId]);
    // The run knows which journey it ran: same fingerprint as the journey now, and its steps.
    const { document: journey } = await call<{ document: Parameters<typeof journeyFingerprint>[0] }>(again, 'journeys:load', { id: 'sample_whitepaper' });
    expect(listed[0]).toMatchObject({ journeyFingerprint: journeyFingerprint(journey), journeySteps: journey.nodes.length });
    expect((await call<{ results: { prospects: number } }>(again, 'simulation:result', { runId })).results.prospects).toBe(500);
    // One CSV line per prospect, in set order, whose outcomes add up to the run's exits.
    const csv = await call<{ ticket: string; rows: number; fileName: string }>(again, 'simulation:exportCsv', { runId });
    expect(csv.rows).toBe(500);
    expect(csv.fileName).toMatch(/^whitepaper-follow-up.*seed4\.csv$/);
    const download = again.simulations.openDownload(csv.ticket);
    expect(download.fileName).toBe(csv.fileName);
    const lines = [...download.pieces()].join('').trim().split('\r\n');
    expect(lines[0]).toBe(PROSPECT_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(501);
    const sample = (await call<{ id: string }[]>(again, 'prospectSets:prospects', { id: SAMPLE_PROSPECT_SET_ID, limit: 3 })).map((p) => p.id);
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(sample);
    const converted = lines.filter((l) => l.split(',')[3] === 'converted').length;
    expect(converted).toBe(results.exits.converted);
    // A run stored before the sales side has no sales columns: those fields stay empty.
    const before = [...again.simulations.csvExport(runId).pieces()].join('');
    const db = new Database(again.databaseFile);
    db.prepare(`UPDATE simulation_run_rows SET ${SALES_ROW_COLUMNS.map((c) => `${c} = NULL`).join(', ')}`).run();
    db.close();
    const older = [...again.simulations.csvExport(runId).pieces()].join('').trim().split('\r\n');
    expect(older.slice(1).every((l) => l.endsWith(',,,,,,,'))).toBe(true);
    expect(older.map((l) => l.split(',').slice(0, 8).join(','))).toEqual(before.trim().split('\r\n').map((l) => l.split(',').slice(0, 8).join(',')));
    // A ticket is good for one download.
    expect(() => again.simulations.openDownload(csv.ticket)).toThrow(/unknown, used or expired/);
    await again.close();
  });

  it('streams the CSV of a generated run to a file with the identities the run had, the file replaced only when whole', async () => {
    const services = createServices({ dataDir: tempDir() });
    const { runId } = await call<{ runId: string }>(services, 'simulation:start', { journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: 3000 }, options: { seed: 5, timelineSample: 3000 } });
    await services.simulations.settled(runId);
    const { results } = await call<{ results: { timelines: { prospectId: string; name: string; persona: string; outcome: string }[] } }>(services, 'simulation:result', { runId });
    const file = path.join(tempDir(), 'run.csv');
    fs.writeFileSync(file, 'old content');
    const failing = (function* () {
      yield 'prospect_id\r\n';
      throw new Error('disk full');
    })();
    await expect(writeFileStreamed(file, failing)).rejects.toThrow('disk full');
    expect(fs.readFileSync(file, 'utf8')).toBe('old content');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['run.csv']);
    await writeFileStreamed(file, services.simulations.csvExport(runId).pieces());
    const lines = fs.readFileSync(file, 'utf8').trim().split('\r\n').map((l) => l.split(','));
    expect(lines).toHaveLength(3001);
    for (const t of results.timelines.slice(0, 200)) {
      const index = Number(t.prospectId.slice(1));
      expect(lines[index + 1]!.slice(0, 4)).toEqual([t.prospectId, t.name, t.persona, t.outcome]);
    }
    await services.close();
  });

  it('lets a download ticket expire and be used once', () => {
    let now = 0;
    const tickets = new DownloadTickets<string>(() => now);
    const a = tickets.issue('run_a');
    const b = tickets.issue('run_b');
    expect(a).toMatch(TICKET_PATTERN);
    expect(tickets.redeem(a)).toBe('run_a');
    expect(tickets.redeem(a)).toBeNull();
    now += 2 * 60 * 1000;
    expect(tickets.redeem(b)).toBeNull();
  });

  it('refuses a second run while one is going, and cancels on request', async () => {
    const services = createServices({ dataDir: tempDir(), simulationWorkerScript: fs.existsSync(WORKER) ? WORKER : undefined, simulationWorkers: fs.existsSync(WORKER) ? 2 : 0 });
    const { runId } = await call<{ runId: string }>(services, 'simulation:start', { journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: 1_500_000 } });
    await expect(call(services, 'simulation:start', { journeyId: 'sample_webinar', prospects: { kind: 'generate', count: 10 } })).rejects.toThrow(/already running/);
    expect(await call(services, 'simulation:cancel', { runId })).toEqual({ cancelled: true });
    await services.simulations.settled(runId);
    expect(await call(services, 'simulation:progress', { runId })).toMatchObject({ status: 'cancelled' });
    await expect(call(services, 'simulation:result', { runId })).rejects.toThrow(/no results \(it is cancelled\)/);
    await services.close();
  });

  it('imports prospects from CSV with a row report', async () => {
    const services = createServices({ dataDir: tempDir() });
    const outcome = await call<{ imported: number; errors: { line: number }[]; set: { id: string } }>(services, 'prospectSets:importCsv', {
      name: 'Trade fair leads',
      content: 'id,name,persona,consent\na1,Ada,researcher,yes\na2,Bo,pirate,yes\n',
    });
    expect(outcome.imported).toBe(1);
    expect(outcome.errors).toEqual([expect.objectContaining({ line: 3 })]);
    expect(services.prospectSets.prospects(outcome.set.id).map((p) => p.name)).toEqual(['Ada']);
    await services.close();
  });

  it('lists and exports runs stored before their inputs had a version; a row that cannot be read lists as failed, the others as they are', async () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir });
    const { runId } = await call<{ runId: string }>(services, 'simulation:start', { journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: 40 }, options: { seed: 6 } });
    await services.simulations.settled(runId);
    const db = (services as unknown as { simulations: { db: { prepare(sql: string): { run(...a: unknown[]): void } } } }).simulations.db;
    // Rewrite its inputs as version 1 wrote them: no version, no fingerprint, steps or source name.
    const v1 = { prospects: { kind: 'generate', count: 40 }, total: 40, options: { seed: 6, horizonDays: 90, entrySpreadDays: 14, timelineSample: 200 }, personas: 'default', journeyName: 'Old name' };
    db.prepare('UPDATE simulation_runs SET inputs = ? WHERE id = ?').run(JSON.stringify(v1), runId);
    db.prepare("INSERT INTO simulation_runs (id, journey_id, status, inputs, created_at) VALUES ('run_broken', 'sample_whitepaper', 'done', '{\"total\": \"many\"}', '2020-01-01T00:00:00Z')").run();
    const listed = await call<{ id: string; status: string; journeyName: string; journeyFingerprint: string | null; error: string | null }[]>(services, 'simulation:list', {});
    expect(listed.find((r) => r.id === runId)).toMatchObject({ status: 'done', journeyName: 'Old name', journeyFingerprint: null, error: null });
    expect(listed.find((r) => r.id === 'run_broken')).toMatchObject({ status: 'failed', error: expect.stringContaining('cannot be read') });
    const lines = [...services.simulations.csvExport(runId).pieces()].join('').trim().split('\r\n');
    expect(lines).toHaveLength(41);
    // Its prospects were made by an earlier generator: they keep their numbers, not names this version would make up.
    expect(lines[1]).toMatch(/^p0,,,[a-z]+,/);
    await services.close();
  });

  it('marks runs that were going when the app stopped as interrupted', async () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir });
    const { runId } = await call<{ runId: string }>(services, 'simulation:start', { journeyId: 'sample_webinar', prospects: { kind: 'generate', count: 5 } });
    await services.simulations.settled(runId);
    // Simulate a crash mid-run by flipping the stored status back.
    const db = (services as unknown as { simulations: { db: { prepare(sql: string): { run(...a: unknown[]): void } } } }).simulations.db;
    db.prepare("UPDATE simulation_runs SET status = 'running' WHERE id = ?").run(runId);
    await services.close();
    const reopened = createServices({ dataDir });
    expect(reopened.simulations.list()[0]).toMatchObject({ id: runId, status: 'interrupted' });
    await reopened.close();
  });
});
