// Writing an exchange file. Canonical: keys in schema order, defaults filled in, templates
// sorted by id, two-space indentation — so export → import → export is byte-identical.
import type { JourneyDocument } from '../journey/schema';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, ExchangeDocument, type ExchangeTemplate } from './format';

/** Template ids the journey's email steps reference, in first-use order. */
export function referencedTemplateIds(journey: JourneyDocument): string[] {
  const ids: string[] = [];
  for (const node of journey.nodes) {
    if (node.type === 'sendEmail' && node.params.templateId !== null && !ids.includes(node.params.templateId)) {
      ids.push(node.params.templateId);
    }
  }
  return ids;
}

export function buildExchange(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): ExchangeDocument {
  const wanted = new Set(referencedTemplateIds(journey));
  return ExchangeDocument.parse({
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    journey,
    templates: templates.filter((t) => wanted.has(t.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  });
}

export function serializeExchange(document: ExchangeDocument): string {
  return `${JSON.stringify(ExchangeDocument.parse(document), null, 2)}\n`;
}

export function exportExchange(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): string {
  return serializeExchange(buildExchange(journey, templates));
}
