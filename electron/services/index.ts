// The Node-side services behind the API contract. Never imports 'electron': the Electron
// main process, the local HTTP host, the CLI and the tests all build on this one function.
import os from 'node:os';
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { importExchange } from '../../shared/exchange/importExchange';
import { validateJourney, type ValidationContext } from '../../shared/journey/validate';
import { Preferences, type PreferencesStore } from '../../shared/api/preferences';
import { jsonFilePreferences } from './preferences/jsonFilePreferences';
import { JourneyExchange } from './exchange/journeyExchange';
import { JourneyRepository } from './journeys/repository';
import { JourneyStatus } from './journeys/status';
import { openDatabase } from './store/database';
import { TemplateRepository, type StoredTemplate, templateDetails, templateSummary } from './templates/repository';
import { TemplateLibrary } from './templates/library';
import type { TemplateProblem } from '../../shared/templates/checks';
import defaultPersonasFile from '../../assets/personas/default.personas.json';
import sampleProspectsCsv from '../../assets/prospects/sample-500.csv?raw';
import sampleAccountsCsv from '../../assets/prospects/sample-accounts.csv?raw';
import { PersonaSet } from '../../shared/simulation/model';
import { SimulationPool } from './simulation/pool';
import { ProspectSetRepository } from './simulation/prospectSets';
import { SimulationService } from './simulation/service';

export const DATABASE_FILE_NAME = 'nurture-studio.sqlite';

export interface ServicesOptions {
  dataDir: string;
  now?: () => Date;
  /** The built worker script (out/main/simWorker.js); without it simulations run on the calling thread. */
  simulationWorkerScript?: string;
  /** Worker threads for simulations (default: up to 2 when a worker script is given). */
  simulationWorkers?: number;
  /** Where preferences live (default: preferences.json in the data folder). */
  preferences?: PreferencesStore;
}

export interface Services {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly journeys: JourneyRepository;
  readonly templates: TemplateRepository;
  readonly library: TemplateLibrary;
  readonly exchange: JourneyExchange;
  readonly prospectSets: ProspectSetRepository;
  readonly simulations: SimulationService;
  readonly handlers: ApiHandlers;
  /** Things the user should be told once, e.g. that a damaged database was moved aside. */
  readonly notices: string[];
  close(): Promise<void>;
}

export const SAMPLE_PROSPECT_SET_ID = 'sample_prospects';
export const SAMPLE_ACCOUNTS_SET_ID = 'sample_accounts';

/** Sample journeys (exchange files, templates embedded) a new user finds in a fresh data directory. */
const SAMPLE_FILES = import.meta.glob<unknown>('../../assets/journeys/*.journey.json', { eager: true, import: 'default' });
export const SEED_JOURNEYS: readonly unknown[] = Object.keys(SAMPLE_FILES)
  .sort()
  .map((file) => SAMPLE_FILES[file]);

export function createServices(options: ServicesOptions): Services {
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const { db, previousVersion, recovered } = openDatabase(databaseFile);
  const journeys = new JourneyRepository(db, options.now);
  const templates = new TemplateRepository(db, options.now);
  const library = new TemplateLibrary(templates, journeys);
  // What journeys are validated against: in the problems panel and for the error count of
  // every journey summary the host answers with (status.ts).
  const validationContext = async (): Promise<ValidationContext> => ({ templates: await library.infoById(), journeyIds: new Set(journeys.ids()) });
  const status = new JourneyStatus(
    { stamp: () => `${templates.list().map((t) => `${t.id}:${t.revision}`).join(',')}|${journeys.ids().join(',')}`, context: validationContext },
    (id) => journeys.load(id),
  );
  const exchange = new JourneyExchange(db, journeys, templates, library);
  const personas = PersonaSet.parse(defaultPersonasFile);
  const preferenceStore = options.preferences ?? jsonFilePreferences(path.join(options.dataDir, 'preferences.json'));
  const prospectSets = new ProspectSetRepository(db, options.now);
  const workers = options.simulationWorkers ?? (options.simulationWorkerScript ? Math.min(2, os.availableParallelism()) : 0);
  const pool = new SimulationPool(options.simulationWorkerScript ?? '', options.simulationWorkerScript ? workers : 0);
  const simulations = new SimulationService(db, journeys, prospectSets, personas, pool, options.now, () => templates.infoById());
  const notices: string[] = [];
  if (recovered) {
    notices.push(
      `The data file was damaged (${recovered.reason}). It was moved to ${recovered.movedTo} and a new one was started.`,
    );
  }
  // Databases from before the template library (schema 4) get the starter templates too.
  if (previousVersion < 4) db.transaction(() => library.seedStarterLibrary())();
  if (previousVersion === 0) {
    db.transaction(() => {
      for (const sample of SEED_JOURNEYS) {
        const parsed = importExchange(JSON.stringify(sample));
        if (!parsed.ok) throw new Error(`A shipped sample journey is broken: ${JSON.stringify(parsed.problems)}`);
        exchange.importDocument(parsed.document);
      }
      const sample = prospectSets.importCsv('Sample prospects (500)', sampleProspectsCsv, personas.personas.map((p) => p.id), undefined, SAMPLE_PROSPECT_SET_ID);
      if (sample.errors.length > 0) throw new Error(`The shipped sample prospects are broken: ${JSON.stringify(sample.errors.slice(0, 3))}`);
      // Contacts of 80 companies, for the buying-centre sample (account mode).
      const accounts = prospectSets.importCsv('Sample buying centres', sampleAccountsCsv, personas.personas.map((p) => p.id), undefined, SAMPLE_ACCOUNTS_SET_ID);
      if (accounts.errors.length > 0) throw new Error(`The shipped sample accounts are broken: ${JSON.stringify(accounts.errors.slice(0, 3))}`);
    })();
  }

  const handlers: ApiHandlers = {
    'journeys:list': () => status.summarizeAll(journeys.list()),
    'journeys:create': ({ name }) => status.summarize(journeys.create(name)),
    'journeys:rename': ({ id, name }) => status.summarize(journeys.rename(id, name)),
    'journeys:duplicate': ({ id, name }) => status.summarize(journeys.duplicate(id, name)),
    'journeys:saveCopy': ({ document, name }) => status.summarize(journeys.saveCopy(document, name)),
    'journeys:delete': ({ id }) => {
      journeys.delete(id);
      return { deleted: true };
    },
    'journeys:load': ({ id }) => journeys.loadVersioned(id),
    'journeys:save': ({ document, baseVersion }) => status.summarize(journeys.save(document, baseVersion)),
    'journeys:export': ({ id }) => exchange.exportJourney(id),
    'journeys:exportPlatform': ({ id, target }) => exchange.exportToPlatform(id, target),
    'journeys:import': async ({ content, onExisting }) => {
      const outcome = exchange.importText(content, Buffer.byteLength(content), onExisting);
      return { ...outcome, journey: await status.summarize(outcome.journey) };
    },
    'journeys:importPlatform': async ({ content, from }) => {
      const outcome = exchange.importPlatform(content, Buffer.byteLength(content), from);
      return { ...outcome, journey: await status.summarize(outcome.journey) };
    },
    'journeys:saveRevision': ({ id, name }) => journeys.saveRevision(id, name),
    'journeys:revisions': ({ id }) => journeys.revisions(id),
    'journeys:loadRevision': ({ id, revision }) => journeys.loadRevision(id, revision),
    'journeys:restoreRevision': ({ id, revision }) => journeys.restoreRevision(id, revision),
    'journeys:validate': async ({ document }) => validateJourney(document, await validationContext()),
    'templates:list': () => templates.list().map(templateSummary),
    'templates:get': async ({ id }) => details(await library.get(id)),
    'templates:create': ({ name, language }) => templateSummary(library.create(name, language)),
    'templates:save': async ({ id, content, baseRevision }) => details(await library.save(id, content, baseRevision)),
    'templates:duplicate': ({ id }) => templateSummary(library.duplicate(id)),
    'templates:delete': ({ id }) => {
      library.delete(id);
      return { deleted: true };
    },
    'templates:revisions': ({ id }) => templates.revisions(id),
    'templates:restore': async ({ id, revision }) => details(await library.restore(id, revision)),
    'templates:preview': ({ subject, mjml, values }) => library.preview({ subject, mjml }, values),
    'templates:importMjml': async ({ files }) =>
      (await library.importMjml(files)).map((r) => ({ file: r.file, template: templateSummary(r.template), problems: r.problems })),
    'templates:exportMjml': ({ ids }) => library.exportMjml(ids),
    'prospectSets:prospects': ({ id, limit }) => prospectSets.prospects(id).slice(0, limit),
    'preferences:get': () => preferenceStore.read(),
    'preferences:set': ({ preferences }) => {
      const next = Preferences.parse({ ...preferenceStore.read(), ...Object.fromEntries(Object.entries(preferences).filter(([, v]) => v !== undefined)) });
      preferenceStore.write(next);
      return next;
    },
    'personas:list': () => personas,
    'prospectSets:list': () => prospectSets.list(),
    'prospectSets:importCsv': ({ name, content, mapping }) => prospectSets.importCsv(name, content, personas.personas.map((p) => p.id), mapping),
    'prospectSets:delete': ({ id }) => {
      prospectSets.delete(id);
      return { deleted: true };
    },
    'simulation:start': (request) => simulations.start(request),
    'simulation:progress': ({ runId }) => simulations.progress(runId),
    'simulation:cancel': ({ runId }) => simulations.cancel(runId),
    'simulation:result': ({ runId }) => simulations.result(runId),
    'simulation:list': ({ journeyId }) => simulations.list(journeyId),
    'simulation:exportCsv': ({ runId }) => simulations.prepareCsvDownload(runId),
  };

  return {
    dataDir: options.dataDir,
    databaseFile,
    journeys,
    templates,
    library,
    exchange,
    prospectSets,
    simulations,
    handlers,
    notices,
    // The database closes at once; worker threads end asynchronously (they never touch it).
    close: () => {
      db.close();
      return pool.close();
    },
  };
}

function details(checked: { template: StoredTemplate; problems: TemplateProblem[] }) {
  return { template: templateDetails(checked.template), problems: checked.problems };
}
