// What became of a platform file's parts in the imported journey: kept, approximated (how) or
// dropped (why), each with its place in the file (a JSON path).
import type { ImportCode, ImportParams } from './importText';

export type ImportStatus = 'kept' | 'approximated' | 'dropped';

export interface ImportLine {
  /** Where in the file, e.g. $.data.attributes.definition.actions[3]. */
  path: string;
  status: ImportStatus;
  /** What happened, as a code of importText.ts and its values; `message` is the English sentence. */
  code: ImportCode;
  params: ImportParams;
  message: string;
}

export interface ImportReport {
  from: 'klaviyo' | 'mautic';
  /** What the file was read as, e.g. "Klaviyo flow (GET /api/flows/{id})". */
  kind: string;
  lines: ImportLine[];
  counts: Record<ImportStatus, number>;
}

export function formatImportReport(report: ImportReport, journeyName: string): string {
  const { kept, approximated, dropped } = report.counts;
  let text = `${report.kind} → “${journeyName}”: ${kept} kept, ${approximated} approximated, ${dropped} dropped\n`;
  for (const line of report.lines) text += `  ${line.status.padEnd(12)} ${line.path}: ${line.message}\n`;
  return text;
}
