// Needs the built worker (npm run build, which `npm test` runs first).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SimulationCancelled, SimulationPool } from '../../../../../electron/services/simulation/pool';
import { SimulationOptions } from '../../../../../shared/simulation/model';
import type { SimulationInput } from '../../../../../shared/simulation/simulate';
import { defaultPersonas, sampleJourney } from '../../../../support/simulation';

const WORKER = path.resolve('out/main/simWorker.js');
const built = fs.existsSync(WORKER);
if (!built) console.log(`Worker tests skipped: ${WORKER} is missing; run "npm run build" first.`);

const personas = defaultPersonas();
const input = (count: number, seed = 9): SimulationInput => ({
  journey: sampleJourney('whitepaper-follow-up.journey.json'),
  personas: personas.personas,
  source: { kind: 'generate', plan: { count, mix: personas.defaultMix, entrySpreadDays: 14 } },
  options: SimulationOptions.parse({ seed, horizonDays: 90, timelineSample: 50 }),
});

describe.skipIf(!built)('simulation worker pool', () => {
  const pools: SimulationPool[] = [];
  const pool = (size: number) => {
    const p = new SimulationPool(WORKER, size);
    pools.push(p);
    return p;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('gives identical results on this thread, with 1 worker and with 2 (hand-off queue included)', async () => {
    const inProcess = await pool(0).run(input(20_000));
    const one = await pool(1).run(input(20_000));
    const two = await pool(2).run(input(20_000));
    expect(inProcess.results.handoffs.queuedAtHorizon).toBeGreaterThan(0); // capacity binds, so rounds matter
    expect(inProcess.results.timelines).toHaveLength(50);
    expect(JSON.stringify(one.results)).toBe(JSON.stringify(inProcess.results));
    expect(JSON.stringify(two.results)).toBe(JSON.stringify(inProcess.results));
    // The per-prospect rows too, placed by prospect index whichever thread ran them.
    for (const key of ['outcome', 'stage', 'score', 'emails', 'grade'] as const) {
      expect(Buffer.from(two.rows[key].buffer).equals(Buffer.from(inProcess.rows[key].buffer))).toBe(true);
    }
    const converted = inProcess.rows.outcome.filter((o) => o === 0).length;
    expect(converted).toBe(inProcess.results.exits.converted);
  });

  it('gives identical results on this thread, with 1 worker and with 2 for contacts in accounts run together', async () => {
    const base = input(20_000, 4);
    const accounts: SimulationInput = { ...base, journey: { ...base.journey, accounts: { ...base.journey.accounts, enabled: true, handoff: 'account' } }, accounts: personas.accounts };
    const inProcess = await pool(0).run(accounts);
    const one = await pool(1).run(accounts);
    const two = await pool(2).run(accounts);
    expect(inProcess.results.accounts!.together).toBe(true);
    expect(inProcess.results.accounts!.accounts).toBeGreaterThan(4000);
    expect(inProcess.results.accounts!.handedOver!.accounts).toBeGreaterThan(0);
    expect(Object.values(inProcess.results.exits).reduce((a, b) => a + b, 0)).toBe(20_000); // each contact counted once
    expect(JSON.stringify(one.results)).toBe(JSON.stringify(inProcess.results));
    expect(JSON.stringify(two.results)).toBe(JSON.stringify(inProcess.results));
    for (const key of ['outcome', 'stage', 'score', 'emails', 'grade'] as const) {
      expect(Buffer.from(two.rows[key].buffer).equals(Buffer.from(inProcess.rows[key].buffer))).toBe(true);
    }
  });

  it('reports progress and can be cancelled, then runs again', async () => {
    const p = pool(2);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = p.run(input(400_000), {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 20_000) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(SimulationCancelled);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThan(400_000);
    const after = await p.run(input(2_000));
    expect(after.results.prospects).toBe(2_000);
  });
});
