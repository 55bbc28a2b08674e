// Runs simulations on worker threads: each worker takes blocks of prospects as it gets
// free, coordinated by shared/simulation's rounds. The pool keeps its threads warm between runs (start-up of a
// thread costs a few hundred ms); cancelling a run ends its threads, new ones start lazily.
import { Worker } from 'node:worker_threads';
import { coordinate, prospectCount, type RunnerHandle, type SimulationInput, type SimulationOutput, simulateInProcess } from '../../../shared/simulation/simulate';

import { HandoffRequests } from '../../../shared/simulation/handoffs';
import type { FromWorker, ToWorker } from './protocol';

export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'SimulationCancelled';
  }
}

export class SimulationPool {
  private workers: Worker[] = [];
  private busy = false;

  /** `size` 0 runs every simulation on the calling thread. */
  constructor(
    private readonly workerScript: string,
    readonly size: number,
  ) {}

  async run(input: SimulationInput, options: RunOptions = {}): Promise<SimulationOutput> {
    if (this.busy) throw new Error('A simulation is already running in this pool.');
    this.busy = true;
    try {
      return await this.runNow(input, options);
    } finally {
      this.busy = false;
    }
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private async runNow(input: SimulationInput, { onProgress, signal }: RunOptions): Promise<SimulationOutput> {
    const total = prospectCount(input.source);
    if (signal?.aborted) throw new SimulationCancelled();
    if (this.size <= 0 || total < 2) {
      const results = await simulateInProcess(input, (done) => {
        onProgress?.(done, total);
        return !signal?.aborted;
      });
      if (signal?.aborted) throw new SimulationCancelled();
      return results;
    }
    const count = Math.min(this.size, total);
    while (this.workers.length < count) this.workers.push(new Worker(this.workerScript));
    const workers = this.workers.slice(0, count);
    const done = new Array<number>(count).fill(0);
    const waiting = new Set<(error: Error) => void>();
    let failure: Error | null = null;
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      // Threads in the middle of a chunk cannot be interrupted; end them and start afresh next time.
      const broken = this.workers.splice(0);
      for (const w of broken) void w.terminate();
      for (const reject of waiting) reject(error);
      waiting.clear();
    };
    const onAbort = () => fail(new SimulationCancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    const onError = (error: Error) => fail(error);
    for (const w of workers) w.on('error', onError);

    const handles = workers.map((worker, i): RunnerHandle => {
      worker.postMessage({ type: 'init', input } satisfies ToWorker);
      const ask = <T extends FromWorker['type']>(message: ToWorker, expect: T, transfer: ArrayBuffer[] = []) =>
        new Promise<Extract<FromWorker, { type: T }>>((resolve, reject) => {
          if (failure) return reject(failure);
          waiting.add(reject);
          const listener = (reply: FromWorker) => {
            if (reply.type === 'progress') {
              done[i] = reply.done;
              onProgress?.(done.reduce((a, b) => a + b, 0), total);
              return;
            }
            worker.off('message', listener);
            waiting.delete(reject);
            if (reply.type === 'error') reject(new Error(reply.message));
            else if (reply.type === expect) resolve(reply as Extract<FromWorker, { type: T }>);
          };
          worker.on('message', listener);
          worker.postMessage(message, transfer);
        });
      return {
        runBlock: async (start, end) => (await ask({ type: 'runBlock', start, end }, 'requests')).requests,
        rerun: async (work) =>
          work.indexes.length === 0 ? new HandoffRequests().take() : (await ask({ type: 'rerun', work }, 'requests', [work.indexes.buffer, work.starts.buffer, work.times.buffer] as ArrayBuffer[])).requests,
        collect: async () => (await ask({ type: 'collect' }, 'aggregate')).data,
      };
    });
    try {
      return await coordinate(input, handles);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      for (const w of workers) {
        w.off('error', onError);
        w.removeAllListeners('message');
      }
    }
  }
}

/** One-off run with a pool of its own (the CLI). */
export async function runSimulation(input: SimulationInput, options: RunOptions & { workers: number; workerScript: string }): Promise<SimulationOutput> {
  const pool = new SimulationPool(options.workerScript, options.workers);
  try {
    return await pool.run(input, options);
  } finally {
    await pool.close();
  }
}
