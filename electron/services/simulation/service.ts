// Simulation runs through the API: start (one at a time), poll progress, cancel, fetch the
// results. Every run is stored with its inputs and, when it ends, its results.
import type { Database } from 'better-sqlite3';
import type { RunProgress, RunStatus, RunSummary } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/journey/ids';
import type { Persona, PersonaSet } from '../../../shared/simulation/model';
import { SimulationOptions } from '../../../shared/simulation/model';
import type { SimulationResults } from '../../../shared/simulation/results';
import type { ProspectSource } from '../../../shared/simulation/simulate';
import type { JourneyRepository } from '../journeys/repository';
import { SimulationCancelled, type SimulationPool } from './pool';
import type { ProspectSetRepository } from './prospectSets';

export type ProspectChoice = { kind: 'set'; setId: string } | { kind: 'generate'; count: number; mix?: Record<string, number> };

export interface StartRequest {
  journeyId: string;
  prospects: ProspectChoice;
  options?: Partial<SimulationOptions>;
  /** Personas to use instead of the defaults. */
  personas?: Persona[];
}

interface ActiveRun {
  id: string;
  total: number;
  done: number;
  started: number;
  controller: AbortController;
  finished: Promise<void>;
}

const MAX_GENERATED = 2_000_000;

export class SimulationService {
  private active: ActiveRun | null = null;

  constructor(
    private readonly db: Database,
    private readonly journeys: JourneyRepository,
    private readonly prospectSets: ProspectSetRepository,
    private readonly defaultPersonas: PersonaSet,
    private readonly pool: SimulationPool,
    private readonly now: () => Date = () => new Date(),
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
      const { count } = request.prospects;
      if (!Number.isInteger(count) || count < 1 || count > MAX_GENERATED) {
        throw new ApiError('invalid_request', `The number of prospects must be a whole number from 1 to ${MAX_GENERATED.toLocaleString('en')}.`);
      }
      const mix = request.prospects.mix ?? this.defaultPersonas.defaultMix;
      if (!Object.entries(mix).some(([id, w]) => w > 0 && personas.some((p) => p.id === id))) {
        throw new ApiError('invalid_request', 'The persona mix gives no weight to any known persona.');
      }
      source = { kind: 'generate', plan: { count, mix, entrySpreadDays: options.entrySpreadDays } };
    }
    const total = source.kind === 'list' ? source.prospects.length : source.plan.count;
    const id = newId('run');
    const inputs = { prospects: request.prospects, total: source.kind === 'list' ? source.prospects.length : source.plan.count, options, personas: request.personas ? personas : 'default', journeyName: journey.name };
    this.db
      .prepare("INSERT INTO simulation_runs (id, journey_id, status, inputs, created_at) VALUES (?, ?, 'running', ?, ?)")
      .run(id, journey.id, JSON.stringify(inputs), this.now().toISOString());
    const controller = new AbortController();
    const run: ActiveRun = { id, total, done: 0, started: Date.now(), controller, finished: Promise.resolve() };
    run.finished = this.pool
      .run({ journey, personas, source, options }, { signal: controller.signal, onProgress: (done) => (run.done = done) })
      .then(
        (results) => this.finish(id, 'done', results, null),
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

  private finish(id: string, status: RunStatus, results: SimulationResults | null, error: string | null): void {
    this.db
      .prepare('UPDATE simulation_runs SET status = ?, results = ?, error = ?, finished_at = ? WHERE id = ?')
      .run(status, results ? JSON.stringify(results) : null, error, this.now().toISOString(), id);
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
  const inputs = JSON.parse(row.inputs) as { total: number; options: SimulationOptions };
  const prospects = inputs.total;
  return {
    id: row.id,
    journeyId: row.journey_id,
    status: row.status,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    prospects,
    seed: inputs.options.seed,
    horizonDays: inputs.options.horizonDays,
    error: row.error,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
