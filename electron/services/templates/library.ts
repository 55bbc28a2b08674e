// The template library as the app sees it: starter templates for a fresh data folder,
// compile and preview, saves with revisions, .mjml import (errors keep a draft) and export,
// and the list of journeys that use a template.
import { ApiError } from '../../../shared/api/errors';
import type { TemplateInfo, TemplateProblem } from '../../../shared/templates/checks';
import { fillMergeTags, type MergeValues } from '../../../shared/templates/mergeTags';
import type { TEMPLATE_LANGUAGES } from '../../../shared/exchange/format';
import { newId } from '../../../shared/journey/ids';
import { copyName } from '../../../shared/journey/names';
import type { JourneyRepository } from '../journeys/repository';
import { compileTemplate } from './compiler';
import type { StoredTemplate, TemplateContent, TemplateRepository } from './repository';
import { fileNameOf } from '../../../shared/files/fileName';

const MANIFEST = import.meta.glob<{ partials: { id: string; name: string; file: string }[]; templates: (Omit<TemplateContent, 'mjml'> & { id: string; file: string })[] }>(
  '../../../assets/templates/library.json',
  { eager: true, import: 'default' },
);
const SOURCES = import.meta.glob<string>('../../../assets/templates/**/*.mjml', { eager: true, query: '?raw', import: 'default' });
const source = (file: string) => {
  const key = Object.keys(SOURCES).find((k) => k.endsWith(`/assets/templates/${file}`));
  if (!key) throw new Error(`The starter library lacks ${file}.`);
  return SOURCES[key]!;
};

export const BLANK_TEMPLATE = `<mjml>
  <mj-head>
    <mj-preview>{{firstName}}, a short preview line</mj-preview>
    <mj-include path="brand-head" />
  </mj-head>
  <mj-body background-color="#f5f6f8" width="600px">
    <mj-include path="brand-header" />
    <mj-section background-color="#ffffff" padding="32px 24px">
      <mj-column>
        <mj-text font-size="24px" font-weight="700">Hello {{firstName}}</mj-text>
        <mj-text>Write your message here.</mj-text>
        <mj-button href="https://example.com">Call to action</mj-button>
      </mj-column>
    </mj-section>
    <mj-include path="brand-footer" />
  </mj-body>
</mjml>
`;

export interface CheckedTemplate {
  template: StoredTemplate;
  problems: TemplateProblem[];
}

export interface MjmlImportResult {
  file: string;
  template: StoredTemplate;
  problems: TemplateProblem[];
}

export class TemplateLibrary {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly journeys: JourneyRepository,
  ) {}

  /** Adds the starter templates and brand partials that are not there yet. */
  seedStarterLibrary(): void {
    const manifest = Object.values(MANIFEST)[0];
    if (!manifest) throw new Error('The starter template library manifest is missing.');
    for (const p of manifest.partials) {
      if (!this.templates.get(p.id)) {
        this.templates.insert({ id: p.id, name: p.name, subject: '', preheader: '', topics: [], language: 'en', mjml: source(p.file), html: null }, { kind: 'partial' });
      }
    }
    for (const t of manifest.templates) {
      if (!this.templates.get(t.id)) this.templates.insert({ ...t, mjml: source(t.file), html: null });
    }
  }

  // Problems of each stored email template, by id, revision and the partials' revisions:
  // journey validation asks often, and compiling every template each time would be slow.
  private readonly checked = new Map<string, readonly TemplateProblem[]>();

  /** What journey validation needs of every email template: its expanded source and its problems (compiled, cached). */
  async infoById(): Promise<Map<string, TemplateInfo>> {
    const partialsKey = this.templates.list('partial').map((p) => `${p.id}@${p.revision}`).join(',');
    const infos = this.templates.infoById();
    for (const template of this.templates.list('email')) {
      const key = `${template.id}@${template.revision}|${partialsKey}`;
      let problems = this.checked.get(key);
      if (!problems) {
        problems = (await this.compile(template)).problems;
        this.checked.set(key, problems);
      }
      const info = infos.get(template.id);
      if (info) infos.set(template.id, { ...info, problems });
    }
    return infos;
  }

  async compile(content: { subject: string; mjml: string }, validationLevel: 'soft' | 'strict' = 'soft') {
    return compileTemplate(content, this.templates.partials(), validationLevel);
  }

  async get(id: string): Promise<CheckedTemplate> {
    const template = this.templates.require(id);
    const { problems } = await this.compile(template);
    return { template, problems };
  }

  create(name: string, language: 'en' | 'de' = 'en'): StoredTemplate {
    return this.templates.create({ name, subject: '', preheader: '', topics: [], language, mjml: BLANK_TEMPLATE });
  }

  async save(id: string, content: TemplateContent, baseRevision: number): Promise<CheckedTemplate> {
    const compiled = await this.compile(content);
    const template = this.templates.save(id, content, compiled.html, baseRevision);
    return { template, problems: compiled.problems };
  }

  async restore(id: string, revision: number): Promise<CheckedTemplate> {
    const old = this.templates.revisions(id).find((r) => r.revision === revision);
    if (!old) throw new ApiError('not_found', `Template "${id}" has no revision ${revision}.`);
    const compiled = await this.compile(old);
    return { template: this.templates.restore(id, revision, compiled.html), problems: compiled.problems };
  }

  duplicate(id: string): StoredTemplate {
    const t = this.templates.require(id);
    return this.templates.insert({ ...t, id: newId('t'), name: copyName(t.name) }, { kind: t.kind });
  }

  /** Names of the journeys whose email steps use the template. */
  usage(id: string): string[] {
    return this.journeys
      .list()
      .filter((summary) => this.journeys.load(summary.id).nodes.some((n) => n.type === 'sendEmail' && n.params.templateId === id))
      .map((summary) => `“${summary.name}”`);
  }

  delete(id: string): void {
    const template = this.templates.require(id);
    if (template.kind === 'partial') {
      const users = this.templates.list('email').filter((t) => new RegExp(`path\\s*=\\s*["'](\\./)?${id}(\\.mjml)?["']`).test(t.mjml));
      if (users.length > 0) throw new ApiError('invalid_request', `The partial is included by ${users.map((u) => `“${u.name}”`).join(', ')}.`);
    }
    this.templates.delete(id, this.usage(id));
  }

  async preview(content: { subject: string; mjml: string }, values: MergeValues) {
    const compiled = await this.compile(content);
    return { html: compiled.html === null ? null : fillMergeTags(compiled.html, values), problems: compiled.problems, milliseconds: compiled.milliseconds };
  }

  /** Imports .mjml files; a file with errors is kept as a draft rather than refused. */
  async importMjml(files: readonly { name: string; content: string }[]): Promise<MjmlImportResult[]> {
    const results: MjmlImportResult[] = [];
    for (const file of files) {
      const name = file.name.replace(/\.mjml$/i, '').replace(/[-_]+/g, ' ').trim().slice(0, 200) || 'Imported template';
      const language = /lang\s*=\s*["'](de|en)["']/i.exec(file.content)?.[1]?.toLowerCase() as (typeof TEMPLATE_LANGUAGES)[number] | undefined;
      const title = /<mj-title>([^<]{1,300})<\/mj-title>/i.exec(file.content)?.[1]?.trim() ?? '';
      const preheader = /<mj-preview>([^<]{1,300})<\/mj-preview>/i.exec(file.content)?.[1]?.trim() ?? '';
      const content: TemplateContent = { name, subject: title, preheader, topics: [], language: language ?? 'en', mjml: file.content };
      const compiled = await this.compile(content);
      const hasErrors = compiled.problems.some((p) => p.severity === 'error');
      const created = this.templates.insert({ ...content, id: newId('t'), html: compiled.html }, { draft: hasErrors });
      results.push({ file: file.name, template: created, problems: compiled.problems });
    }
    return results;
  }

  exportMjml(ids: readonly string[]): { fileName: string; content: string }[] {
    return ids.map((id) => {
      const t = this.templates.require(id);
      return { fileName: `${fileNameOf(t.name, t.id)}.mjml`, content: t.mjml };
    });
  }
}
