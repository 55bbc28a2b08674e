// Email templates in SQLite. For now the store keeps what journeys embed (imports, seed
// data); the template library issue adds editing, revisions and compilation on top.
import type { Database, Statement } from 'better-sqlite3';
import { ExchangeTemplate } from '../../../shared/exchange/format';
import type { TemplateInfo } from '../../../shared/templates/checks';
import { ApiError } from '../../../shared/api/errors';
import { describeZodError } from '../../../shared/journey/describeZodError';

interface TemplateRow {
  id: string;
  name: string;
  subject: string;
  preheader: string;
  topics: string;
  language: string;
  mjml: string;
  html: string | null;
  created_at: string;
  updated_at: string;
}

const fromRow = (row: TemplateRow): ExchangeTemplate =>
  ExchangeTemplate.parse({ ...row, topics: JSON.parse(row.topics) as unknown });

export class TemplateRepository {
  private readonly statements: {
    all: Statement<[], TemplateRow>;
    get: Statement<[string], TemplateRow>;
    insert: Statement<[TemplateRow]>;
  };

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      all: db.prepare('SELECT * FROM templates ORDER BY name, id'),
      get: db.prepare('SELECT * FROM templates WHERE id = ?'),
      insert: db.prepare(
        'INSERT INTO templates (id, name, subject, preheader, topics, language, mjml, html, created_at, updated_at) ' +
          'VALUES (@id, @name, @subject, @preheader, @topics, @language, @mjml, @html, @created_at, @updated_at)',
      ),
    };
  }

  list(): ExchangeTemplate[] {
    return this.statements.all.all().map(fromRow);
  }

  get(id: string): ExchangeTemplate | null {
    const row = this.statements.get.get(id);
    return row ? fromRow(row) : null;
  }

  insert(candidate: unknown): ExchangeTemplate {
    const parsed = ExchangeTemplate.safeParse(candidate);
    if (!parsed.success) throw new ApiError('invalid_request', `The template was not saved: ${describeZodError(parsed.error)}`);
    const t = parsed.data;
    const stamp = this.now().toISOString();
    this.db.transaction(() => {
      if (this.statements.get.get(t.id)) throw new ApiError('invalid_request', `A template with id "${t.id}" already exists.`);
      this.statements.insert.run({ ...t, topics: JSON.stringify(t.topics), created_at: stamp, updated_at: stamp });
    })();
    return t;
  }

  /** What journey validation needs, keyed by id. */
  infoById(): Map<string, TemplateInfo> {
    return new Map(this.list().map((t) => [t.id, { id: t.id, name: t.name, subject: t.subject, mjml: t.mjml }]));
  }
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
