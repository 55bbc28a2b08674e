// Exporting a generated 1,000-step journey (every step reachable, a join in every six) to each sending platform: the adapter alone and with
// the JSON written out, median and 95th percentile of 20 runs after a warm-up. The baseline in the
// same run is our own exchange format's serialization of the same journey.
import { generateReachableJourney } from './reachableJourney';
import { exportExchange } from '../shared/exchange/exportExchange';
import type { ExchangeTemplate } from '../shared/exchange/format';
import { EXPORT_TARGETS, exportToPlatform, serializePayload, type ExportTarget } from '../shared/export/targets';
import { importPlatformFile, IMPORT_SOURCES, type ImportSource } from '../shared/import/platformImport';

const RUNS = 20;
const TEMPLATE: ExchangeTemplate = {
  id: 'starter-welcome-en',
  name: 'Welcome',
  subject: 'Welcome, {{firstName}}',
  preheader: 'Good to have you, {{company}}',
  topics: [],
  language: 'en',
  mjml: '<mjml><mj-body></mj-body></mjml>',
  html: `<html><body>${'<p>Hello {{firstName}}, a paragraph of the welcome email.</p>'.repeat(120)}<a href="{{unsubscribeUrl}}">Unsubscribe</a></body></html>`,
};

export interface ExportFigure {
  target: ExportTarget | 'exchange (baseline)';
  medianMs: number;
  p95Ms: number;
  actions: number;
  kb: number;
}

function time(run: () => string): { median: number; p95: number; text: string } {
  let text = run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    text = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, p95: samples[Math.ceil(0.95 * RUNS) - 1]!, text };
}

export function benchExport(): ExportFigure[] {
  const journey = generateReachableJourney(1000);
  const figures: ExportFigure[] = [];
  const baseline = time(() => exportExchange(journey, [TEMPLATE]));
  figures.push({ target: 'exchange (baseline)', medianMs: baseline.median, p95Ms: baseline.p95, actions: journey.nodes.length, kb: baseline.text.length / 1024 });
  for (const target of EXPORT_TARGETS) {
    const measured = time(() => serializePayload(exportToPlatform(target, journey, [TEMPLATE]).payload));
    const payload = JSON.parse(measured.text);
    const actions = elementCount(target, payload);
    figures.push({ target, medianMs: measured.median, p95Ms: measured.p95, actions, kb: measured.text.length / 1024 });
  }
  return figures;
}

/** Reading the 1,000-step journey's Klaviyo and Mautic files back in (guards, import, report), median and p95. */
export function benchImport(): { from: ImportSource; medianMs: number; p95Ms: number; steps: number }[] {
  const journey = generateReachableJourney(1000);
  return IMPORT_SOURCES.map((from) => {
    const text = serializePayload(exportToPlatform(from, journey, [TEMPLATE]).payload);
    let steps = 0;
    const measured = time(() => {
      const result = importPlatformFile(text, text.length, from);
      if (!result.ok) throw new Error(`the ${from} file did not import: ${JSON.stringify(result.problems.slice(0, 3))}`);
      steps = result.document.journey.nodes.length;
      return '';
    });
    return { from, medianMs: measured.median, p95Ms: measured.p95, steps };
  });
}

/** Actions, events, activities or nodes the platform file holds. */
function elementCount(target: ExportTarget, payload: Record<string, Record<string, Record<string, unknown>>>): number {
  const body = (key: string) => payload[key]!.body as Record<string, unknown>;
  switch (target) {
    case 'klaviyo':
      return ((body('flow').data as { attributes: { definition: { actions: unknown[] } } }).attributes.definition.actions).length;
    case 'mautic':
      return (body('campaign').events as unknown[]).length;
    case 'hubspot':
      return (body('flow').actions as unknown[]).length;
    case 'sfmc':
      return (body('journey').activities as unknown[]).length;
    case 'dittofeed':
      return ((body('journey').definition as { nodes: unknown[] }).nodes).length;
  }
}
