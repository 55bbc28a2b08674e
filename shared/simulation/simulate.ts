// Running a simulation: prospects are split into chunks (one per worker, or one in-process);
// every chunk runs its prospects, the hand-offs of all chunks are resolved together, the
// paused prospects are replayed with their assignments, and the counters are summed.
import { type JourneyDocument } from '../journey/schema';
import { Aggregate, type AggregateData, ProspectRows } from './aggregate';
import { NEVER } from './behaviour';
import { compileJourney } from './compile';
import { Engine } from './engine';
import { type GenerationPlan, ProspectGenerator } from './generate';
import { HandoffBook, HandoffRequests, type HandoffRequestsData } from './handoffs';
import type { Persona, Prospect, SimulationOptions } from './model';
import { buildResults, type SimulationResults } from './results';

export type ProspectSource = { kind: 'list'; prospects: Prospect[] } | { kind: 'generate'; plan: GenerationPlan };

export interface SimulationInput {
  journey: JourneyDocument;
  personas: Persona[];
  source: ProspectSource;
  options: SimulationOptions;
}

/** Beyond this many rounds of hand-offs per prospect, further hand-offs stay queued. */
const MAX_HANDOFF_ROUNDS = 25;

/** Paused prospects to run again: prospect indexes[w] with assignment times times[starts[w] … starts[w + 1]). */
export interface RerunWork {
  indexes: Int32Array;
  starts: Int32Array;
  times: Float64Array;
}

export const prospectCount = (source: ProspectSource): number => (source.kind === 'list' ? source.prospects.length : source.plan.count);

/** Runs the prospects [start, end) of a simulation. One per worker thread. */
export class ChunkRunner {
  readonly engine: Engine;
  private readonly personas: Map<string, Persona>;
  private readonly generator: ProspectGenerator | null;

  constructor(
    private readonly input: SimulationInput,
    readonly start: number,
    readonly end: number,
  ) {
    this.personas = new Map(input.personas.map((p) => [p.id, p]));
    this.generator = input.source.kind === 'generate' ? new ProspectGenerator(input.options.seed, input.source.plan, this.personas) : null;
    const journey = compileJourney(input.journey);
    this.engine = new Engine({
      journey,
      personas: this.personas,
      seed: input.options.seed,
      horizonHours: input.options.horizonDays * 24,
      totalProspects: prospectCount(input.source),
      timelineSample: input.options.timelineSample,
      rowRange: [start, end],
    });
  }

  private prospect(index: number): Prospect {
    const source = this.input.source;
    return source.kind === 'list' ? source.prospects[index]! : this.generator!.reusedProspect(index);
  }

  /** First round: every prospect of the chunk. Calls onProgress(done) now and then; stops early when it returns false. */
  runAll(onProgress?: (done: number) => boolean | void): HandoffRequestsData {
    for (let i = this.start; i < this.end; i++) {
      this.engine.run(this.prospect(i), i);
      if (onProgress && (i - this.start) % 2000 === 1999 && onProgress(i - this.start + 1) === false) break;
    }
    onProgress?.(this.end - this.start);
    return this.engine.requests.take();
  }

  /** Replays paused prospects with the assignment times known so far. */
  rerun(work: RerunWork): HandoffRequestsData {
    for (let w = 0; w < work.indexes.length; w++) {
      const index = work.indexes[w]!;
      this.engine.run(this.prospect(index), index, work.times.subarray(work.starts[w]!, work.starts[w + 1]!));
    }
    return this.engine.requests.take();
  }

  collect(): AggregateData {
    this.engine.aggregate.trimTimelines(this.input.options.timelineSample);
    return this.engine.aggregate.toData();
  }
}

/** What the coordinator needs of a chunk, in-process or in a worker thread. */
export interface ChunkHandle {
  readonly start: number;
  readonly end: number;
  runAll(): Promise<HandoffRequestsData>;
  rerun(work: RerunWork): Promise<HandoffRequestsData>;
  collect(): Promise<AggregateData>;
}

/** A finished run: the results everyone sees, and one row per prospect for the CSV export. */
export interface SimulationOutput {
  results: SimulationResults;
  rows: ProspectRows;
}

export async function coordinate(input: SimulationInput, chunks: readonly ChunkHandle[]): Promise<SimulationOutput> {
  const horizonHours = input.options.horizonDays * 24;
  const book = new HandoffBook(input.journey.routing, horizonHours);
  // A prospect makes its k-th hand-off request in round k, and every round's requests come in
  // prospect order (each chunk runs its prospects in order): so a prospect's assignment times
  // are found by walking the rounds side by side, without a map per prospect.
  const rounds: Resolved[] = [];
  let requests = HandoffRequests.concat(await Promise.all(chunks.map((c) => c.runAll())));
  while (requests.count > 0) {
    const times = rounds.length < MAX_HANDOFF_ROUNDS ? book.resolve(requests) : new Float64Array(requests.count).fill(NEVER);
    rounds.push({ index: requests.index, times });
    requests = HandoffRequests.concat(await Promise.all(chunks.map((chunk) => chunk.rerun(rerunWork(rounds, chunk)))));
  }
  const compiled = compileJourney(input.journey);
  const total = Aggregate.for(compiled, horizonHours, [0, prospectCount(input.source)]);
  for (const chunk of chunks) total.add(await chunk.collect());
  total.trimTimelines(input.options.timelineSample);
  const results = buildResults(compiled, total, book.report(), { seed: input.options.seed, horizonDays: input.options.horizonDays });
  return { results, rows: total.rows ?? new ProspectRows(0, 0) };
}

/** One round of hand-offs: prospect indexes (ascending) and their assignment times. */
interface Resolved {
  index: Int32Array;
  times: Float64Array;
}

/** The prospects of a chunk that handed off in the last round, each with its assignment times of every round so far. */
function rerunWork(rounds: readonly Resolved[], chunk: ChunkHandle): RerunWork {
  const last = rounds[rounds.length - 1]!;
  const from = lowerBound(last.index, chunk.start);
  const to = lowerBound(last.index, chunk.end);
  const n = to - from;
  const perProspect = rounds.length;
  const work: RerunWork = { indexes: last.index.slice(from, to), starts: new Int32Array(n + 1), times: new Float64Array(n * perProspect) };
  const cursor = rounds.map((round) => lowerBound(round.index, chunk.start));
  for (let w = 0; w < n; w++) {
    const index = work.indexes[w]!;
    work.starts[w + 1] = (w + 1) * perProspect;
    for (let r = 0; r < perProspect; r++) {
      const round = rounds[r]!;
      while (round.index[cursor[r]!]! < index) cursor[r]!++;
      work.times[w * perProspect + r] = round.times[cursor[r]!]!;
    }
  }
  return work;
}

/** The first position in an ascending array whose value is ≥ value. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The whole simulation on this thread (tests, small runs, the renderer-free CLI path). */
export function simulateInProcess(input: SimulationInput, onProgress?: (done: number) => boolean | void): Promise<SimulationOutput> {
  const runner = new ChunkRunner(input, 0, prospectCount(input.source));
  const handle: ChunkHandle = {
    start: runner.start,
    end: runner.end,
    runAll: async () => runner.runAll(onProgress),
    rerun: async (work) => runner.rerun(work),
    collect: async () => runner.collect(),
  };
  return coordinate(input, [handle]);
}

/** Splits n prospects into `parts` contiguous chunks. */
export function splitRange(n: number, parts: number): [number, number][] {
  const count = Math.max(1, Math.min(parts, n || 1));
  return Array.from({ length: count }, (_, i) => [Math.floor((i * n) / count), Math.floor(((i + 1) * n) / count)]);
}
