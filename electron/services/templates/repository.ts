// The template library in SQLite: email templates and the brand partials they include,
// a revision per save (list, compare, restore), drafts for imports with errors, and
// deletion refused while a journey still uses the template. A save names the revision it
// was based on; one based on an older revision is refused as a conflict.
import type { Database } from 'better-sqlite3';
import type { TemplateDetails, TemplateRevision, TemplateSummary } from '../../../shared/api/contract';
import { ApiError, saveConflict } from '../../../shared/api/errors';
import { ExchangeTemplate } from '../../../shared/exchange/format';
import { describeZodError } from '../../../shared/journey/describeZodError';
import { newId } from '../../../shared/journey/ids';
import type { TemplateInfo } from '../../../shared/templates/checks';
import { expandIncludes } from '../../../shared/templates/includes';

export type TemplateKind = 'email' | 'partial';
export type { TemplateRevision };

export interface StoredTemplate extends ExchangeTemplate {
  kind: TemplateKind;
  draft: boolean;
  revision: number;
  updatedAt: string;
}


interface TemplateRow {
  id: string;
  name: string;
  subject: string;
  preheader: string;
  topics: string;
  language: string;
  mjml: string;
  html: string | null;
  kind: TemplateKind;
  draft: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

const fromRow = (row: TemplateRow): StoredTemplate => ({
  ...ExchangeTemplate.parse({ ...row, topics: JSON.parse(row.topics) as unknown }),
  kind: row.kind,
  draft: row.draft === 1,
  revision: row.revision,
  updatedAt: row.updated_at,
});

export type TemplateContent = Pick<ExchangeTemplate, 'name' | 'subject' | 'preheader' | 'topics' | 'language' | 'mjml'>;

export class TemplateRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(kind?: TemplateKind): StoredTemplate[] {
    const rows = kind
      ? this.db.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE kind = ? ORDER BY name, id').all(kind)
      : this.db.prepare<[], TemplateRow>('SELECT * FROM templates ORDER BY name, id').all();
    return rows.map(fromRow);
  }

  get(id: string): StoredTemplate | null {
    const row = this.db.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?').get(id);
    return row ? fromRow(row) : null;
  }

  require(id: string): StoredTemplate {
    const found = this.get(id);
    if (!found) throw new ApiError('not_found', `No template with id "${id}".`);
    return found;
  }

  /** Adds a template (first revision). */
  insert(candidate: unknown, options: { kind?: TemplateKind; draft?: boolean } = {}): StoredTemplate {
    const t = this.parse(candidate);
    const stamp = this.now().toISOString();
    this.db.transaction(() => {
      if (this.get(t.id)) throw new ApiError('invalid_request', `A template with id "${t.id}" already exists.`);
      this.db
        .prepare(
          'INSERT INTO templates (id, name, subject, preheader, topics, language, mjml, html, kind, draft, revision, created_at, updated_at) ' +
            'VALUES (@id, @name, @subject, @preheader, @topics, @language, @mjml, @html, @kind, @draft, 1, @stamp, @stamp)',
        )
        .run({ ...t, topics: JSON.stringify(t.topics), kind: options.kind ?? 'email', draft: options.draft ? 1 : 0, stamp });
      this.addRevision(t.id, 1, t, stamp);
    })();
    return this.require(t.id);
  }

  create(content: TemplateContent, kind: TemplateKind = 'email'): StoredTemplate {
    return this.insert({ ...content, id: newId('t'), html: null }, { kind });
  }

  /** Saves new content as the next revision, if `baseRevision` is still the stored one; compiled HTML is stored alongside when known. */
  save(id: string, content: TemplateContent, html: string | null, baseRevision: number): StoredTemplate {
    return this.db.transaction(() => {
      const current = this.require(id);
      if (current.revision !== baseRevision) {
        throw saveConflict(current.name, baseRevision, { kind: 'template', id, storedRevision: current.revision, stored: templateDetails(current) });
      }
      return this.write(current, content, html);
    })();
  }

  revisions(id: string): TemplateRevision[] {
    this.require(id);
    return this.db
      .prepare<[string], Omit<TemplateRevision, 'topics' | 'savedAt'> & { topics: string; saved_at: string }>(
        'SELECT revision, name, subject, preheader, topics, language, mjml, saved_at FROM template_revisions WHERE template_id = ? ORDER BY revision DESC',
      )
      .all(id)
      .map(({ topics, saved_at, ...r }) => ({ ...r, topics: JSON.parse(topics) as string[], savedAt: saved_at }));
  }

  /** Restoring saves the old content as a new revision, so nothing is lost. */
  restore(id: string, revision: number, html: string | null): StoredTemplate {
    return this.db.transaction(() => {
      const old = this.revisions(id).find((r) => r.revision === revision);
      if (!old) throw new ApiError('not_found', `Template "${id}" has no revision ${revision}.`);
      return this.write(this.require(id), old, html);
    })();
  }

  delete(id: string, usedBy: readonly string[]): void {
    this.require(id);
    if (usedBy.length > 0) {
      throw new ApiError('invalid_request', `The template is used by ${usedBy.length === 1 ? 'a journey' : `${usedBy.length} journeys`}: ${usedBy.join(', ')}. Remove it from those first.`);
    }
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM template_revisions WHERE template_id = ?').run(id);
      this.db.prepare('DELETE FROM templates WHERE id = ?').run(id);
    })();
  }

  /** Brand partials by id, for <mj-include>. */
  partials(): Map<string, string> {
    return new Map(this.list('partial').map((p) => [p.id, p.mjml]));
  }

  /** What journey validation needs: include-expanded sources, keyed by id. */
  infoById(): Map<string, TemplateInfo> {
    const partials = this.partials();
    return new Map(
      this.list('email').map((t) => [t.id, { id: t.id, name: t.name, subject: t.subject, mjml: expandIncludes(t.mjml, partials).mjml }]),
    );
  }

  /** The one place a stored template changes: the next revision, in the caller's transaction. */
  private write(current: StoredTemplate, content: TemplateContent, html: string | null): StoredTemplate {
    const t = this.parse({ ...content, id: current.id, html });
    const revision = current.revision + 1;
    const stamp = this.now().toISOString();
    this.db
      .prepare(
        'UPDATE templates SET name = @name, subject = @subject, preheader = @preheader, topics = @topics, language = @language, ' +
          'mjml = @mjml, html = @html, draft = 0, revision = @revision, updated_at = @stamp WHERE id = @id',
      )
      .run({ ...t, topics: JSON.stringify(t.topics), revision, stamp });
    this.addRevision(current.id, revision, t, stamp);
    return this.require(current.id);
  }

  private addRevision(id: string, revision: number, t: TemplateContent, stamp: string): void {
    this.db
      .prepare(
        'INSERT INTO template_revisions (template_id, revision, name, subject, preheader, topics, language, mjml, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, revision, t.name, t.subject, t.preheader, JSON.stringify(t.topics), t.language, t.mjml, stamp);
  }

  private parse(candidate: unknown): ExchangeTemplate {
    const parsed = ExchangeTemplate.safeParse(candidate);
    if (!parsed.success) throw new ApiError('invalid_request', `The template was not saved: ${describeZodError(parsed.error)}`);
    return parsed.data;
  }
}

/** What the API tells about a template in lists. */
export function templateSummary(t: StoredTemplate): TemplateSummary {
  return { id: t.id, name: t.name, subject: t.subject, topics: t.topics, language: t.language, kind: t.kind, draft: t.draft, revision: t.revision, updatedAt: t.updatedAt };
}

/** ... and when it is opened: with its MJML. */
export function templateDetails(t: StoredTemplate): TemplateDetails {
  return { ...templateSummary(t), preheader: t.preheader, mjml: t.mjml };
}

/** Same content (ignoring compiled HTML, which can be rebuilt): safe to reuse on import. */
export function sameTemplateContent(a: ExchangeTemplate, b: ExchangeTemplate): boolean {
  return (
    a.name === b.name &&
    a.subject === b.subject &&
    a.preheader === b.preheader &&
    a.language === b.language &&
    a.mjml === b.mjml &&
    JSON.stringify(a.topics) === JSON.stringify(b.topics)
  );
}
