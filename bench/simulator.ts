// Simulator benchmark: prospects/s and steps/s for 10k, 100k and 1M generated prospects on
// the whitepaper sample, with peak memory; 1M on one thread against the floor (the same
// steps and emails in a bare loop) and with one and two workers; the app's run and CSV export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SimulationPool } from '../electron/services/simulation/pool';
import { JourneyDocument } from '../shared/journey/schema';
import { PersonaSet, SimulationOptions } from '../shared/simulation/model';
import type { SimulationInput } from '../shared/simulation/simulate';
import { type FloorFigures, runFloor } from './simulatorFloor';

export interface SimulatorFigures {
  prospects: number;
  workers: number;
  seconds: number;
  steps: number;
  emails: number;
  prospectsPerSecond: number;
  stepsPerSecond: number;
  nsPerStep: number;
  peakRssMb: number;
}

export interface SimulatorBench {
  /** 10k, 100k and 1M prospects with the given number of workers. */
  sizes: SimulatorFigures[];
  /** 1M prospects on the calling thread, with one worker, and with two. */
  oneThread: SimulatorFigures;
  oneWorker: SimulatorFigures;
  twoWorkers: SimulatorFigures;
  /** The floor for the one-thread run's own prospects, steps and emails. */
  floor: FloorFigures;
}

const MILLION = 1_000_000;

export async function benchSimulator(root: string, workerScript: string, workers: number): Promise<SimulatorBench> {
  const journey = JourneyDocument.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/journeys/whitepaper-follow-up.journey.json'), 'utf8')).journey);
  const personas = PersonaSet.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/personas/default.personas.json'), 'utf8')));
  const input = (count: number): SimulationInput => ({
    journey,
    personas: personas.personas,
    source: { kind: 'generate', plan: { count, mix: personas.defaultMix, entrySpreadDays: 14 } },
    options: SimulationOptions.parse({ seed: 42, horizonDays: 90 }),
  });
  // The app keeps one warm pool; warm each (threads and JIT) once, as the first run in the app would.
  const measure = async (pool: SimulationPool, count: number): Promise<SimulatorFigures> => {
    const started = performance.now();
    const { results } = await pool.run(input(count));
    const seconds = (performance.now() - started) / 1000;
    const steps = results.totals.steps;
    return {
      prospects: count,
      workers: pool.size,
      seconds,
      steps,
      emails: results.totals.emailsSent,
      prospectsPerSecond: count / seconds,
      stepsPerSecond: steps / seconds,
      nsPerStep: (seconds * 1e9) / steps,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  };
  const pools = [0, 1, 2, workers].map((size) => new SimulationPool(workerScript, size));
  try {
    for (const pool of pools) await pool.run(input(50_000));
    const [onThread, one, two, chosen] = pools as [SimulationPool, SimulationPool, SimulationPool, SimulationPool];
    const sizes: SimulatorFigures[] = [];
    for (const count of [10_000, 100_000]) sizes.push(await measure(chosen, count));
    const oneThread = await measure(onThread, MILLION);
    const floor = runFloor(MILLION, oneThread.steps, oneThread.emails);
    const oneWorker = await measure(one, MILLION);
    const twoWorkers = await measure(two, MILLION);
    sizes.push(workers === 2 ? twoWorkers : workers === 1 ? oneWorker : workers === 0 ? oneThread : await measure(chosen, MILLION));
    return { sizes, oneThread, oneWorker, twoWorkers, floor };
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }
}

export interface AppRunFigures {
  prospects: number;
  runSeconds: number;
  csvSeconds: number;
  csvMb: number;
  storedRowsMb: number;
  /** How far the process's resident memory rose above where it was while the CSV was written. */
  csvRssGrowthMb: number;
}

/** The same run through the app's service: simulate, store results and per-prospect rows, then stream the CSV to a file as a host does. */
export async function benchAppRun(workerScript: string, workers: number, prospects = 1_000_000): Promise<AppRunFigures> {
  const { createServices } = await import('../electron/services');
  const { writeFileStreamed } = await import('../electron/services/simulation/csvExport');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-bench-'));
  const services = createServices({ dataDir, simulationWorkerScript: workerScript, simulationWorkers: workers });
  try {
    const started = performance.now();
    const { runId } = services.simulations.start({ journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: prospects }, options: { seed: 42, horizonDays: 90 } });
    await services.simulations.settled(runId);
    const runSeconds = (performance.now() - started) / 1000;
    const file = path.join(dataDir, 'run.csv');
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    const exportStarted = performance.now();
    const { ticket } = services.simulations.prepareCsvDownload(runId);
    await writeFileStreamed(file, services.simulations.openDownload(ticket).pieces());
    const csvSeconds = (performance.now() - exportStarted) / 1000;
    clearInterval(sampler);
    return {
      prospects,
      runSeconds,
      csvSeconds,
      csvMb: fs.statSync(file).size / 1024 / 1024,
      storedRowsMb: (prospects * 9) / 1024 / 1024,
      csvRssGrowthMb: (rssPeak - rssBefore) / 1024 / 1024,
    };
  } finally {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
