// Simulation runs through the API: start (one at a time), poll progress, cancel, fetch the
// results. Every run is stored with its inputs and, when it ends, its results.
import type { Database } from 'better-sqlite3';
import type { ParsedRequestOf, RunProgress, RunStatus, RunSummary } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/journey/ids';
import { journeyFingerprint } from '../../../shared/journey/fingerprint';
import type { PersonaSet } from '../../../shared/simulation/model';
import { SimulationOptions } from '../../../shared/simulation/model';
import { ProspectChoice, readRunInputs, RUN_INPUTS_VERSION, type RunInputs } from '../../../shared/simulation/runInputs';
import { type ProspectRows, type ProspectRowsData, SALES_ROW_KEYS, SALES_ROW_TYPES } from '../../../shared/simulation/aggregate';
import { SALES_ROW_COLUMNS } from '../store/migrations';
import { ProspectGenerator } from '../../../shared/simulation/generate';
import { type ProspectIdentity, prospectCsvPieces } from '../../../shared/simulation/prospectCsv';
import type { SimulationResults } from '../../../shared/simulation/results';
import type { ProspectSource } from '../../../shared/simulation/simulate';
import type { JourneyRepository } from '../journeys/repository';
import { SimulationCancelled, type SimulationPool } from './pool';
import { type CsvExport, DownloadTickets, TICKET_PATTERN } from './csvExport';
import type { ProspectSetRepository } from './prospectSets';
import { fileNameOf } from '../../../shared/files/fileName';
import { linksOfTemplates } from '../../../shared/templates/links';

/** A run to start, as the contract has it after validation (personas: instead of the defaults). */
export type StartRequest = ParsedRequestOf<'simulation:start'>;

interface ActiveRun {
  id: string;
  total: number;
  done: number;
  started: number;
  controller: AbortController;
  finished: Promise<void>;
}


export class SimulationService {
  private active: ActiveRun | null = null;
  private readonly tickets = new DownloadTickets<string>();

  constructor(
    private readonly db: Database,
    private readonly journeys: JourneyRepository,
    private readonly prospectSets: ProspectSetRepository,
    private readonly defaultPersonas: PersonaSet,
    private readonly pool: SimulationPool,
    private readonly now: () => Date = () => new Date(),
    /** The library's templates (include-expanded), for the links of each email (README §5.5). */
    private readonly templates: () => ReadonlyMap<string, { mjml: string }> = () => new Map(),
  ) {
    // Runs that were going when the app last stopped cannot finish any more.
    db.prepare("UPDATE simulation_runs SET status = 'interrupted' WHERE status = 'running'").run();
  }

  get personas(): PersonaSet {
    return this.defaultPersonas;
  }

  start(request: StartRequest): { runId: string } {
    if (this.active) throw new ApiError('invalid_request', 'A simulation is already running; wait for it or cancel it first.');
    const journey = this.journeys.load(request.journeyId);
    const personas = request.personas ?? this.defaultPersonas.personas;
    const options = SimulationOptions.parse(request.options ?? {});
    let source: ProspectSource;
    if (request.prospects.kind === 'set') {
      source = { kind: 'list', prospects: this.prospectSets.prospects(request.prospects.setId) };
      const known = new Set(personas.map((p) => p.id));
      const unknown = source.prospects.find((p) => !known.has(p.persona));
      if (unknown) throw new ApiError('invalid_request', `Prospect ${unknown.id} has persona "${unknown.persona}", which the persona set does not have.`);
    } else {
      // The contract checked it already; a caller inside the app (the bench, tests) gets the same words.
      const checked = ProspectChoice.safeParse(request.prospects);
      if (!checked.success) throw new ApiError('invalid_request', checked.error.issues[0]!.message);
      const { count } = request.prospects;
      const mix = request.prospects.mix ?? this.defaultPersonas.defaultMix;
      if (!Object.entries(mix).some(([id, w]) => w > 0 && personas.some((p) => p.id === id))) {
        throw new ApiError('invalid_request', 'The persona mix gives no weight to any known persona.');
      }
      source = { kind: 'generate', plan: { count, mix, entrySpreadDays: options.entrySpreadDays } };
    }
    const total = source.kind === 'list' ? source.prospects.length : source.plan.count;
    const id = newId('run');
    const inputs: RunInputs = {
      version: RUN_INPUTS_VERSION,
      prospects: request.prospects,
      total,
      options,
      personas: request.personas ? personas : 'default',
      journeyName: journey.name,
      journeyFingerprint: journeyFingerprint(journey),
      journeySteps: journey.nodes.length,
      sourceName: request.prospects.kind === 'set' ? this.prospectSets.get(request.prospects.setId).name : null,
    };
    this.db
      .prepare("INSERT INTO simulation_runs (id, journey_id, status, inputs, created_at) VALUES (?, ?, 'running', ?, ?)")
      .run(id, journey.id, JSON.stringify(inputs), this.now().toISOString());
    const controller = new AbortController();
    const run: ActiveRun = { id, total, done: 0, started: Date.now(), controller, finished: Promise.resolve() };
    run.finished = this.pool
      .run({ journey, personas, source, options, templateLinks: linksOfTemplates(journey, this.templates()), accounts: request.personas ? request.accounts : this.defaultPersonas.accounts }, { signal: controller.signal, onProgress: (done) => (run.done = done) })
      .then(
        (output) => this.finish(id, 'done', output.results, null, output.rows),
        (error: unknown) =>
          error instanceof SimulationCancelled ? this.finish(id, 'cancelled', null, null) : this.finish(id, 'failed', null, error instanceof Error ? error.message : String(error)),
      )
      .finally(() => {
        if (this.active?.id === id) this.active = null;
      });
    this.active = run;
    return { runId: id };
  }

  progress(runId: string): RunProgress {
    const active = this.active;
    if (active?.id === runId) {
      const elapsed = (Date.now() - active.started) / 1000;
      const share = active.total === 0 ? 0 : active.done / active.total;
      return {
        runId,
        status: 'running',
        done: active.done,
        total: active.total,
        elapsedSeconds: round1(elapsed),
        etaSeconds: share > 0.02 ? round1((elapsed / share) * (1 - share)) : null,
        error: null,
      };
    }
    const run = this.summary(runId);
    return { runId, status: run.status, done: run.status === 'done' ? run.prospects : 0, total: run.prospects, elapsedSeconds: 0, etaSeconds: null, error: run.error };
  }

  cancel(runId: string): { cancelled: boolean } {
    if (this.active?.id !== runId) return { cancelled: false };
    this.active.controller.abort();
    return { cancelled: true };
  }

  /** Resolves when the run (if active) has ended and been stored. */
  async settled(runId: string): Promise<void> {
    if (this.active?.id === runId) await this.active.finished;
  }

  result(runId: string): { run: RunSummary; results: SimulationResults } {
    const row = this.db.prepare<[string], { results: string | null }>('SELECT results FROM simulation_runs WHERE id = ?').get(runId);
    if (!row) throw new ApiError('not_found', `No simulation run with id "${runId}".`);
    const run = this.summary(runId);
    if (run.status !== 'done' || row.results === null) throw new ApiError('invalid_request', `The run has no results (it is ${run.status}).`);
    return { run, results: JSON.parse(row.results) as SimulationResults };
  }

  list(journeyId?: string): RunSummary[] {
    const rows = journeyId
      ? this.db.prepare<[string], RunRow>('SELECT * FROM simulation_runs WHERE journey_id = ? ORDER BY created_at DESC, rowid DESC').all(journeyId)
      : this.db.prepare<[], RunRow>('SELECT * FROM simulation_runs ORDER BY created_at DESC, rowid DESC').all();
    return rows.map(toSummary);
  }

  private summary(runId: string): RunSummary {
    const row = this.db.prepare<[string], RunRow>('SELECT * FROM simulation_runs WHERE id = ?').get(runId);
    if (!row) throw new ApiError('not_found', `No simulation run with id "${runId}".`);
    return toSummary(row);
  }

  /**
   * Prepares the run's per-prospect CSV for download: its file name, its number of rows, and
   * a ticket with which the host fetches it, streamed, once (openDownload).
   */
  prepareCsvDownload(runId: string): { fileName: string; rows: number; ticket: string } {
    const { fileName, rows } = this.csvExport(runId);
    return { fileName, rows, ticket: this.tickets.issue(runId) };
  }

  /** The CSV export a ticket of prepareCsvDownload stands for; the ticket is then used up. */
  openDownload(ticket: string): CsvExport {
    const runId = TICKET_PATTERN.test(ticket) ? this.tickets.redeem(ticket) : null;
    if (runId === null) throw new ApiError('not_found', 'This download link is unknown, used or expired; export the CSV again.');
    return this.csvExport(runId);
  }

  /** The run's per-prospect results as CSV (in pieces), with each prospect's id, name and persona. */
  csvExport(runId: string): CsvExport {
    const { run } = this.result(runId);
    const stored = this.db
      .prepare<[string], { count: number; outcome: Buffer; stage: Buffer; score: Buffer; emails: Buffer; grade: Buffer } & Record<(typeof SALES_ROW_COLUMNS)[number], Buffer | null>>('SELECT * FROM simulation_run_rows WHERE run_id = ?')
      .get(runId);
    if (!stored) throw new ApiError('not_found', 'This run was stored before per-prospect results were kept; run it again to export them.');
    const view = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, blob: Buffer, bytes: number) => {
      // Copy to an aligned buffer: SQLite hands back blobs at arbitrary byte offsets.
      const copy = new Uint8Array(blob.byteLength);
      copy.set(blob);
      return make(copy.buffer, 0, blob.byteLength / bytes);
    };
    const bytes = (a: { BYTES_PER_ELEMENT: number }) => a.BYTES_PER_ELEMENT;
    // Runs stored before the sales side have no sales columns: their CSV leaves those fields empty.
    const salesColumns = Object.fromEntries(
      SALES_ROW_KEYS.flatMap((key, k) => {
        const blob = stored[SALES_ROW_COLUMNS[k]!];
        if (blob === null) return [];
        const Type = SALES_ROW_TYPES[key];
        return [[key, view((b, o, n) => new Type(b, o, n), blob, bytes(Type))]];
      }),
    );
    const rows: ProspectRowsData = {
      ...salesColumns,
      start: 0,
      length: stored.count,
      outcome: view((b, o, n) => new Uint8Array(b, o, n), stored.outcome, 1),
      stage: view((b, o, n) => new Uint8Array(b, o, n), stored.stage, 1),
      score: view((b, o, n) => new Float32Array(b, o, n), stored.score, 4),
      emails: view((b, o, n) => new Uint16Array(b, o, n), stored.emails, 2),
      grade: view((b, o, n) => new Uint8Array(b, o, n), stored.grade, 1),
    };
    return {
      fileName: `${fileNameOf(run.journeyName, 'journey')}-run-${run.createdAt.slice(0, 10)}-seed${run.seed}.csv`,
      rows: stored.count,
      pieces: () => prospectCsvPieces(rows, this.identities(runId)),
    };
  }

  /** Who prospect i of a run was: from its prospect set, or generated again from the run's seed and mix. */
  private identities(runId: string): (index: number) => ProspectIdentity {
    const row = this.db.prepare<[string], { inputs: string }>('SELECT inputs FROM simulation_runs WHERE id = ?').get(runId)!;
    const read = readRunInputs(row.inputs);
    if (!read.ok) throw new ApiError('invalid_request', `The stored inputs of this run cannot be read (${read.message}).`);
    const inputs = read.inputs;
    if (inputs.prospects.kind === 'generate' && read.storedVersion < RUN_INPUTS_VERSION) {
      // Made by an earlier generator, which this version cannot repeat: the rows keep their numbers only.
      return (i) => ({ id: `p${i}`, name: '', persona: '' });
    }
    if (inputs.prospects.kind === 'set') {
      let prospects: { id: string; name: string; persona: string }[] = [];
      try {
        prospects = this.prospectSets.prospects(inputs.prospects.setId);
      } catch {
        // The set was deleted since: the rows stay, numbered.
      }
      return (i) => prospects[i] ?? { id: `#${i + 1}`, name: '', persona: '' };
    }
    const personas = inputs.personas === 'default' ? this.defaultPersonas.personas : inputs.personas;
    const generator = new ProspectGenerator(
      inputs.options.seed,
      { count: inputs.total, mix: inputs.prospects.mix ?? this.defaultPersonas.defaultMix, entrySpreadDays: inputs.options.entrySpreadDays },
      new Map(personas.map((p) => [p.id, p])),
    );
    return (i) => generator.identity(i);
  }

  private finish(id: string, status: RunStatus, results: SimulationResults | null, error: string | null, rows?: ProspectRows): void {
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE simulation_runs SET status = ?, results = ?, error = ?, finished_at = ? WHERE id = ?')
        .run(status, results ? JSON.stringify(results) : null, error, this.now().toISOString(), id);
      if (rows) {
        const blob = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
        this.db
          .prepare(`INSERT INTO simulation_run_rows (run_id, count, outcome, stage, score, emails, grade, ${SALES_ROW_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?${', ?'.repeat(SALES_ROW_COLUMNS.length)})`)
          .run(id, rows.length, blob(rows.outcome), blob(rows.stage), blob(rows.score), blob(rows.emails), blob(rows.grade), ...SALES_ROW_KEYS.map((key) => blob(rows[key])));
      }
    })();
  }
}

interface RunRow {
  id: string;
  journey_id: string;
  status: RunStatus;
  inputs: string;
  results: string | null;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

function toSummary(row: RunRow): RunSummary {
  const read = readRunInputs(row.inputs);
  // A row whose inputs cannot be read is listed as failed, with why, rather than hiding the others.
  const inputs = read.ok ? read.inputs : null;
  return {
    id: row.id,
    journeyId: row.journey_id,
    journeyName: inputs?.journeyName ?? '',
    journeyFingerprint: inputs?.journeyFingerprint ?? null,
    journeySteps: inputs?.journeySteps ?? null,
    source: !inputs
      ? { kind: 'generate', mix: null }
      : inputs.prospects.kind === 'set'
        ? { kind: 'set', name: inputs.sourceName ?? inputs.prospects.setId }
        : { kind: 'generate', mix: inputs.prospects.mix ?? null },
    status: inputs ? row.status : 'failed',
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    prospects: inputs?.total ?? 0,
    seed: inputs?.options.seed ?? 0,
    horizonDays: inputs?.options.horizonDays ?? 0,
    error: read.ok ? row.error : `The stored inputs of this run cannot be read (${read.message}).`,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

