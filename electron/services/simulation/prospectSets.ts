// Prospect sets in SQLite: imported from CSV (valid rows kept, every bad row reported) or
// the shipped sample. One row per prospect, so large sets stream in and out.
import type { Database } from 'better-sqlite3';
import type { ProspectSetSummary } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/journey/ids';
import { type ColumnMapping, type CsvRowError, prospectsFromCsv } from '../../../shared/simulation/csv';
import { Prospect } from '../../../shared/simulation/model';

export interface CsvImportOutcome {
  set: ProspectSetSummary | null;
  imported: number;
  errors: CsvRowError[];
}

export class ProspectSetRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): ProspectSetSummary[] {
    return this.db
      .prepare<[], { id: string; name: string; source: string; count: number; created_at: string }>('SELECT * FROM prospect_sets ORDER BY created_at DESC, rowid DESC')
      .all()
      .map((r) => ({ id: r.id, name: r.name, source: r.source, count: r.count, createdAt: r.created_at }));
  }

  get(id: string): ProspectSetSummary {
    const found = this.list().find((s) => s.id === id);
    if (!found) throw new ApiError('not_found', `No prospect set with id "${id}".`);
    return found;
  }

  /** All prospects of a set, in their order. */
  prospects(id: string): Prospect[] {
    this.get(id);
    return this.db
      .prepare<[string], { data: string }>('SELECT data FROM prospects WHERE set_id = ? ORDER BY position')
      .all(id)
      .map((row) => Prospect.parse(JSON.parse(row.data)));
  }

  importCsv(name: string, csv: string, personas: readonly string[], mapping?: ColumnMapping, id = newId('ps')): CsvImportOutcome {
    const parsed = prospectsFromCsv(csv, { personas, ...(mapping ? { mapping } : {}) });
    if (parsed.prospects.length === 0) return { set: null, imported: 0, errors: parsed.errors };
    const set = this.insert(id, name, 'csv', parsed.prospects);
    return { set, imported: parsed.prospects.length, errors: parsed.errors };
  }

  insert(id: string, name: string, source: string, prospects: readonly Prospect[]): ProspectSetSummary {
    const createdAt = this.now().toISOString();
    const addProspect = this.db.prepare('INSERT INTO prospects (set_id, position, data) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO prospect_sets (id, name, source, count, created_at) VALUES (?, ?, ?, ?, ?)').run(id, name, source, prospects.length, createdAt);
      prospects.forEach((p, i) => addProspect.run(id, i, JSON.stringify(p)));
    })();
    return { id, name, source, count: prospects.length, createdAt };
  }

  delete(id: string): void {
    this.get(id);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM prospects WHERE set_id = ?').run(id);
      this.db.prepare('DELETE FROM prospect_sets WHERE id = ?').run(id);
    })();
  }
}
