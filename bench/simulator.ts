// Simulator benchmark: prospects/s and steps/s for 10k, 100k and 1M generated prospects
// on the whitepaper sample, with peak memory, against the targets of the simulator issue.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SimulationPool } from '../electron/services/simulation/pool';
import { JourneyDocument } from '../shared/journey/schema';
import { PersonaSet, SimulationOptions } from '../shared/simulation/model';
import type { SimulationInput } from '../shared/simulation/simulate';

export interface SimulatorFigures {
  prospects: number;
  seconds: number;
  prospectsPerSecond: number;
  stepsPerSecond: number;
  peakRssMb: number;
}

export async function benchSimulator(root: string, workerScript: string, workers: number): Promise<SimulatorFigures[]> {
  const journey = JourneyDocument.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/journeys/whitepaper-follow-up.journey.json'), 'utf8')).journey);
  const personas = PersonaSet.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/personas/default.personas.json'), 'utf8')));
  const input = (count: number): SimulationInput => ({
    journey,
    personas: personas.personas,
    source: { kind: 'generate', plan: { count, mix: personas.defaultMix, entrySpreadDays: 14 } },
    options: SimulationOptions.parse({ seed: 42, horizonDays: 90 }),
  });
  // The app keeps one warm pool; warm it (threads and JIT) once, as the first run in the app would.
  const pool = new SimulationPool(workerScript, workers);
  await pool.run(input(20_000));
  const figures: SimulatorFigures[] = [];
  for (const count of [10_000, 100_000, 1_000_000]) {
    const started = performance.now();
    const { results } = await pool.run(input(count));
    const seconds = (performance.now() - started) / 1000;
    figures.push({
      prospects: count,
      seconds,
      prospectsPerSecond: count / seconds,
      stepsPerSecond: results.totals.steps / seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    });
  }
  await pool.close();
  return figures;
}

export interface AppRunFigures {
  prospects: number;
  runSeconds: number;
  csvSeconds: number;
  csvMb: number;
  storedRowsMb: number;
}

/** The same run through the app's service: simulate, store results and per-prospect rows, then export the CSV. */
export async function benchAppRun(workerScript: string, workers: number, prospects = 1_000_000): Promise<AppRunFigures> {
  const { createServices } = await import('../electron/services');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-bench-'));
  const services = createServices({ dataDir, simulationWorkerScript: workerScript, simulationWorkers: workers });
  try {
    const started = performance.now();
    const { runId } = services.simulations.start({ journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: prospects }, options: { seed: 42, horizonDays: 90 } });
    await services.simulations.settled(runId);
    const runSeconds = (performance.now() - started) / 1000;
    const exportStarted = performance.now();
    const csv = services.simulations.exportCsv(runId);
    const csvSeconds = (performance.now() - exportStarted) / 1000;
    return { prospects, runSeconds, csvSeconds, csvMb: Buffer.byteLength(csv.content) / 1024 / 1024, storedRowsMb: (prospects * 9) / 1024 / 1024 };
  } finally {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
