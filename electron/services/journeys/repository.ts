// Journeys in SQLite: one row per journey holding its validated document as JSON. Every
// write is one transaction; a document that fails the schema never reaches the table.
// Every write counts the journey's version up, and a save based on an older version than
// the stored one is refused as a conflict: two editors never overwrite each other.
import type { Database, Statement } from 'better-sqlite3';
import type { JourneyRevisionSummary, VersionedJourney } from '../../../shared/api/contract';
import type { StoredJourney } from '../../../shared/api/library';
import { ApiError, saveConflict } from '../../../shared/api/errors';
import { describeZodError } from '../../../shared/journey/describeZodError';
import { newId } from '../../../shared/journey/ids';
import { createNode } from '../../../shared/journey/nodeTypes';
import { JOURNEY_SCHEMA_VERSION, JourneyDocument } from '../../../shared/journey/schema';
import { copyName } from '../../../shared/journey/names';

interface JourneyRow {
  id: string;
  name: string;
  document: string;
  node_count: number;
  created_at: string;
  updated_at: string;
  version: number;
}

const toSummary = (row: Omit<JourneyRow, 'document'>): StoredJourney => ({
  id: row.id,
  name: row.name,
  nodeCount: row.node_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export class JourneyRepository {
  private readonly statements: {
    list: Statement<[], Omit<JourneyRow, 'document'>>;
    get: Statement<[string], JourneyRow>;
    insert: Statement<[JourneyRow]>;
    update: Statement<[Omit<JourneyRow, 'created_at'>]>;
    remove: Statement<[string]>;
    ids: Statement<[], string>;
  };

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      list: db.prepare('SELECT id, name, node_count, created_at, updated_at, version FROM journeys ORDER BY updated_at DESC, rowid DESC'),
      get: db.prepare('SELECT * FROM journeys WHERE id = ?'),
      insert: db.prepare(
        'INSERT INTO journeys (id, name, document, node_count, created_at, updated_at, version) ' +
          'VALUES (@id, @name, @document, @node_count, @created_at, @updated_at, @version)',
      ),
      update: db.prepare(
        'UPDATE journeys SET name = @name, document = @document, node_count = @node_count, updated_at = @updated_at, version = @version WHERE id = @id',
      ),
      remove: db.prepare('DELETE FROM journeys WHERE id = ?'),
      ids: db.prepare<[], string>('SELECT id FROM journeys ORDER BY id').pluck(),
    };
  }

  list(): StoredJourney[] {
    return this.statements.list.all().map(toSummary);
  }

  /** Every journey's id (what a "go to journey" step may name). */
  ids(): string[] {
    return this.statements.ids.all();
  }

  create(name: string): StoredJourney {
    // Settings, scoring and routing start from the schema's defaults.
    return this.insert({
      schemaVersion: JOURNEY_SCHEMA_VERSION,
      id: newId('j'),
      name,
      nodes: [createNode('entry', newId('n'), { x: 0, y: 0 })],
      edges: [],
    });
  }

  /** Inserts a complete document (seed data, imports); it is validated like any save. */
  insert(candidate: unknown): StoredJourney {
    const document = this.parse(candidate);
    const stamp = this.now().toISOString();
    return this.db.transaction(() => {
      if (this.statements.get.get(document.id)) {
        throw new ApiError('invalid_request', `A journey with id "${document.id}" already exists.`);
      }
      const row: JourneyRow = {
        id: document.id,
        name: document.name,
        document: JSON.stringify(document),
        node_count: document.nodes.length,
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      };
      this.statements.insert.run(row);
      return toSummary(row);
    })();
  }

  exists(id: string): boolean {
    return this.statements.get.get(id) !== undefined;
  }

  /** A journey by id, or else by exact name (for the CLI). */
  find(idOrName: string): StoredJourney | null {
    const all = this.list();
    return all.find((j) => j.id === idOrName) ?? all.find((j) => j.name === idOrName) ?? null;
  }

  load(id: string): JourneyDocument {
    return this.parseStored(this.requireRow(id));
  }

  /** The document with the version a save of it must name. */
  loadVersioned(id: string): VersionedJourney {
    const row = this.requireRow(id);
    return { document: this.parseStored(row), version: row.version };
  }

  /** Stores an edit of the journey as loaded at `baseVersion`; refused if it was changed since. */
  save(candidate: unknown, baseVersion: number): StoredJourney {
    const document = this.parse(candidate);
    return this.db.transaction(() => {
      const row = this.requireRow(document.id);
      if (row.version !== baseVersion) {
        throw saveConflict(row.name, baseVersion, { kind: 'journey', id: row.id, storedVersion: row.version, stored: this.parseStored(row) });
      }
      return this.write(row, document);
    })();
  }

  rename(id: string, name: string): StoredJourney {
    return this.db.transaction(() => {
      const row = this.requireRow(id);
      return this.write(row, this.parse({ ...this.parseStored(row), name }));
    })();
  }

  duplicate(id: string, name?: string): StoredJourney {
    return this.db.transaction(() => {
      const source = this.load(id);
      return this.insert({ ...source, id: newId('j'), name: name ?? copyName(source.name) });
    })();
  }

  /** Keeps a document as a new journey beside the one it came from ("… (copy)"). */
  saveCopy(document: JourneyDocument, name?: string): StoredJourney {
    return this.insert({ ...document, id: newId('j'), name: name ?? copyName(document.name) });
  }

  delete(id: string): void {
    this.db.transaction(() => {
      this.requireRow(id);
      this.db.prepare('DELETE FROM journey_revisions WHERE journey_id = ?').run(id);
      this.statements.remove.run(id);
    })();
  }

  /** Keeps the stored document as a named revision. */
  saveRevision(id: string, name: string): JourneyRevisionSummary {
    return this.db.transaction(() => {
      const document = this.load(id);
      const revision = ((this.db.prepare('SELECT max(revision) FROM journey_revisions WHERE journey_id = ?').pluck().get(id) as number | null) ?? 0) + 1;
      const savedAt = this.now().toISOString();
      this.db
        .prepare('INSERT INTO journey_revisions (journey_id, revision, name, document, node_count, edge_count, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, revision, name, JSON.stringify(document), document.nodes.length, document.edges.length, savedAt);
      return { revision, name, nodeCount: document.nodes.length, edgeCount: document.edges.length, savedAt };
    })();
  }

  revisions(id: string): JourneyRevisionSummary[] {
    this.requireRow(id);
    return this.db
      .prepare<[string], { revision: number; name: string; node_count: number; edge_count: number; saved_at: string }>(
        'SELECT revision, name, node_count, edge_count, saved_at FROM journey_revisions WHERE journey_id = ? ORDER BY revision DESC',
      )
      .all(id)
      .map((r) => ({ revision: r.revision, name: r.name, nodeCount: r.node_count, edgeCount: r.edge_count, savedAt: r.saved_at }));
  }

  loadRevision(id: string, revision: number): JourneyDocument {
    const text = this.db.prepare('SELECT document FROM journey_revisions WHERE journey_id = ? AND revision = ?').pluck().get(id, revision) as string | undefined;
    if (text === undefined) throw new ApiError('not_found', `The journey has no revision ${revision}.`);
    const parsed = JourneyDocument.safeParse(JSON.parse(text));
    if (!parsed.success) throw new ApiError('internal', `Revision ${revision} is damaged: ${describeZodError(parsed.error)}`);
    return parsed.data;
  }

  /** Makes a revision the current document again (the current one is kept as a revision first). */
  restoreRevision(id: string, revision: number): VersionedJourney {
    return this.db.transaction(() => {
      const old = this.loadRevision(id, revision);
      const current = this.load(id);
      this.saveRevision(id, `Before restoring revision ${revision}`);
      this.write(this.requireRow(id), this.parse({ ...old, id, name: current.name }));
      return this.loadVersioned(id);
    })();
  }

  /** The one place a stored journey changes: the next version, in the caller's transaction. */
  private write(row: JourneyRow, document: JourneyDocument): StoredJourney {
    const updated = {
      ...row,
      name: document.name,
      document: JSON.stringify(document),
      node_count: document.nodes.length,
      updated_at: this.now().toISOString(),
      version: row.version + 1,
    };
    this.statements.update.run(updated);
    return toSummary(updated);
  }

  private parseStored(row: JourneyRow): JourneyDocument {
    const parsed = JourneyDocument.safeParse(JSON.parse(row.document));
    if (!parsed.success) {
      throw new ApiError('internal', `The stored journey "${row.name}" is damaged: ${describeZodError(parsed.error)}`);
    }
    return parsed.data;
  }

  private requireRow(id: string): JourneyRow {
    const row = this.statements.get.get(id);
    if (!row) throw new ApiError('not_found', `No journey with id "${id}".`);
    return row;
  }

  private parse(candidate: unknown): JourneyDocument {
    const parsed = JourneyDocument.safeParse(candidate);
    if (!parsed.success) {
      throw new ApiError('invalid_request', `The journey was not saved: ${describeZodError(parsed.error)}`);
    }
    return parsed.data;
  }
}

