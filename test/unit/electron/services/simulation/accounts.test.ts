// Accounts through the app's services: the sample CSV with accounts imported as a prospect set,
// run on this thread and on 1 and 2 worker threads (the built worker, out/main/simWorker.js),
// and the account figures stored with the run and read back by a new process.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createServices, SAMPLE_ACCOUNTS_SET_ID, SAMPLE_PROSPECT_SET_ID } from '../../../../../electron/services';
import { dispatch } from '../../../../../shared/api/dispatch';
import type { SimulationResults } from '../../../../../shared/simulation/results';
import { tempDir } from '../../../../support/tempDir';

const WORKER = path.resolve('out/main/simWorker.js');
const built = fs.existsSync(WORKER);
if (!built) console.log(`The worker runs are skipped: ${WORKER} is missing; run "npm run build" first.`);

async function call<T>(services: ReturnType<typeof createServices>, channel: string, request: unknown): Promise<T> {
  const result = await dispatch(services.handlers, channel, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const SAMPLE = fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8');

/** The sample ten times over, each copy with ids and accounts of its own: enough prospects for several blocks. */
function tenfold(csv: string): string {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const copies = Array.from({ length: 10 }, (_, k) => rows.map((r) => ({ ...r, id: `${r.id}-${k}`, account: r.account ? `${r.account}-${k}` : '' }))).flat();
  return Papa.unparse(copies);
}

/** Imports prospects (the sample with accounts) into a fresh data folder and runs the whitepaper sample with them. */
async function runSample(dataDir: string, workers: number, content = SAMPLE): Promise<{ services: ReturnType<typeof createServices>; runId: string; results: SimulationResults }> {
  const services = createServices({ dataDir, ...(workers > 0 ? { simulationWorkerScript: WORKER, simulationWorkers: workers } : {}) });
  const imported = await call<{ imported: number; errors: unknown[]; set: { id: string } }>(services, 'prospectSets:importCsv', {
    name: 'Buying centres',
    content,
  });
  expect(imported.errors).toEqual([]);
  const { runId } = await call<{ runId: string }>(services, 'simulation:start', {
    journeyId: 'sample_whitepaper',
    prospects: { kind: 'set', setId: imported.set.id },
    options: { seed: 7, horizonDays: 180 },
  });
  await services.simulations.settled(runId);
  const { results } = await call<{ results: SimulationResults }>(services, 'simulation:result', { runId });
  return { services, runId, results };
}

describe('accounts through the services', () => {
  it('imports the sample with accounts as a prospect set, runs it and stores the account figures with the run', async () => {
    const dataDir = tempDir();
    const { services, runId, results } = await runSample(dataDir, 0);
    const set = services.prospectSets.list().find((s) => s.name === 'Buying centres')!;
    expect(services.prospectSets.prospects(set.id).filter((p) => p.account === undefined)).toHaveLength(12);
    const accounts = results.accounts!;
    expect(accounts.accounts).toBe(80);
    expect(accounts.contacts + accounts.contactsWithoutAccount).toBe(results.prospects);
    expect(accounts.funnel.map((f) => f.stage)).toEqual(['inquiry', 'mql', 'sal', 'sql', 'customer']);
    accounts.funnel.forEach((f, s) => expect(f.reached, f.stage).toBeLessThanOrEqual(results.funnel[s]!.reached));
    expect(accounts.funnel[0]!.reached).toBeGreaterThan(0);
    // The per-prospect CSV is as before: accounts add no column to it.
    const csv = services.simulations.csvExport(runId);
    expect([...csv.pieces()].join('').split('\r\n')[0]).not.toMatch(/account/);
    await services.close();
    // Stored: a new process reads the same figures.
    const again = createServices({ dataDir });
    expect((await call<{ results: SimulationResults }>(again, 'simulation:result', { runId })).results.accounts).toEqual(accounts);
    // The shipped sample without accounts: no account figures.
    const { runId: plain } = await call<{ runId: string }>(again, 'simulation:start', { journeyId: 'sample_whitepaper', prospects: { kind: 'set', setId: SAMPLE_PROSPECT_SET_ID }, options: { seed: 7 } });
    await again.simulations.settled(plain);
    expect((await call<{ results: SimulationResults }>(again, 'simulation:result', { runId: plain })).results).not.toHaveProperty('accounts');
    // A new library comes with the sample accounts, and the buying-centre sample runs them together.
    const { runId: together } = await call<{ runId: string }>(again, 'simulation:start', { journeyId: 'sample_buying_centre', prospects: { kind: 'set', setId: SAMPLE_ACCOUNTS_SET_ID }, options: { seed: 7, horizonDays: 180 } });
    await again.simulations.settled(together);
    const bc = (await call<{ results: SimulationResults }>(again, 'simulation:result', { runId: together })).results;
    expect(bc.prospects).toBe(289);
    expect(bc.accounts).toMatchObject({ accounts: 80, together: true });
    expect(bc.accounts!.handedOver!.accounts).toBeGreaterThan(0);
    await again.close();
  });

  it.skipIf(!built)('gives the same results, account figures included, on this thread and on 1 and 2 workers', async () => {
    const runs = [];
    for (const workers of [0, 1, 2]) {
      const { services, results } = await runSample(tempDir(), workers, tenfold(SAMPLE));
      runs.push(results);
      await services.close();
    }
    expect(runs[0]!.accounts!.accounts).toBe(800);
    expect(runs[0]!.accounts!.won.accounts).toBeGreaterThan(0);
    expect(JSON.stringify(runs[1])).toBe(JSON.stringify(runs[0]));
    expect(JSON.stringify(runs[2])).toBe(JSON.stringify(runs[0]));
  });
});
