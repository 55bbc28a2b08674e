// The platforms a journey can be exported to, one adapter each: (journey, templates) →
// { payload, report }. The CLI, the service and the Export dialog read this list.
import type { ExchangeTemplate } from '../exchange/format';
import { fileNameOf } from '../files/fileName';
import type { JourneyDocument } from '../journey/schema';
import { exportToKlaviyo, type PlatformExport } from './klaviyo/adapter';
import { exportToMautic } from './mautic/adapter';
import { exportToHubSpot } from './hubspot/adapter';
import { exportToSfmc } from './sfmc/adapter';
import { exportToDittofeed } from './dittofeed/adapter';

import type { ExportTarget } from './targetNames';

export { EXPORT_TARGETS, TARGET_NAMES, isExportTarget, type ExportTarget } from './targetNames';

const ADAPTERS: Readonly<Record<ExportTarget, (journey: JourneyDocument, templates: readonly ExchangeTemplate[]) => PlatformExport<unknown>>> = {
  klaviyo: exportToKlaviyo,
  mautic: exportToMautic,
  hubspot: exportToHubSpot,
  sfmc: exportToSfmc,
  dittofeed: exportToDittofeed,
};

export function exportToPlatform(target: ExportTarget, journey: JourneyDocument, templates: readonly ExchangeTemplate[]): PlatformExport<unknown> {
  return ADAPTERS[target](journey, templates);
}

/**
 * The file as JSON: objects laid out over lines, and lists of several entries (actions, events,
 * nodes …) with one compact entry per line — as readable in a diff as full indentation, and about
 * twice as fast to write for a large journey, since the entries go through the native compact
 * JSON.stringify.
 */
export const serializePayload = (payload: unknown): string => `${layout(payload, '')}\n`;

function layout(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.length === 1) return `[\n${inner}${layout(value[0], inner)}\n${indent}]`;
    return `[\n${value.map((v) => inner + (JSON.stringify(v) ?? 'null')).join(',\n')}\n${indent}]`;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner)}`).join(',\n')}\n${indent}}`;
}
export const platformFileName = (journeyName: string, target: ExportTarget): string => `${fileNameOf(journeyName, 'journey')}.${target}.json`;
