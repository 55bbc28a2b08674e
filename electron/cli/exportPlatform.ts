// `nurture export … --target klaviyo|mautic`: a journey for a sending platform, from the data
// folder (JOURNEY is an id or a name) or from a journey file (no --data-dir). Writes the payload
// and prints the capability report; with --strict, a dropped step makes the exit code 1.
import fs from 'node:fs';
import path from 'node:path';
import { importExchange } from '../../shared/exchange/importExchange';
import { formatReport, type CapabilityReport } from '../../shared/export/report';
import { exportToPlatform, serializePayload, TARGET_NAMES, type ExportTarget } from '../../shared/export/targets';
import { writeWhole } from '../common/writeWhole';
import { createServices, DATABASE_FILE_NAME } from '../services';
import type { CliIo } from './io';

export interface PlatformExportFlags {
  target: ExportTarget;
  out: string;
  dataDir?: string;
  json: boolean;
  strict: boolean;
}

export async function exportForPlatform(journey: string, flags: PlatformExportFlags, io: CliIo, readFile: (file: string) => string): Promise<number> {
  let content: string;
  let report: CapabilityReport;
  if (flags.dataDir) {
    const dir = path.resolve(flags.dataDir);
    if (!fs.existsSync(path.join(dir, DATABASE_FILE_NAME))) throw new Error(`There is no Nurture Studio data in ${dir}.`);
    const services = createServices({ dataDir: dir });
    try {
      const found = services.journeys.find(journey);
      if (!found) throw new Error(`No journey with id or name "${journey}" in ${dir}.`);
      ({ content, report } = await services.exchange.exportToPlatform(found.id, flags.target));
    } finally {
      await services.close();
    }
  } else {
    const text = readFile(journey);
    const parsed = importExchange(text, Buffer.byteLength(text));
    if (!parsed.ok) {
      io.err(`${journey} cannot be read as a journey file:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
      return 1;
    }
    const result = exportToPlatform(flags.target, parsed.document.journey, parsed.document.templates);
    content = serializePayload(result.payload);
    report = result.report;
  }
  await writeWhole(path.resolve(flags.out), content);
  if (flags.json) io.out(`${JSON.stringify({ out: flags.out, target: flags.target, report }, null, 2)}\n`);
  else io.out(`${formatReport(report, TARGET_NAMES[flags.target])}\nWrote ${flags.out}\n`);
  if (flags.strict && report.counts.dropped > 0) {
    io.err(`nurture: ${report.counts.dropped} step${report.counts.dropped === 1 ? '' : 's'} had to be dropped for ${TARGET_NAMES[flags.target]} (--strict).\n`);
    return 1;
  }
  return 0;
}
