// Simulator benchmark: prospects/s and steps/s for 10k, 100k and 1M generated prospects on
// the whitepaper sample, with peak memory; 1M on one thread against the floor (the same
// steps and emails in a bare loop) and with one and two workers; the app's run and CSV export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SimulationPool } from '../electron/services/simulation/pool';
import { JourneyDocument } from '../shared/journey/schema';
import { PersonaSet, SimulationOptions } from '../shared/simulation/model';
import type { SimulationResults } from '../shared/simulation/results';
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
  /** CPU time per step: of this thread (the one-thread run), or of the whole process (runs with workers). */
  cpuNsPerStep: number;
  /** The process's CPU seconds over the run: with workers, up to (workers + 1) × seconds when every core is free. */
  cpuSeconds: number;
  /** The process's resident memory at its highest during this run (sampled every 20 ms). */
  peakRssMb: number;
}

/** Samples the process's resident memory until stopped; stop() gives the peak in MB. */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
    },
  };
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
const REPEATS = 3;

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
    const rss = rssSampler();
    const started = performance.now();
    const cpu = pool.size === 0 ? process.threadCpuUsage() : process.cpuUsage();
    const { results } = await pool.run(input(count));
    const used = pool.size === 0 ? process.threadCpuUsage(cpu) : process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    const peakRssMb = rss.stop();
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
      cpuNsPerStep: (cpuSeconds * 1e9) / steps,
      cpuSeconds,
      peakRssMb,
    };
  };
  const pools = [...new Set([0, 1, 2, workers])].map((size) => new SimulationPool(workerScript, size));
  const best = (a: SimulatorFigures | null, b: SimulatorFigures) => (a === null || b.seconds < a.seconds ? b : a);
  const leastCpu = (a: SimulatorFigures | null, b: SimulatorFigures) => (a === null || b.cpuNsPerStep < a.cpuNsPerStep ? b : a);
  try {
    for (const pool of pools) await pool.run(input(50_000));
    const [onThread, one, two] = pools as [SimulationPool, SimulationPool, SimulationPool];
    const chosen = pools.find((pool) => pool.size === workers)!;
    const sizes: SimulatorFigures[] = [];
    for (const count of [10_000, 100_000]) sizes.push(await measure(chosen, count));
    // A shared machine's load comes and goes: each 1M figure is the best of REPEATS runs,
    // taken in turns, so one thread, one worker and two workers meet the same conditions.
    let oneThread: SimulatorFigures | null = null;
    let oneWorker: SimulatorFigures | null = null;
    let twoWorkers: SimulatorFigures | null = null;
    let floor: FloorFigures | null = null;
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      oneThread = leastCpu(oneThread, await measure(onThread, MILLION));
      const bare = runFloor(MILLION, oneThread.steps, oneThread.emails);
      if (floor === null || bare.cpuNsPerStep < floor.cpuNsPerStep) floor = bare;
      oneWorker = best(oneWorker, await measure(one, MILLION));
      twoWorkers = best(twoWorkers, await measure(two, MILLION));
    }
    sizes.push(workers === 2 ? twoWorkers! : workers === 1 ? oneWorker! : workers === 0 ? oneThread! : await measure(chosen, MILLION));
    return { sizes, oneThread: oneThread!, oneWorker: oneWorker!, twoWorkers: twoWorkers!, floor: floor! };
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
  /** The process's resident memory at its highest while the app simulated and stored the run. */
  runPeakRssMb: number;
}

/** The same run through the app's service: simulate, store results and per-prospect rows, then stream the CSV to a file as a host does. */
export async function benchAppRun(workerScript: string, workers: number, prospects = 1_000_000): Promise<AppRunFigures> {
  const { createServices } = await import('../electron/services');
  const { writeFileStreamed } = await import('../electron/services/simulation/csvExport');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-bench-'));
  const services = createServices({ dataDir, simulationWorkerScript: workerScript, simulationWorkers: workers });
  try {
    const runRss = rssSampler();
    const started = performance.now();
    const { runId } = services.simulations.start({ journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: prospects }, options: { seed: 42, horizonDays: 90 } });
    await services.simulations.settled(runId);
    const runSeconds = (performance.now() - started) / 1000;
    const runPeakRssMb = runRss.stop();
    const file = path.join(dataDir, 'run.csv');
    const rssBefore = process.memoryUsage().rss / 1024 / 1024;
    const csvRss = rssSampler();
    const exportStarted = performance.now();
    const { ticket } = services.simulations.prepareCsvDownload(runId);
    await writeFileStreamed(file, services.simulations.openDownload(ticket).pieces());
    const csvSeconds = (performance.now() - exportStarted) / 1000;
    const csvRssGrowthMb = csvRss.stop() - rssBefore;
    return {
      prospects,
      runSeconds,
      csvSeconds,
      csvMb: fs.statSync(file).size / 1024 / 1024,
      // 9 bytes of a prospect's place, score and emails; 16 of its sales side (aggregate.ts).
      storedRowsMb: (prospects * 25) / 1024 / 1024,
      csvRssGrowthMb,
      runPeakRssMb,
    };
  } finally {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface SalesSideFigures {
  /** What the journey's routing lets through: as shipped, or every hand-off answered at once (no routing rules). */
  routing: 'asShipped' | 'everyLeadAnswered';
  off: { cpuSeconds: number; steps: number };
  on: { cpuSeconds: number; steps: number; handedOff: number; accepted: number; won: number };
}

/**
 * 1M generated prospects on this thread through the whitepaper sample with the sales side off
 * and on (the same journey otherwise), best CPU time of REPEATS runs each, taken in turns.
 */
export async function benchSalesSide(root: string, workerScript: string, routing: SalesSideFigures['routing']): Promise<SalesSideFigures> {
  const journey = JourneyDocument.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/journeys/whitepaper-follow-up.journey.json'), 'utf8')).journey);
  const personas = PersonaSet.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/personas/default.personas.json'), 'utf8')));
  const withSales = (enabled: boolean): SimulationInput => ({
    journey: { ...journey, sales: { ...journey.sales, enabled }, routing: routing === 'asShipped' ? journey.routing : { ...journey.routing, rules: [] } },
    personas: personas.personas,
    source: { kind: 'generate', plan: { count: MILLION, mix: personas.defaultMix, entrySpreadDays: 14 } },
    options: SimulationOptions.parse({ seed: 42, horizonDays: 90 }),
  });
  const warmUp: SimulationInput = { ...withSales(true), source: { kind: 'generate', plan: { count: 50_000, mix: personas.defaultMix, entrySpreadDays: 14 } } };
  const [off, on] = await bestCpuInTurns(workerScript, warmUp, [withSales(false), withSales(true)]);
  const sales = on!.results.sales!;
  return {
    routing,
    off: { cpuSeconds: off!.cpuSeconds, steps: off!.results.totals.steps },
    on: { cpuSeconds: on!.cpuSeconds, steps: on!.results.totals.steps, handedOff: sales.handedOff, accepted: sales.answers.accepted, won: sales.opportunities.won },
  };
}

/** Runs each input REPEATS times on this thread, in turns, after a warm-up; for each, the run with the least CPU time. */
async function bestCpuInTurns(workerScript: string, warmUp: SimulationInput, inputs: readonly SimulationInput[]): Promise<{ cpuSeconds: number; results: SimulationResults }[]> {
  const pool = new SimulationPool(workerScript, 0);
  try {
    await pool.run(warmUp);
    const best: ({ cpuSeconds: number; results: SimulationResults } | null)[] = inputs.map(() => null);
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const [k, input] of inputs.entries()) {
        const cpu = process.threadCpuUsage();
        const { results } = await pool.run(input);
        const used = process.threadCpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;
        if (best[k] === null || cpuSeconds < best[k]!.cpuSeconds) best[k] = { cpuSeconds, results };
      }
    }
    return best.map((b) => b!);
  } finally {
    await pool.close();
  }
}

export interface AccountFigures {
  alone: { cpuSeconds: number; steps: number };
  together: { cpuSeconds: number; steps: number; accounts: number; meanContacts: number; handedOver: number; joined: number; wonAccounts: number };
}

/**
 * Issue 18: 1M generated contacts on this thread through the whitepaper sample, alone (account
 * mode off) and in the persona file's accounts (about 256k, 1–8 contacts) with account mode
 * on, the account-level hand-off and colleagues' influence; best CPU time of REPEATS runs each.
 */
/**
 * The same for a journey whose conditions look at the account (the buying-centre sample), 200k
 * contacts: a contact runs again whenever what it read of its colleagues changed (README §12.5).
 */
export async function benchAccountRules(root: string, workerScript: string): Promise<{ alone: number; together: number; count: number }> {
  const journey = JourneyDocument.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/journeys/buying-centre.journey.json'), 'utf8')).journey);
  const personas = PersonaSet.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/personas/default.personas.json'), 'utf8')));
  const count = 200_000;
  const input = (enabled: boolean, n = count): SimulationInput => ({
    journey: { ...journey, accounts: { ...journey.accounts, enabled } },
    personas: personas.personas,
    accounts: personas.accounts,
    source: { kind: 'generate', plan: { count: n, mix: personas.defaultMix, entrySpreadDays: 14 } },
    options: SimulationOptions.parse({ seed: 42, horizonDays: 90 }),
  });
  const [alone, together] = await bestCpuInTurns(workerScript, input(true, 20_000), [input(false), input(true)]);
  return { alone: alone!.cpuSeconds, together: together!.cpuSeconds, count };
}

export async function benchAccounts(root: string, workerScript: string): Promise<AccountFigures> {
  const journey = JourneyDocument.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/journeys/whitepaper-follow-up.journey.json'), 'utf8')).journey);
  const personas = PersonaSet.parse(JSON.parse(fs.readFileSync(path.join(root, 'assets/personas/default.personas.json'), 'utf8')));
  const withAccounts = (enabled: boolean, count = MILLION): SimulationInput => ({
    journey: { ...journey, accounts: { ...journey.accounts, enabled, handoff: 'account' } },
    personas: personas.personas,
    accounts: personas.accounts,
    source: { kind: 'generate', plan: { count, mix: personas.defaultMix, entrySpreadDays: 14 } },
    options: SimulationOptions.parse({ seed: 42, horizonDays: 90 }),
  });
  const [alone, together] = await bestCpuInTurns(workerScript, withAccounts(true, 50_000), [withAccounts(false), withAccounts(true)]);
  const accounts = together!.results.accounts!;
  return {
    alone: { cpuSeconds: alone!.cpuSeconds, steps: alone!.results.totals.steps },
    together: {
      cpuSeconds: together!.cpuSeconds,
      steps: together!.results.totals.steps,
      accounts: accounts.accounts,
      meanContacts: accounts.meanContacts,
      handedOver: accounts.handedOver?.accounts ?? 0,
      joined: accounts.handedOver?.contactsJoined ?? 0,
      wonAccounts: accounts.won.accounts,
    },
  };
}
