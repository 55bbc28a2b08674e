import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/store/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../../../electron/services/store/migrations';
import { tempDir } from '../../../../support/tempDir';

/** Rows enough for many pages, all folded into the main file (the -wal emptied). */
function fillCheckpointed(db: BetterSqlite3.Database, journeys: number): void {
  const insert = db.prepare('INSERT INTO journeys (id, name, document, node_count, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < journeys; i++) insert.run(`j${i}`, `Journey ${i}`, 'x'.repeat(500), 'a', 'b');
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
}

describe('SQLite store', () => {
  it('migrates an empty file to the latest schema, in WAL mode', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    fs.writeFileSync(file, '');
    const { db, previousVersion, recovered } = openDatabase(file);
    expect(previousVersion).toBe(0);
    expect(recovered).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('journeys');
    db.close();
  });

  it('keeps data across a reopen and does not migrate again', () => {
    const file = path.join(tempDir(), 'nested', 'dir', 'app.sqlite');
    const first = openDatabase(file);
    first.db.prepare("INSERT INTO journeys (id, name, document, node_count, created_at, updated_at) VALUES ('j1', 'Kept', '{}', 0, 'a', 'b')").run();
    first.db.close();
    const second = openDatabase(file);
    expect(second.previousVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(second.db.prepare('SELECT name FROM journeys').pluck().get()).toBe('Kept');
    second.db.close();
  });

  it('moves a file that is not SQLite aside, with its -wal and -shm, and starts fresh', () => {
    const dir = tempDir();
    const file = path.join(dir, 'app.sqlite');
    fs.writeFileSync(file, 'this is not a database, it is a shopping list '.repeat(200));
    fs.writeFileSync(`${file}-wal`, 'stale');
    const { db, recovered } = openDatabase(file);
    expect(recovered?.reason).toMatch(/SQLITE_NOTADB/);
    expect(fs.readFileSync(recovered!.movedTo, 'utf8')).toContain('shopping list');
    expect(fs.readFileSync(`${recovered!.movedTo}-wal`, 'utf8')).toBe('stale');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('moves a damaged SQLite file aside instead of overwriting it', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    const { db } = openDatabase(file);
    fillCheckpointed(db, 400);
    db.close();
    // Scribble over pages in the middle of the file, leaving the header intact.
    const bytes = fs.readFileSync(file);
    bytes.fill(0xab, 8192, 40_000);
    fs.writeFileSync(file, bytes);
    const reopened = openDatabase(file);
    expect(reopened.recovered?.reason).toBeTruthy();
    expect(fs.existsSync(reopened.recovered!.movedTo)).toBe(true);
    expect(reopened.db.prepare('SELECT count(*) FROM journeys').pluck().get()).toBe(0);
    reopened.db.close();
  });

  it('upgrades a version-1 file to the latest schema, keeping its data and a backup', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    const v1 = openDatabase(file, MIGRATIONS.slice(0, 1));
    v1.db.prepare("INSERT INTO journeys VALUES ('j1', 'From v1', '{}', 0, 'a', 'b')").run();
    v1.db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.previousVersion).toBe(1);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare('SELECT name FROM journeys').pluck().get()).toBe('From v1');
    expect(upgraded.db.prepare('SELECT version FROM journeys').pluck().get()).toBe(1);
    expect(upgraded.db.prepare('SELECT count(*) FROM templates').pluck().get()).toBe(0);
    upgraded.db.close();
    const backup = new BetterSqlite3(`${file}.before-v${LATEST_SCHEMA_VERSION}.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('refuses a file from a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer Nurture Studio/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up the file before migrating an existing database, and rolls back a failed migration', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    openDatabase(file).db.close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      description: 'fails halfway',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(file, [...MIGRATIONS, broken])).toThrow('boom');
    expect(fs.existsSync(`${file}.before-v${LATEST_SCHEMA_VERSION + 1}.bak`)).toBe(true);
    const { db } = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });
});

// ---------------------------------------------------------------------------------------
// A damaged file is evidence: checked without being modified, moved aside byte-identical
// together with its -wal and -shm (issue 12, defect 4).

const SIDE = ['', '-wal', '-shm'] as const;

/** SHA-256 of the main file, -wal and -shm (null where a file is absent). */
function hashes(file: string): Record<(typeof SIDE)[number], string | null> {
  const one = (f: string) => (fs.existsSync(f) ? crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex') : null);
  return { '': one(file), '-wal': one(`${file}-wal`), '-shm': one(`${file}-shm`) };
}

/**
 * The files a crash leaves behind: a database whose last transactions sit only in its -wal
 * (copied while the writing connection is still open, as a kill -9 would leave them).
 */
function crashImage(file: string, lastWrite: (db: BetterSqlite3.Database) => void = renameJourney): void {
  const source = path.join(tempDir(), 'live.sqlite');
  const { db } = openDatabase(source);
  fillCheckpointed(db, 200);
  lastWrite(db);
  expect(fs.statSync(`${source}-wal`).size).toBeGreaterThan(0);
  for (const suffix of SIDE) fs.copyFileSync(source + suffix, file + suffix);
  db.close();
}

function renameJourney(db: BetterSqlite3.Database): void {
  db.prepare("UPDATE journeys SET name = 'Renamed just before the crash' WHERE id = 'j7'").run();
}

/** Opens the file and expects it moved aside whole: main, -wal and -shm byte-identical. */
function expectMovedAsideUnchanged(file: string, reason: RegExp): void {
  const before = hashes(file);
  const { db, recovered } = openDatabase(file);
  try {
    expect(recovered?.reason).toMatch(reason);
    expect(hashes(recovered!.movedTo)).toEqual(before);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('.check-'))).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM journeys').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
}

describe('damaged database files are evidence', () => {
  it('moves a garbage main file aside unchanged, without a -wal', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    fs.writeFileSync(file, crypto.randomBytes(64 * 1024));
    expectMovedAsideUnchanged(file, /SQLITE_NOTADB/);
  });

  it('moves a garbage main file aside unchanged, with the -wal and -shm of a crash', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    crashImage(file);
    fs.writeFileSync(file, crypto.randomBytes(fs.statSync(file).size));
    expectMovedAsideUnchanged(file, /SQLITE_NOTADB/);
  });

  it('does not checkpoint the -wal into a damaged file whose header is intact (first 100 bytes kept, garbage after)', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    crashImage(file);
    const bytes = fs.readFileSync(file);
    crypto.randomFillSync(bytes, 100);
    fs.writeFileSync(file, bytes);
    expectMovedAsideUnchanged(file, /SQLITE_CORRUPT|integrity check failed/);
  });

  it('moves a truncated file aside unchanged, with and without its -wal', () => {
    for (const withWal of [true, false]) {
      const file = path.join(tempDir(), 'app.sqlite');
      crashImage(file);
      if (!withWal) {
        fs.rmSync(`${file}-wal`);
        fs.rmSync(`${file}-shm`);
      }
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3));
      expectMovedAsideUnchanged(file, /SQLITE_CORRUPT|integrity check failed/);
    }
  });

  it('moves a zero-byte main file aside unchanged when a -wal beside it holds transactions', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    crashImage(file);
    fs.truncateSync(file, 0);
    expectMovedAsideUnchanged(file, /empty, but its -wal holds \d+ bytes/);
  });

  it('leaves a newer schema untouched, -wal and -shm included, when it refuses it', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    crashImage(file, (db) => {
      renameJourney(db);
      db.pragma('user_version = 999');
    });
    const before = hashes(file);
    expect(() => openDatabase(file)).toThrow(/newer Nurture Studio \(schema 999/);
    expect(hashes(file)).toEqual(before);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['app.sqlite', 'app.sqlite-shm', 'app.sqlite-wal']);
  });

  it('clears away the check folder of a start that crashed an hour ago, not one that may be running', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    openDatabase(file).db.close();
    const stale = `${file}.check-old`;
    const running = `${file}.check-now`;
    for (const folder of [stale, running]) {
      fs.mkdirSync(folder);
      fs.linkSync(file, path.join(folder, 'app.sqlite'));
    }
    const hourAgo = new Date(Date.now() - 3_700_000);
    fs.utimesSync(stale, hourAgo, hourAgo);
    openDatabase(file).db.close();
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
  });

  it('opens a healthy file left by a crash with the transactions its -wal holds', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    crashImage(file);
    const { db, recovered } = openDatabase(file);
    expect(recovered).toBeUndefined();
    expect(db.prepare("SELECT name FROM journeys WHERE id = 'j7'").pluck().get()).toBe('Renamed just before the crash');
    db.close();
  });
});
