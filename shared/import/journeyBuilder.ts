// Builds an imported journey step by step: node ids made safe and unique, connections, positions
// (the platform's where it has them, else laid out by depth), the templates, and the report.
import { ExchangeTemplate } from '../exchange/format';
import type { ImportProblem } from '../exchange/importExchange';
import { createNode, isTerminal, outputsOf } from '../journey/nodeTypes';
import { JourneyDocument, type JourneyEdge, type JourneyNode, type NodeOf, type NodeType } from '../journey/schema';
import type { ImportLine, ImportReport, ImportStatus } from './importReport';
import { wrapImportedHtml } from './htmlTemplate';
import { importText, type ImportCode, type ImportParams } from './importText';

/** The template library's limit on a template's source (ExchangeTemplate.mjml). */
const MAX_TEMPLATE = 1_000_000;
const safeId = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 56) || 'step';

export class JourneyBuilder {
  readonly nodes: JourneyNode[] = [];
  readonly edges: JourneyEdge[] = [];
  readonly templates: ExchangeTemplate[] = [];
  readonly lines: ImportLine[] = [];
  /** Where in the file each template's content came from. */
  private readonly templateSources = new Map<string, string>();
  private readonly ids = new Set<string>();
  private readonly depth = new Map<string, number>();
  private readonly placed = new Set<string>();

  constructor(readonly from: ImportReport['from']) {}

  line(path: string, status: ImportStatus, code: ImportCode, params: ImportParams = {}): void {
    this.lines.push({ path, status, code, params, message: importText(code, params) });
  }

  /** A new step; `hint` (the platform's id) makes its id readable. */
  add<T extends NodeType>(type: T, params: NodeOf<T>['params'], hint: string, label?: string, position?: { x: number; y: number }): string {
    let id = safeId(hint);
    for (let n = 2; this.ids.has(id); n++) id = `${safeId(hint)}_${n}`;
    this.ids.add(id);
    const node = { ...createNode(type, id, position ?? { x: 0, y: 0 }), params } as JourneyNode;
    if (label) node.label = label.slice(0, 120);
    this.nodes.push(node);
    if (position) this.placed.add(id);
    return id;
  }

  connect(source: string, output: string, target: string): void {
    if (this.edges.some((e) => e.source === source && e.sourceOutput === output)) return;
    this.edges.push({ id: `e${this.edges.length + 1}`, source, sourceOutput: output, target });
    const d = (this.depth.get(source) ?? 0) + 1;
    if (!this.depth.has(target) || this.depth.get(target)! < d) this.depth.set(target, Math.min(d, 10_000));
  }

  /** An imported email as a template of its own (HTML kept, see htmlTemplate.ts); its id. */
  template(hint: string, name: string, subject: string, preheader: string, html: string, source: string, language?: string): string {
    const id = `imported_${safeId(hint)}`.slice(0, 64);
    if (!this.templates.some((t) => t.id === id)) {
      this.templateSources.set(id, source);
      this.templates.push({ id, name: (name || 'Imported email').slice(0, 200), subject: subject.slice(0, 300), preheader: preheader.slice(0, 300), topics: [], language: language === 'de' ? 'de' : 'en', mjml: wrapImportedHtml(html), html });
    }
    return id;
  }

  /** The journey; steps without a platform position are laid out by depth, left to right. */
  finish(id: string, name: string, settings: Partial<JourneyDocument['settings']>, kind: string): { ok: true; document: { journey: JourneyDocument; templates: ExchangeTemplate[] }; report: ImportReport } | { ok: false; problems: ImportProblem[] } {
    // A path that ends on the platform ends at an exit here, so the journey validates.
    const linked = new Set(this.edges.map((e) => `${e.source}>${e.sourceOutput}`));
    for (const node of [...this.nodes]) {
      if (isTerminal(node.type)) continue;
      for (const output of outputsOf(node)) {
        if (linked.has(`${node.id}>${output}`)) continue;
        const exit = this.add('exit', { reason: 'ended' }, `${node.id}_end`, undefined, this.placed.has(node.id) ? { x: node.position.x + 40, y: node.position.y + 140 } : undefined);
        this.connect(node.id, output, exit);
      }
    }
    const rows = new Map<number, number>();
    for (const node of this.nodes) {
      if (this.placed.has(node.id)) continue;
      const d = this.depth.get(node.id) ?? 0;
      const row = rows.get(d) ?? 0;
      rows.set(d, row + 1);
      node.position = { x: d * 280, y: row * 160 };
    }
    // What the file holds must also fit the journey model and the template library: else it is refused, with the place.
    const problems: ImportProblem[] = [];
    for (const t of this.templates) {
      if (t.mjml.length > MAX_TEMPLATE) {
        problems.push({ path: this.templateSources.get(t.id) ?? '$', message: `The email's HTML has ${t.html!.length.toLocaleString('en')} characters; a template may hold at most ${MAX_TEMPLATE.toLocaleString('en')}.` });
        continue;
      }
      const checked = ExchangeTemplate.safeParse(t);
      if (!checked.success) problems.push(...checked.error.issues.map((i) => ({ path: this.templateSources.get(t.id) ?? '$', message: `The email cannot be kept as a template: ${String(i.path.at(-1) ?? 'it')} ${i.message}.` })));
    }
    const parsed = JourneyDocument.safeParse({ schemaVersion: 1, id: safeId(id).slice(0, 64), name: (name.trim() || 'Imported journey').slice(0, 200), settings, nodes: this.nodes, edges: this.edges });
    if (!parsed.success) problems.push(...parsed.error.issues.slice(0, 10).map((i) => ({ path: '$', message: `The flow does not fit a journey: ${i.path.map(String).join('.')} ${i.message}.` })));
    if (problems.length > 0) return { ok: false, problems };
    const counts: Record<ImportStatus, number> = { kept: 0, approximated: 0, dropped: 0 };
    for (const l of this.lines) counts[l.status]++;
    return { ok: true, document: { journey: parsed.data!, templates: this.templates }, report: { from: this.from, kind, lines: this.lines, counts } };
  }
}
