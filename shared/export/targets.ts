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

export const serializePayload = (payload: unknown): string => `${JSON.stringify(payload, null, 2)}\n`;
export const platformFileName = (journeyName: string, target: ExportTarget): string => `${fileNameOf(journeyName, 'journey')}.${target}.json`;
