// Email content for a platform: the compiled HTML (brand layout expanded, as the exchange
// export embeds it), subject and preheader, merge tags in the platform's syntax. Each template
// is translated once however many steps send it.
import type { ExchangeTemplate } from '../exchange/format';
import { translateMergeTags, type MergeDialect } from './mergeTags';
import { note, type ReportBuilder, type ReportNote } from './report';

export interface EmailContent {
  templateId: string;
  name: string;
  subject: string;
  preheader: string;
  html: string;
  language: string;
}

export class ContentTranslator {
  private readonly cache = new Map<string, EmailContent>();
  private readonly byId: Map<string, ExchangeTemplate>;

  constructor(
    templates: readonly ExchangeTemplate[],
    private readonly dialect: MergeDialect,
    private readonly report: ReportBuilder,
  ) {
    this.byId = new Map(templates.map((t) => [t.id, t]));
  }

  /** The template's content, or undefined when the journey names a template it was not given. */
  template(id: string): EmailContent | undefined {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const template = this.byId.get(id);
    if (!template) return undefined;
    const notes: ReportNote[] = [];
    const subject = this.translate(template.subject, notes);
    const preheader = this.translate(template.preheader, notes);
    let html = '';
    if (template.html === null) notes.push(note('notCompiled'));
    else html = this.translate(template.html, notes);
    const translated = notes.filter((n) => n.code === 'tagsTranslated').reduce((sum, n) => sum + Number(n.params.count), 0);
    const others = notes.filter((n) => n.code !== 'tagsTranslated');
    const status = others.some((n) => n.code === 'notCompiled') ? 'dropped' : others.length > 0 ? 'approximated' : 'mapped';
    this.report.contentLine(id, template.name, status, ...(translated > 0 ? [note('tagsTranslated', { count: translated })] : []), ...others);
    const content = { templateId: id, name: template.name, subject, preheader, html, language: template.language };
    this.cache.set(id, content);
    return content;
  }

  /** The templates translated so far, in first-use order. */
  used(): EmailContent[] {
    return [...this.cache.values()];
  }

  /** A step's own subject line, translated (its notes go to the template's content line). */
  subject(text: string, templateId: string | null): string {
    const notes: ReportNote[] = [];
    const result = this.translate(text, notes);
    const extra = notes.filter((n) => n.code !== 'tagsTranslated');
    if (templateId !== null && extra.length > 0) this.report.contentLine(templateId, this.byId.get(templateId)?.name ?? templateId, 'approximated', ...extra);
    return result;
  }

  private translate(text: string, notes: ReportNote[]): string {
    const result = translateMergeTags(text, this.dialect);
    if (result.translated > 0) notes.push(note('tagsTranslated', { count: result.translated }));
    for (const tag of result.unknown) notes.push(note('unknownTag', { tag: `{{${tag}}}` }));
    for (const { tag, as } of result.approximated) notes.push(note('tagApprox', { tag: `{{${tag}}}`, as }));
    for (const text of result.lookalikes) notes.push(note('lookalike', { text }));
    return result.text;
  }
}
