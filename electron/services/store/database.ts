// Opens the app's SQLite file: refuses to silently overwrite a damaged one (it is moved
// aside, with its -wal and -shm, and a fresh file is started), sets WAL and durability
// explicitly, and brings the schema up to date by PRAGMA user_version.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface OpenResult {
  db: Database;
  /** Schema version found on disk before migrating (0 for a new or empty file). */
  previousVersion: number;
  /** Set when a damaged file was moved aside: where it went and why, for the user. */
  recovered?: { movedTo: string; reason: string };
}

const SIDE_FILES = ['', '-wal', '-shm'] as const;

export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): OpenResult {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let recovered: OpenResult['recovered'];
  const damage = fs.existsSync(file) ? checkIntegrity(file) : null;
  if (damage) recovered = { movedTo: moveAside(file), reason: damage };

  const db = new BetterSqlite3(file);
  try {
    refuseNewerSchema(db, file, migrations);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives an app crash; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const previousVersion = migrate(db, file, migrations);
    return { db, previousVersion, ...(recovered ? { recovered } : {}) };
  } catch (error) {
    db.close();
    throw error;
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Returns a reason when the file is not a healthy SQLite database, otherwise null. */
function checkIntegrity(file: string): string | null {
  // Read the header ourselves first: opening a foreign file with SQLite could reset the
  // -wal beside it, which is part of the evidence we keep.
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, header, 0, header.length, 0);
  fs.closeSync(fd);
  if (read === 0) return null; // an empty file is a new database
  if (read < header.length || !header.equals(SQLITE_HEADER)) return 'SQLITE_NOTADB: the file is not an SQLite database';
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { fileMustExist: true });
    const rows = probe.pragma('quick_check') as { quick_check: string }[];
    const verdict = rows.map((r) => r.quick_check).join('; ');
    return verdict === 'ok' ? null : `integrity check failed: ${verdict}`;
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    return `${code}: ${(error as Error).message}`;
  } finally {
    probe?.close();
  }
}

function moveAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.damaged-${stamp}`;
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Checked before any pragma writes, so a newer app's file stays byte-for-byte as it was. */
function refuseNewerSchema(db: Database, file: string, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(
      `${file} was written by a newer Nurture Studio (schema ${current}, this version knows ${latest}). ` +
        'Update the app; the file was left untouched.',
    );
  }
}

function migrate(db: Database, file: string, migrations: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  if (pending.length > 0 && current > 0) {
    // A copy of the last good state before changing its shape; VACUUM INTO is synchronous.
    const backup = `${file}.before-v${latest}.bak`;
    fs.rmSync(backup, { force: true });
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return current;
}

export { LATEST_SCHEMA_VERSION };
