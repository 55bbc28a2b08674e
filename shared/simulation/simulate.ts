// Running a simulation: the prospects are cut into blocks, which the runners (one per worker
// thread, or one in-process) take one after the other as they get free — so a busy core
// does not hold the others up; the hand-offs of all blocks are resolved together, the
// paused prospects are replayed with their assignments by the runner that ran them, and
// the counters are summed. Which runner ran which block changes no result.
import { type JourneyDocument } from '../journey/schema';
import type { AccountBehaviour } from '../accounts/schema';
import { type AccountLayout, accountNumbersOf, generatedLayout, listLayout, snapToAccounts } from './accountLayout';
import { AccountState } from './accountRun';
import { accountResults } from './accounts';
import { Aggregate, type AggregateData, type ProspectRows } from './aggregate';
import { NEVER } from './behaviour';
import { compileJourney } from './compile';
import { Engine } from './engine';
import { accountStarts, type GenerationPlan, ProspectGenerator } from './generate';
import { HandoffBook, HandoffRequests, type HandoffRequestsData } from './handoffs';
import type { TemplateLink } from '../templates/links';
import type { Persona, Prospect, SimulationOptions } from './model';
import { buildResults, type SimulationResults } from './results';
import { hashIndexed, hashString } from './rng';
import { KeptTraces } from './keptTraces';

export type ProspectSource = { kind: 'list'; prospects: Prospect[] } | { kind: 'generate'; plan: GenerationPlan };

export interface SimulationInput {
  journey: JourneyDocument;
  personas: Persona[];
  source: ProspectSource;
  options: SimulationOptions;
  /** The links of the journey's templates, by template id (templateLinks()); without them any click counts for every link. */
  templateLinks?: Readonly<Record<string, readonly TemplateLink[]>>;
  /** The persona file's buying-centre behaviour: colleagues' influence, generated accounts (used with account mode on). */
  accounts?: AccountBehaviour;
}

/** The accounts of a run when its journey simulates them together (account mode on), else null. */
export function runLayout(input: SimulationInput): AccountLayout | null {
  if (!input.journey.accounts.enabled) return null;
  const source = input.source;
  if (source.kind === 'list') return listLayout(source.prospects);
  const sizes = input.accounts?.sizes ?? [];
  return sizes.length === 0 ? null : generatedLayout(accountStarts(input.options.seed, source.plan.count, input.accounts!));
}

/** Beyond this many rounds an account's contacts are taken as they are (README §12.5). */
const MAX_ACCOUNT_ROUNDS = 50;

/** Beyond this many rounds of hand-offs per prospect, further hand-offs stay queued. */
const MAX_HANDOFF_ROUNDS = 25;

/** Paused prospects to run again: prospect indexes[w] with assignment times times[starts[w] … starts[w + 1]). */
export interface RerunWork {
  indexes: Int32Array;
  starts: Int32Array;
  times: Float64Array;
}

export const prospectCount = (source: ProspectSource): number => (source.kind === 'list' ? source.prospects.length : source.plan.count);

/** Runs blocks of prospects of a simulation, and replays its paused ones. One per worker thread. */
export class ChunkRunner {
  readonly engine: Engine;
  private readonly personas: Map<string, Persona>;
  private readonly generator: ProspectGenerator | null;
  /** Account mode: where the accounts are, their state while run together, and each contact's assignment times so far. */
  private readonly layout: AccountLayout | null;
  private readonly prospects: readonly Prospect[] | null;
  private readonly account: AccountState | null = null;
  private readonly assigned = new Map<number, Float64Array>();
  private needs = new Uint8Array(16);
  private settled = new Uint8Array(16);
  /** Accounts waiting for the sales queue: the traces of their contacts already counted (0: not counted). */
  private readonly kept: KeptTraces;

  constructor(private readonly input: SimulationInput) {
    this.personas = new Map(input.personas.map((p) => [p.id, p]));
    const source = input.source;
    const accountMode = input.journey.accounts.enabled;
    const plan = source.kind === 'generate' ? { ...source.plan, accounts: accountMode ? input.accounts : undefined } : null;
    this.generator = plan ? new ProspectGenerator(input.options.seed, plan, this.personas) : null;
    // The generator drew the accounts already (the same as runLayout's).
    this.layout = this.generator ? (this.generator.accountStarts ? generatedLayout(this.generator.accountStarts) : null) : runLayout(input);
    this.kept = new KeptTraces(this.layout?.starts.length ?? 0);
    this.prospects = source.kind === 'list' ? (this.layout?.order ? Array.from(this.layout.order, (i) => source.prospects[i]!) : source.prospects) : null;
    const journey = compileJourney(input.journey, input.templateLinks);
    const total = prospectCount(input.source);
    this.engine = new Engine({
      journey,
      personas: this.personas,
      seed: input.options.seed,
      horizonHours: input.options.horizonDays * 24,
      totalProspects: total,
      timelineSample: input.options.timelineSample,
      rowRange: [0, total], // rows of the prospects this runner ran; the coordinator takes those
      attributeTables: this.generator?.attributeTables,
      generatorPersonas: this.generator?.personaIds,
    });
    if (this.layout) {
      const compiled = this.engine.decayRule;
      this.account = new AccountState(input.journey.accounts, compiled);
      const influence = input.accounts?.influence;
      this.account.boost = influence?.openBoost ?? 1;
      this.account.boostHours = influence && influence.openBoost > 1 ? influence.days * 24 : 0;
    }
  }

  private run(index: number, assignments?: Float64Array): void {
    if (this.prospects) return this.engine.run(this.prospects[index]!, index, assignments);
    const { prospect, profile } = this.generator!.reusedProspect(index);
    this.engine.run(prospect, index, assignments, profile);
  }

  /** First round: the prospects [start, end). Calls onProgress(done in the block) now and then; stops early when it returns false. */
  runBlock(start: number, end: number, onProgress?: (done: number) => boolean | void): HandoffRequestsData {
    const layout = this.layout;
    let reported = 0;
    for (let i = start; i < end; ) {
      const a = layout === null ? -1 : layout.accountOf[i]!;
      if (a < 0 || layout!.ends[a]! - i === 1) this.run(i++);
      else i = this.runAccount(a, false);
      if (onProgress && i - start - reported >= 2000) {
        reported = i - start;
        if (onProgress(reported) === false) break;
      }
    }
    onProgress?.(end - start);
    return this.engine.requests.take();
  }

  /** Replays paused prospects with the assignment times known so far (with accounts: their whole accounts). */
  rerun(work: RerunWork): HandoffRequestsData {
    const layout = this.layout;
    const accounts: number[] = [];
    for (let w = 0; w < work.indexes.length; w++) {
      const index = work.indexes[w]!;
      const times = work.times.subarray(work.starts[w]!, work.starts[w + 1]!);
      const a = layout === null ? -1 : layout.accountOf[index]!;
      if (a < 0 || layout!.ends[a]! - layout!.starts[a]! === 1) this.run(index, times);
      else {
        this.assigned.set(index, times.slice());
        if (accounts[accounts.length - 1] !== a) accounts.push(a);
      }
    }
    for (const a of accounts) this.runAccount(a, true);
    return this.engine.requests.take();
  }

  /**
   * Runs the contacts of account `a` together (README §12.5) until every contact saw its
   * colleagues as they were; then counts them. When one waits for the sales queue, the queue
   * gets its request, and only the contacts that are settled already are counted: those that
   * read their account only before the first contact paused (nothing after that moment can
   * change what they saw). Their traces are kept, and the next time the account runs, only
   * the others run again. `again`: the account ran before (its contacts have kept traces or
   * assignments). Returns the index after the account.
   */
  private runAccount(a: number, again: boolean): number {
    const layout = this.layout!;
    const state = this.account!;
    const first = layout.starts[a]!;
    const size = layout.ends[a]! - first;
    // The same hash the engine gives a contact of this account when it runs alone (Engine.begin).
    const seed = this.input.options.seed;
    const rank = layout.keys ? hashString(`account:${layout.keys[a]}`, seed) : hashIndexed('account:', a, seed);
    state.open(size, layout, a, rank);
    if (this.needs.length < size) {
      this.needs = new Uint8Array(size);
      this.settled = new Uint8Array(size);
    }
    const needs = this.needs;
    const settled = this.settled;
    for (let c = 0; c < size; c++) {
      needs[c] = 1;
      settled[c] = 0;
    }
    // (The first time an account runs, nothing is kept or assigned for it yet.)
    if (again && this.kept.take(a)) {
      const kept = this.kept.data;
      for (let c = 0, at = this.kept.at; c < size; c++) {
        if (kept[at++] === 0) continue;
        at = state.traces[c]!.unpack(kept, at);
        settled[c] = 1;
        needs[c] = 0;
      }
    }
    const engine = this.engine;
    engine.inAccount(state);
    for (let round = 0; round < MAX_ACCOUNT_ROUNDS; round++) {
      for (let c = 0; c < size; c++) {
        if (needs[c] === 0) continue;
        state.self = c;
        this.run(first + c, again ? this.assigned.get(first + c) : undefined);
      }
      let unsettled = false;
      const downloads = state.downloads();
      const handovers = state.handovers();
      for (let c = 0; c < size; c++) {
        needs[c] = settled[c] === 0 && !state.valid(c, downloads, handovers) ? 1 : 0;
        unsettled ||= needs[c] === 1;
      }
      if (!unsettled) break;
    }
    engine.inAccount(null);
    let pausedAt = Infinity;
    let requested = 0;
    for (let c = 0; c < size; c++) {
      const trace = state.traces[c]!;
      if (!trace.paused) continue;
      if (trace.pausedAt < pausedAt) pausedAt = trace.pausedAt;
      const request = state.runs[c]!.request;
      if (request.t < 0) continue;
      engine.requests.push(first + c, request.ordinal, request.t, request.rule);
      requested++;
    }
    const agg = engine.aggregate;
    if (pausedAt === Infinity) {
      for (let c = 0; c < size; c++) if (settled[c] === 0) state.commit(c, agg);
      return first + size;
    }
    if (requested === 0) throw new Error(`Internal error: account ${a} waits for the sales queue without a request (README §12.5).`);
    // Per contact: 0 (runs again), or 1 and its trace (settled: counted, and kept for its colleagues).
    let length = size;
    for (let c = 0; c < size; c++) {
      needs[c] = settled[c] === 0 && (state.traces[c]!.paused || state.lastRead(c) >= pausedAt) ? 1 : 0;
      if (needs[c] === 0) length += state.traces[c]!.packedSize();
    }
    this.kept.reserve(a, length);
    const packed = this.kept.data;
    for (let c = 0, at = this.kept.at; c < size; c++) {
      if (needs[c] === 1) {
        packed[at++] = 0;
        continue;
      }
      if (settled[c] === 0) state.commit(c, agg);
      packed[at++] = 1;
      at = state.traces[c]!.pack(packed, at);
    }
    return first + size;
  }

  collect(): AggregateData {
    this.engine.aggregate.trimTimelines(this.input.options.timelineSample);
    return this.engine.aggregate.toData();
  }
}

/** What the coordinator needs of a runner, in-process or in a worker thread. */
export interface RunnerHandle {
  runBlock(start: number, end: number): Promise<HandoffRequestsData>;
  rerun(work: RerunWork): Promise<HandoffRequestsData>;
  collect(): Promise<AggregateData>;
}

/** A finished run: the results everyone sees, and one row per prospect for the CSV export. */
export interface SimulationOutput {
  results: SimulationResults;
  rows: ProspectRows;
}

/** Blocks per runner: enough that a runner on a busy core takes fewer of them. */
const BLOCKS_PER_RUNNER = 32;
const MIN_BLOCK = 500;

export async function coordinate(input: SimulationInput, runners: readonly RunnerHandle[]): Promise<SimulationOutput> {
  const horizonHours = input.options.horizonDays * 24;
  const total = prospectCount(input.source);
  const layout = runLayout(input);
  const even = splitRange(total, Math.max(1, Math.min(runners.length * BLOCKS_PER_RUNNER, Math.ceil(total / MIN_BLOCK))));
  const blocks = layout ? snapToAccounts(even, layout) : even;
  const owner = new Int32Array(blocks.length);
  const firstRound: HandoffRequestsData[] = [];
  let next = 0;
  await Promise.all(
    runners.map(async (runner, r) => {
      while (next < blocks.length) {
        const b = next++;
        owner[b] = r;
        firstRound[b] = await runner.runBlock(...blocks[b]!);
      }
    }),
  );
  // The blocks' requests, in block order, are in prospect order.
  let requests = HandoffRequests.concat(firstRound);
  const sales = input.journey.sales;
  const book = new HandoffBook(input.journey.routing, horizonHours, sales.enabled && sales.feasibility.requireCapacity);
  const rounds: Resolved[] = [];
  const owned = runners.map((_, r) => blocks.filter((_, b) => owner[b] === r));
  // With accounts, a contact may make its first request in any round (when a colleague's answer
  // comes): its times are kept by prospect rather than walked round by round.
  const assigned = layout ? new Map<number, number[]>() : null;
  while (requests.count > 0) {
    const times = rounds.length < MAX_HANDOFF_ROUNDS ? book.resolve(requests) : new Float64Array(requests.count).fill(NEVER);
    rounds.push({ index: requests.index, times });
    if (assigned) for (let k = 0; k < requests.count; k++) (assigned.get(requests.index[k]!) ?? assigned.set(requests.index[k]!, []).get(requests.index[k]!)!).push(times[k]!);
    // Each paused prospect is replayed by the runner that ran it, which keeps its row.
    const work = (r: number) => (assigned ? assignedWork(assigned, requests.index, owned[r]!) : rerunWork(rounds, owned[r]!));
    requests = inProspectOrder(HandoffRequests.concat(await Promise.all(runners.map((runner, r) => runner.rerun(work(r))))));
  }
  const compiled = compileJourney(input.journey);
  const sum = Aggregate.for(compiled, horizonHours, [0, total]);
  const collected = await Promise.all(runners.map((runner) => runner.collect()));
  for (const data of collected) sum.add(data);
  blocks.forEach(([start, end], b) => sum.rows!.copyRange(collected[owner[b]!]!.rows!, start, end));
  sum.trimTimelines(input.options.timelineSample);
  const order = layout?.order ?? null;
  if (order) {
    // Back to the list's order: rows, and the prospect numbers timelines name.
    sum.rows!.permute(order);
    for (const timeline of sum.timelines) timeline.index = order[timeline.index]!;
  }
  const results = buildResults(compiled, sum, book.report(), { seed: input.options.seed, horizonDays: input.options.horizonDays });
  // Accounts are counted from the rows, after the run.
  const accounts = accountResults(accountNumbers(input, layout), sum.rows!, layout ? sum.accountHandovers : null, input.journey.accounts.handoff === 'account');
  if (accounts) results.accounts = accounts;
  return { results, rows: sum.rows! };
}

/** Per prospect (list order), its account's number, -1 for none; null when the run has no accounts. */
function accountNumbers(input: SimulationInput, layout: AccountLayout | null): Int32Array | null {
  return input.source.kind === 'list' ? accountNumbersOf(input.source.prospects) : (layout?.accountOf ?? null);
}

/** With accounts: the paused prospects of these blocks, each with every assignment time it has had. */
function assignedWork(assigned: ReadonlyMap<number, readonly number[]>, last: Int32Array, blocks: readonly (readonly [number, number])[]): RerunWork {
  const indexes: number[] = [];
  for (const [start, end] of blocks) for (let k = lowerBound(last, start); k < last.length && last[k]! < end; k++) indexes.push(last[k]!);
  const starts = new Int32Array(indexes.length + 1);
  indexes.forEach((index, w) => (starts[w + 1] = starts[w]! + assigned.get(index)!.length));
  const times = new Float64Array(starts[indexes.length]!);
  indexes.forEach((index, w) => times.set(assigned.get(index)!, starts[w]!));
  return { indexes: Int32Array.from(indexes), starts, times };
}

/**
 * One round of hand-offs: prospect indexes (ascending) and their assignment times. A prospect
 * makes its k-th hand-off request in round k, so its assignment times are found by walking the
 * rounds side by side, without a map per prospect.
 */
interface Resolved {
  index: Int32Array;
  times: Float64Array;
}

/** The prospects of these blocks that handed off in the last round, each with its assignment times of every round so far. */
function rerunWork(rounds: readonly Resolved[], blocks: readonly (readonly [number, number])[]): RerunWork {
  const last = rounds[rounds.length - 1]!;
  const indexes: number[] = [];
  for (const [start, end] of blocks) for (let k = lowerBound(last.index, start); k < last.index.length && last.index[k]! < end; k++) indexes.push(last.index[k]!);
  const n = indexes.length;
  const perProspect = rounds.length;
  const work: RerunWork = { indexes: Int32Array.from(indexes), starts: new Int32Array(n + 1), times: new Float64Array(n * perProspect) };
  const cursor = new Int32Array(perProspect);
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

/** The requests sorted by prospect index (each runner's come in order; runners own interleaved blocks). */
function inProspectOrder(requests: HandoffRequestsData): HandoffRequestsData {
  let sorted = true;
  for (let k = 1; k < requests.count && sorted; k++) sorted = requests.index[k - 1]! < requests.index[k]!;
  if (sorted) return requests;
  const order = Int32Array.from({ length: requests.count }, (_, k) => k).sort((a, b) => requests.index[a]! - requests.index[b]!);
  const pick = <T extends Int32Array | Float64Array>(a: T): T => a.map((_, k) => a[order[k]!]!) as T;
  return { count: requests.count, index: pick(requests.index), ordinal: pick(requests.ordinal), t: pick(requests.t), rule: pick(requests.rule) };
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
  const runner = new ChunkRunner(input);
  let finished = 0;
  const handle: RunnerHandle = {
    runBlock: async (start, end) => {
      const requests = runner.runBlock(start, end, onProgress && ((done) => onProgress(finished + done)));
      finished += end - start;
      return requests;
    },
    rerun: async (work) => runner.rerun(work),
    collect: async () => runner.collect(),
  };
  return coordinate(input, [handle]);
}

/** Splits n prospects into `parts` contiguous ranges. */
export function splitRange(n: number, parts: number): [number, number][] {
  const count = Math.max(1, Math.min(parts, n || 1));
  return Array.from({ length: count }, (_, i) => [Math.floor((i * n) / count), Math.floor(((i + 1) * n) / count)]);
}
