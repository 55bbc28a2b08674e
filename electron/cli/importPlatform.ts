// `nurture import FILE --from klaviyo|mautic --data-dir DIR`: a Klaviyo flow or a Mautic campaign
// as a new journey in the data folder, with the import report (--json for data). A broken file
// prints each problem with its place in the file and stores nothing.
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { formatImportReport } from '../../shared/import/importReport';
import type { ImportSource } from '../../shared/import/platformImport';
import { createServices } from '../services';
import type { CliIo } from './io';

export async function importFromPlatform(file: string, from: ImportSource, dataDir: string, json: boolean, io: CliIo, readFile: (file: string) => string): Promise<number> {
  const text = readFile(file);
  const services = createServices({ dataDir: path.resolve(dataDir) });
  try {
    const outcome = services.exchange.importPlatform(text, Buffer.byteLength(text), from);
    if (json) io.out(`${JSON.stringify({ journey: outcome.journey, from: outcome.from, report: outcome.report }, null, 2)}\n`);
    else io.out(`${formatImportReport(outcome.report, outcome.journey.name)}Imported “${outcome.journey.name}” as ${outcome.journey.id}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      io.err(`${file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await services.close();
  }
}
