// Numbered schema migrations. Once shipped, a migration is never edited: add a new one.
// Each runs in its own transaction together with the user_version bump.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'journeys table',
    up(db) {
      db.exec(`
        CREATE TABLE journeys (
          id          TEXT PRIMARY KEY,
          name        TEXT NOT NULL,
          document    TEXT NOT NULL,
          node_count  INTEGER NOT NULL,
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX journeys_by_updated ON journeys (updated_at DESC);
      `);
    },
  },
  {
    version: 2,
    description: 'email templates (embedded in imported journeys, later the template library)',
    up(db) {
      db.exec(`
        CREATE TABLE templates (
          id          TEXT PRIMARY KEY,
          name        TEXT NOT NULL,
          subject     TEXT NOT NULL,
          preheader   TEXT NOT NULL,
          topics      TEXT NOT NULL,
          language    TEXT NOT NULL,
          mjml        TEXT NOT NULL,
          html        TEXT,
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 3,
    description: 'prospect sets and simulation runs',
    up(db) {
      db.exec(`
        CREATE TABLE prospect_sets (
          id          TEXT PRIMARY KEY,
          name        TEXT NOT NULL,
          source      TEXT NOT NULL,
          count       INTEGER NOT NULL,
          created_at  TEXT NOT NULL
        ) STRICT;
        CREATE TABLE prospects (
          set_id      TEXT NOT NULL REFERENCES prospect_sets (id) ON DELETE CASCADE,
          position    INTEGER NOT NULL,
          data        TEXT NOT NULL,
          PRIMARY KEY (set_id, position)
        ) STRICT;
        CREATE TABLE simulation_runs (
          id          TEXT PRIMARY KEY,
          journey_id  TEXT NOT NULL,
          status      TEXT NOT NULL,
          inputs      TEXT NOT NULL,
          results     TEXT,
          error       TEXT,
          created_at  TEXT NOT NULL,
          finished_at TEXT
        ) STRICT;
        CREATE INDEX simulation_runs_by_journey ON simulation_runs (journey_id, created_at DESC);
      `);
    },
  },
  {
    version: 4,
    description: 'template library: partials, drafts, revisions',
    up(db) {
      db.exec(`
        ALTER TABLE templates ADD COLUMN kind TEXT NOT NULL DEFAULT 'email';
        ALTER TABLE templates ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE templates ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE template_revisions (
          template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
          revision    INTEGER NOT NULL,
          name        TEXT NOT NULL,
          subject     TEXT NOT NULL,
          preheader   TEXT NOT NULL,
          topics      TEXT NOT NULL,
          language    TEXT NOT NULL,
          mjml        TEXT NOT NULL,
          saved_at    TEXT NOT NULL,
          PRIMARY KEY (template_id, revision)
        ) STRICT;
        INSERT INTO template_revisions
          SELECT id, 1, name, subject, preheader, topics, language, mjml, updated_at FROM templates;
      `);
    },
  },
  {
    version: 5,
    description: 'named journey revisions',
    up(db) {
      db.exec(`
        CREATE TABLE journey_revisions (
          journey_id  TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
          revision    INTEGER NOT NULL,
          name        TEXT NOT NULL,
          document    TEXT NOT NULL,
          node_count  INTEGER NOT NULL,
          edge_count  INTEGER NOT NULL,
          saved_at    TEXT NOT NULL,
          PRIMARY KEY (journey_id, revision)
        ) STRICT;
      `);
    },
  },
  {
    version: 6,
    description: 'per-prospect rows of simulation runs (for the CSV export)',
    up(db) {
      db.exec(`
        CREATE TABLE simulation_run_rows (
          run_id   TEXT PRIMARY KEY REFERENCES simulation_runs (id) ON DELETE CASCADE,
          count    INTEGER NOT NULL,
          outcome  BLOB NOT NULL,
          stage    BLOB NOT NULL,
          score    BLOB NOT NULL,
          emails   BLOB NOT NULL,
          grade    BLOB NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 7,
    description: 'journey versions: every write counts up, a save names the version it was based on',
    up(db) {
      db.exec('ALTER TABLE journeys ADD COLUMN version INTEGER NOT NULL DEFAULT 1');
    },
  },
  {
    version: 8,
    description: 'the sales side of per-prospect rows: answer, reason, recycling, opportunity, deal value (empty for runs before it)',
    up(db) {
      const existing = new Set((db.pragma('table_info(simulation_run_rows)') as { name: string }[]).map((c) => c.name));
      for (const column of SALES_ROW_COLUMNS) if (!existing.has(column)) db.exec(`ALTER TABLE simulation_run_rows ADD COLUMN ${column} BLOB`);
    },
  },
];

/** The blob columns of simulation_run_rows that hold ProspectRows' sales columns (SALES_ROW_KEYS order). */
export const SALES_ROW_COLUMNS = ['sales_answer', 'sales_reason', 'sales_recycled', 'sales_deal', 'sales_sql_day', 'sales_closed_day', 'sales_deal_value'] as const;

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
