// Running a simulation: prospects are split into chunks (one per worker, or one in-process);
// every chunk runs its prospects, the hand-offs of all chunks are resolved together, the
// paused prospects are replayed with their assignments, and the counters are summed.
import { type JourneyDocument } from '../journey/schema';
import { Aggregate, type AggregateData, ProspectRows } from './aggregate';
import { NEVER } from './behaviour';
import { compileJourney } from './compile';
import { Engine, type HandoffRequest } from './engine';
import { type GenerationPlan, ProspectGenerator } from './generate';
import { HandoffBook } from './handoffs';
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
      scoring: input.journey.scoring,
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
    return source.kind === 'list' ? source.prospects[index]! : this.generator!.prospect(index);
  }

  /** First round: every prospect of the chunk. Calls onProgress(done) now and then; stops early when it returns false. */
  runAll(onProgress?: (done: number) => boolean | void): HandoffRequest[] {
    const requests: HandoffRequest[] = [];
    for (let i = this.start; i < this.end; i++) {
      const outcome = this.engine.run(this.prospect(i), i);
      if (outcome.kind === 'paused') requests.push(outcome.request);
      if (onProgress && (i - this.start) % 2000 === 1999 && onProgress(i - this.start + 1) === false) break;
    }
    onProgress?.(this.end - this.start);
    return requests;
  }

  /** Replays paused prospects with the assignment times known so far. */
  rerun(work: readonly (readonly [number, readonly number[]])[]): HandoffRequest[] {
    const requests: HandoffRequest[] = [];
    for (const [index, assignments] of work) {
      const outcome = this.engine.run(this.prospect(index), index, assignments);
      if (outcome.kind === 'paused') requests.push(outcome.request);
    }
    return requests;
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
  runAll(): Promise<HandoffRequest[]>;
  rerun(work: [number, number[]][]): Promise<HandoffRequest[]>;
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
  const assignments = new Map<number, number[]>();
  let requests = (await Promise.all(chunks.map((c) => c.runAll()))).flat();
  for (let round = 0; requests.length > 0; round++) {
    const resolved = round < MAX_HANDOFF_ROUNDS ? book.resolve(requests) : new Map(requests.map((r) => [r, NEVER]));
    for (const request of requests) {
      const times = assignments.get(request.index) ?? [];
      times[request.ordinal] = resolved.get(request)!;
      assignments.set(request.index, times);
    }
    requests = (
      await Promise.all(
        chunks.map((chunk) =>
          chunk.rerun(
            requests
              .filter((r) => r.index >= chunk.start && r.index < chunk.end)
              .sort((a, b) => a.index - b.index)
              .map((r) => [r.index, assignments.get(r.index)!] as [number, number[]]),
          ),
        ),
      )
    ).flat();
  }
  const compiled = compileJourney(input.journey);
  const total = Aggregate.for(compiled, horizonHours, [0, prospectCount(input.source)]);
  for (const chunk of chunks) total.add(await chunk.collect());
  total.trimTimelines(input.options.timelineSample);
  const results = buildResults(compiled, total, book.report(), { seed: input.options.seed, horizonDays: input.options.horizonDays });
  return { results, rows: total.rows ?? new ProspectRows(0, 0) };
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
