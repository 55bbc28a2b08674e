// The Node-side services behind the API contract. Never imports 'electron': the Electron
// main process, the local HTTP host, the CLI and the tests all build on this one function.
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import sampleWhitepaper from '../../assets/journeys/whitepaper-follow-up.journey.json';
import { JourneyRepository } from './journeys/repository';
import { openDatabase } from './store/database';

export const DATABASE_FILE_NAME = 'nurture-studio.sqlite';

export interface ServicesOptions {
  dataDir: string;
  now?: () => Date;
}

export interface Services {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly journeys: JourneyRepository;
  readonly handlers: ApiHandlers;
  /** Things the user should be told once, e.g. that a damaged database was moved aside. */
  readonly notices: string[];
  close(): void;
}

/** Journeys a new user sees in a fresh data directory. */
export const SEED_JOURNEYS: readonly unknown[] = [sampleWhitepaper];

export function createServices(options: ServicesOptions): Services {
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const { db, previousVersion, recovered } = openDatabase(databaseFile);
  const journeys = new JourneyRepository(db, options.now);
  const notices: string[] = [];
  if (recovered) {
    notices.push(
      `The data file was damaged (${recovered.reason}). It was moved to ${recovered.movedTo} and a new one was started.`,
    );
  }
  if (previousVersion === 0) {
    db.transaction(() => SEED_JOURNEYS.forEach((doc) => journeys.insert(doc)))();
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
  };

  return {
    dataDir: options.dataDir,
    databaseFile,
    journeys,
    handlers,
    notices,
    close: () => db.close(),
  };
}
