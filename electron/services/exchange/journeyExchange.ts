// Import and export of journeys in the exchange format against the store. An import is
// one transaction: it lands whole or not at all.
import type { Database } from 'better-sqlite3';
import type { StoredJourney } from '../../../shared/api/library';
import { ApiError } from '../../../shared/api/errors';
import { exportExchange, referencedTemplateIds } from '../../../shared/exchange/exportExchange';
import type { ExchangeDocument, ExchangeTemplate } from '../../../shared/exchange/format';
import type { CapabilityReport } from '../../../shared/export/report';
import { exportToPlatform, platformFileName, serializePayload, type ExportTarget } from '../../../shared/export/targets';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { importExchange, type ImportProblem } from '../../../shared/exchange/importExchange';
import { newId } from '../../../shared/journey/ids';
import { freeName } from '../../../shared/journey/names';
import type { JourneyRepository } from '../journeys/repository';
import type { TemplateLibrary } from '../templates/library';
import { sameTemplateContent, type StoredTemplate, type TemplateRepository } from '../templates/repository';
import { expandIncludes } from '../../../shared/templates/includes';
import { fileNameOf } from '../../../shared/files/fileName';
import { importedHtmlOf } from '../../../shared/import/htmlTemplate';
import type { ImportReport } from '../../../shared/import/importReport';
import { importPlatformFile, type ImportSource } from '../../../shared/import/platformImport';

export type OnExisting = 'ask' | 'replace' | 'copy';

export interface ImportOutcome {
  journey: StoredJourney;
  /** Set when the import replaced a journey of the same id or name (its old state is a named revision). */
  replaced?: true;
  /** Set when the journey's id was taken and it was stored under a new one. */
  renamedFrom?: string;
  /** Templates stored under a new id because a different template had the same id. */
  remappedTemplates: { from: string; to: string }[];
}

/** Refuses an import with every problem, each at its JSON path. */
export function importRefused(problems: readonly ImportProblem[]): ApiError {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new ApiError(
    'invalid_request',
    `The file cannot be imported; it has ${count}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    problems,
  );
}

export class JourneyExchange {
  constructor(
    private readonly db: Database,
    private readonly journeys: JourneyRepository,
    private readonly templates: TemplateRepository,
    private readonly library: TemplateLibrary,
  ) {}

  /**
   * The journey with every template it uses: brand partials expanded into the MJML so the
   * file stands alone, and the compiled HTML for the sending platform.
   */
  async exportJourney(id: string): Promise<{ fileName: string; content: string }> {
    const journey = this.journeys.load(id);
    const templates = await this.compiledTemplates(journey);
    return { fileName: `${fileNameOf(journey.name, 'journey')}.journey.json`, content: exportExchange(journey, templates) };
  }

  /** The journey for a sending platform: the adapter's payload as the file, and its capability report. */
  async exportToPlatform(id: string, target: ExportTarget): Promise<{ fileName: string; content: string; report: CapabilityReport }> {
    const journey = this.journeys.load(id);
    const { payload, report } = exportToPlatform(target, journey, await this.compiledTemplates(journey));
    return { fileName: platformFileName(journey.name, target), content: serializePayload(payload), report };
  }

  /** Every template the journey uses, brand partials expanded and compiled, as the exchange format embeds them. */
  private async compiledTemplates(journey: JourneyDocument): Promise<ExchangeTemplate[]> {
    const templates: ExchangeTemplate[] = [];
    for (const templateId of referencedTemplateIds(journey)) {
      const stored = this.templates.get(templateId);
      if (!stored) continue;
      const { kind: _kind, draft: _draft, revision: _revision, updatedAt: _updatedAt, ...template } = stored;
      // An imported email goes out as the HTML it came with, not MJML's compilation of its wrapper.
      const imported = importedHtmlOf(stored.mjml);
      if (imported !== null) {
        templates.push({ ...template, html: imported });
        continue;
      }
      const compiled = await this.library.compile(stored);
      templates.push({ ...template, mjml: compiled.expanded, html: compiled.html });
    }
    return templates;
  }

  importText(text: string, byteLength?: number, onExisting: OnExisting = 'copy'): ImportOutcome {
    const result = importExchange(text, byteLength);
    if (!result.ok) throw importRefused(result.problems);
    return this.importDocument(result.document, onExisting);
  }

  /** A sending platform's file (Klaviyo flow, Mautic campaign) as a new journey, with the import report; nothing is stored when the file is broken. */
  importPlatform(text: string, byteLength?: number, from?: ImportSource): ImportOutcome & { from: ImportSource; report: ImportReport } {
    const result = importPlatformFile(text, byteLength, from);
    if (!result.ok) throw importRefused(result.problems);
    return { ...this.importDocument(result.document, 'copy'), from: result.from, report: result.report };
  }

  /**
   * Stores an imported journey and the templates it brings. A template the library already
   * has (same content, brand layout expanded or not) is reused; another of the same id is
   * kept under a new one. A journey of the same id or name is asked about, replaced (its
   * current state kept as a named revision first) or imported as "Name (2)".
   */
  importDocument(document: ExchangeDocument, onExisting: OnExisting = 'copy'): ImportOutcome {
    return this.db.transaction(() => {
      const journey = structuredClone(document.journey);
      const existing = this.journeys.exists(journey.id) ? this.journeys.find(journey.id) : (this.journeys.list().find((j) => j.name === journey.name) ?? null);
      if (existing && onExisting === 'ask') {
        throw new ApiError('conflict', `A journey named “${existing.name}” is already in the library: replace it, or import a copy?`, [], { kind: 'journeyExists', id: existing.id, name: existing.name });
      }
      const remapped: { from: string; to: string }[] = [];
      const templateIds = new Map<string, string>();
      const partials = this.templates.partials();
      const same = (stored: StoredTemplate, template: ExchangeTemplate) =>
        sameTemplateContent(stored, template) || sameTemplateContent({ ...stored, mjml: expandIncludes(stored.mjml, partials).mjml }, template);
      for (const template of document.templates) {
        const byId = this.templates.get(template.id);
        if (byId && same(byId, template)) continue;
        const twin = this.templates.list('email').find((t) => same(t, template));
        if (twin) {
          templateIds.set(template.id, twin.id);
          continue;
        }
        const id = byId ? newId('t') : template.id;
        if (byId) remapped.push({ from: template.id, to: id });
        templateIds.set(template.id, id);
        this.templates.insert({ ...template, id });
      }
      for (const node of journey.nodes) {
        if (node.type === 'sendEmail' && node.params.templateId !== null) {
          node.params.templateId = templateIds.get(node.params.templateId) ?? node.params.templateId;
        }
      }
      if (existing && onExisting === 'replace') {
        this.journeys.saveRevision(existing.id, 'Before import');
        const { version } = this.journeys.loadVersioned(existing.id);
        const summary = this.journeys.save({ ...journey, id: existing.id }, version);
        return { journey: summary, remappedTemplates: remapped, replaced: true as const };
      }
      const taken = this.journeys.exists(journey.id);
      const originalId = journey.id;
      if (taken) journey.id = newId('j');
      if (existing) journey.name = freeName(journey.name, new Set(this.journeys.list().map((j) => j.name)), { parenthesised: true, first: false });
      const summary = this.journeys.insert(journey);
      return { journey: summary, remappedTemplates: remapped, ...(taken ? { renamedFrom: originalId } : {}) };
    })();
  }

}

