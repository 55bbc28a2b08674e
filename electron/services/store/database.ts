// Opens the app's SQLite file: checks it first without changing a byte of it; a damaged
// one is evidence, moved aside byte-identical with its -wal and -shm, and a fresh file is
// started. Sets WAL and durability explicitly and brings the schema up to date by PRAGMA
// user_version.
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
  const found = inspect(file);
  if (found.damage) recovered = { movedTo: moveAside(file), reason: found.damage };
  else refuseNewerSchema(found.userVersion, file, migrations);

  const db = new BetterSqlite3(file);
  try {
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

interface Inspection {
  /** Why the file is not a healthy SQLite database, or null. */
  damage: string | null;
  /** Its schema version (PRAGMA user_version), 0 for a new or empty file. */
  userVersion: number;
}

/**
 * Looks at the file without changing a byte of it, its -wal or its -shm. Opening the file
 * itself, even read-only, would rebuild its -shm, and a read-write connection checkpoints
 * the -wal into it on close, so SQLite only ever sees a stand-in: a read-only hard link
 * (a copy where links are not possible) beside a copy of the -wal, in a folder of its own.
 */
function inspect(file: string): Inspection {
  const fresh: Inspection = { damage: null, userVersion: 0 };
  if (!fs.existsSync(file)) return fresh;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, header, 0, header.length, 0);
  fs.closeSync(fd);
  const walSize = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  if (read === 0) {
    // An empty file is a new database. SQLite itself would delete a -wal beside it, but a
    // -wal with content belongs to a database whose main file was lost: that is evidence.
    if (walSize === 0) return fresh;
    return { damage: `SQLITE_NOTADB: the file is empty, but its -wal holds ${walSize} bytes of transactions for a database that is missing`, userVersion: 0 };
  }
  if (read < header.length || !header.equals(SQLITE_HEADER)) {
    return { damage: 'SQLITE_NOTADB: the file is not an SQLite database', userVersion: 0 };
  }
  removeStaleCheckFolders(file);
  const folder = fs.mkdtempSync(`${file}.check-`);
  try {
    const standIn = path.join(folder, path.basename(file));
    const before = fingerprint(file);
    try {
      fs.linkSync(file, standIn);
    } catch {
      fs.copyFileSync(file, standIn);
    }
    if (walSize > 0) fs.copyFileSync(`${file}-wal`, `${standIn}-wal`);
    const found = checkStandIn(standIn);
    // The stand-in does not share the locks of a program that may be writing the file right
    // now, so a verdict of damage only stands if nothing changed while it was checked.
    if (found.damage && fingerprint(file) !== before) {
      throw new Error(`${file} changed while it was being checked; another program seems to be using it. Close it and start again.`);
    }
    return found;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const fingerprint = (file: string) =>
  SIDE_FILES.map((suffix) => {
    const stat = fs.statSync(file + suffix, { throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeMs}` : '-';
  }).join(' ');

/** Folders of checks that a crash interrupted (an hour old: a check running now is left alone). */
function removeStaleCheckFolders(file: string): void {
  const prefix = `${path.basename(file)}.check-`;
  const dir = path.dirname(file);
  for (const name of fs.readdirSync(dir)) {
    const folder = path.join(dir, name);
    if (name.startsWith(prefix) && Date.now() - fs.statSync(folder).mtimeMs > 3_600_000) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** quick_check on the stand-in; only SQLite's own verdicts of damage count as damage. */
function checkStandIn(standIn: string): Inspection {
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(standIn, { readonly: true, fileMustExist: true });
    const findings = (probe.pragma('quick_check') as { quick_check: string }[]).flatMap((r) => r.quick_check.split('\n'));
    const userVersion = probe.pragma('user_version', { simple: true }) as number;
    if (findings.length === 1 && findings[0] === 'ok') return { damage: null, userVersion };
    // The first findings say enough for the user; quick_check can list a hundred.
    const more = findings.length > 3 ? ` and ${findings.length - 3} more findings` : '';
    return { damage: `integrity check failed: ${findings.slice(0, 3).join('; ')}${more}`, userVersion };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // Anything else (a lock, no permission, a full disk) is not evidence of damage: the
    // healthy file must not be moved aside for it, so the error stops the start instead.
    if (!/^SQLITE_(CORRUPT|NOTADB)/.test(code)) throw error;
    return { damage: `${code}: ${(error as Error).message}`, userVersion: 0 };
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

/** Checked before the file is opened for writing, so a newer app's file stays byte-for-byte as it was. */
function refuseNewerSchema(current: number, file: string, migrations: readonly Migration[]): void {
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
