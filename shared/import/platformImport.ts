// Reading a sending platform's file into a journey: the file is read with the same guards as our
// own (size, nesting, JSON, prototype keys), its kind detected (or the one chosen checked), then
// imported with a report. A file that cannot be read answers every problem with its place; then
// nothing is stored.
import type { ExchangeDocument } from '../exchange/format';
import { type ImportProblem, readGuardedJson } from '../exchange/importExchange';
import type { ImportReport } from './importReport';
import { importKlaviyo } from './klaviyo';
import { importMautic } from './mautic';
import { arr, obj, str } from './read';

import type { ImportSource } from './sources';

export { IMPORT_SOURCES, isImportSource, type ImportSource } from './sources';

export type PlatformImport = { ok: true; from: ImportSource; document: ExchangeDocument; report: ImportReport } | { ok: false; problems: ImportProblem[] };

type Detected = { from: 'klaviyo'; bundle: boolean } | { from: 'mautic'; kind: 'api' | 'mautic7' | 'bundle' };

/** What a parsed file is, by its shape; null when it is neither platform's. */
export function detectPlatform(value: unknown): Detected | null {
  const root = obj(value);
  if (root && str(root.format) === 'nurture-studio.platform-export') {
    if (str(root.target) === 'klaviyo') return { from: 'klaviyo', bundle: true };
    if (str(root.target) === 'mautic') return { from: 'mautic', kind: 'bundle' };
    return null;
  }
  if (root && str(obj(root.data)?.type) === 'flow') return { from: 'klaviyo', bundle: false };
  if (root && (obj(root.campaign) || arr(root.events))) return { from: 'mautic', kind: 'api' };
  const first = obj(arr(value)?.[0]);
  if (first && arr(first.campaign) && arr(first.campaign_event)) return { from: 'mautic', kind: 'mautic7' };
  return null;
}

export function importPlatformFile(text: string, byteLength = text.length, chosen?: ImportSource): PlatformImport {
  const read = readGuardedJson(text, byteLength, 'imported files');
  if (!read.ok) return read;
  const detected = detectPlatform(read.value);
  if (!detected) return { ok: false, problems: [{ path: '$', message: `This is neither a Klaviyo flow (GET /api/flows/{id} with its definition) nor a Mautic campaign (API response or Mautic 7 export file).` }] };
  if (chosen && chosen !== detected.from) return { ok: false, problems: [{ path: '$', message: `The file is a ${detected.from === 'klaviyo' ? 'Klaviyo flow' : 'Mautic campaign'}, not a ${chosen === 'klaviyo' ? 'Klaviyo flow' : 'Mautic campaign'}.` }] };
  const result = detected.from === 'klaviyo' ? importKlaviyo(obj(read.value)!, detected.bundle) : importMautic(read.value, detected.kind);
  if (!result.ok) return result;
  return { ok: true, from: detected.from, document: { format: 'nurture-studio.journey', formatVersion: 1, ...result.document }, report: result.report };
}
