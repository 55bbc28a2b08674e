// The Node-side services behind the API contract. Never imports 'electron': the Electron
// main process, the local HTTP host, the CLI and the tests all build on this one function.
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { importExchange } from '../../shared/exchange/importExchange';
import { JourneyExchange } from './exchange/journeyExchange';
import { JourneyRepository } from './journeys/repository';
import { openDatabase } from './store/database';
import { TemplateRepository } from './templates/repository';

export const DATABASE_FILE_NAME = 'nurture-studio.sqlite';

export interface ServicesOptions {
  dataDir: string;
  now?: () => Date;
}

export interface Services {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly journeys: JourneyRepository;
  readonly templates: TemplateRepository;
  readonly exchange: JourneyExchange;
  readonly handlers: ApiHandlers;
  /** Things the user should be told once, e.g. that a damaged database was moved aside. */
  readonly notices: string[];
  close(): void;
}

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
  const exchange = new JourneyExchange(db, journeys, templates);
  const notices: string[] = [];
  if (recovered) {
    notices.push(
      `The data file was damaged (${recovered.reason}). It was moved to ${recovered.movedTo} and a new one was started.`,
    );
  }
  if (previousVersion === 0) {
    db.transaction(() => {
      for (const sample of SEED_JOURNEYS) {
        const parsed = importExchange(JSON.stringify(sample));
        if (!parsed.ok) throw new Error(`A shipped sample journey is broken: ${JSON.stringify(parsed.problems)}`);
        exchange.importDocument(parsed.document);
      }
    })();
  }

  const handlers: ApiHandlers = {
    'journeys:list': () => journeys.list(),
    'journeys:create': ({ name }) => journeys.create(name),
    'journeys:rename': ({ id, name }) => journeys.rename(id, name),
    'journeys:duplicate': ({ id, name }) => journeys.duplicate(id, name),
    'journeys:delete': ({ id }) => {
      journeys.delete(id);
      return { deleted: true };
    },
    'journeys:load': ({ id }) => journeys.load(id),
    'journeys:save': ({ document }) => journeys.save(document),
    'journeys:export': ({ id }) => exchange.exportJourney(id),
    'journeys:import': ({ content }) => exchange.importText(content, Buffer.byteLength(content)),
    'templates:list': () =>
      templates.list().map(({ id, name, subject, topics, language }) => ({ id, name, subject, topics, language })),
  };

  return {
    dataDir: options.dataDir,
    databaseFile,
    journeys,
    templates,
    exchange,
    handlers,
    notices,
    close: () => db.close(),
  };
}
