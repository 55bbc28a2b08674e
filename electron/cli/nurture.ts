// `nurture` — the command line, usable without Electron: validate exchange files, print
// the JSON Schema, and export/import journeys against the app's SQLite store.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exchangeJsonSchema } from '../../shared/exchange/format';
import { importExchange } from '../../shared/exchange/importExchange';
import { checkTemplate, type TemplateInfo } from '../../shared/templates/checks';
import { hasErrors, type Problem, validateJourney } from '../../shared/journey/validate';
import { ApiError } from '../../shared/api/errors';
import { createServices, DATABASE_FILE_NAME } from '../services';
import { type CliEnvironment, type CliIo, readLimited, UsageError } from './io';
import { simulate, type SimulateFlags } from './simulate';
import { exportForPlatform } from './exportPlatform';
import { EXPORT_TARGETS, isExportTarget } from '../../shared/export/targetNames';
import { IMPORT_SOURCES, isImportSource } from '../../shared/import/platformImport';
import { importFromPlatform } from './importPlatform';

export type { CliEnvironment, CliIo } from './io';

export const USAGE = `Usage:
  nurture validate FILE [--json]                      check a journey file; exit 1 on errors
  nurture schema                                      print the JSON Schema of the exchange format
  nurture export JOURNEY --data-dir DIR --out FILE    write a journey (id or exact name) to a file
  nurture export JOURNEY --target klaviyo|mautic|hubspot|sfmc|dittofeed --out FILE [--data-dir DIR] [--json] [--strict]
                                                      the journey for a sending platform, with its capability
                                                      report; JOURNEY is a journey file when no --data-dir is given;
                                                      --strict: exit 1 when a step had to be dropped
  nurture import FILE --data-dir DIR                  add the journey in FILE to the store
  nurture import FILE --from klaviyo|mautic --data-dir DIR [--json]
                                                      a Klaviyo flow or Mautic campaign as a new journey, with its import report
  nurture simulate FILE --prospects N|CSV [--personas FILE] [--seed S] [--days D] [--workers W] [--json]
                                                      replay sample prospects through a journey
  nurture help                                        show this text`;

/** Runs one command and returns the exit code: 0 ok, 1 failed, 2 bad arguments. */
export async function runCli(argv: readonly string[], io: CliIo, env: CliEnvironment = {}): Promise<number> {
  try {
    return await run(argv, io, env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`nurture: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`nurture: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], io: CliIo, env: CliEnvironment): Promise<number> {
  const [command, ...rest] = argv;
  // `nurture export --help` asks for the usage, as `nurture help` does; it is not a mistake.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        out: { type: 'string' },
        prospects: { type: 'string' },
        personas: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        workers: { type: 'string' },
        target: { type: 'string' },
        strict: { type: 'boolean' },
        from: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed as { values: SimulateFlags & { 'data-dir'?: string; out?: string; target?: string; strict?: boolean; from?: string }; positionals: string[] };
  const onePositional = (what: string) => {
    if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one ${what}.`);
    return positionals[0]!;
  };
  const dataDir = () => {
    if (!values['data-dir']) throw new UsageError(`${command} needs --data-dir DIR.`);
    return path.resolve(values['data-dir']);
  };

  switch (command) {
    case 'validate':
      return validateFile(onePositional('FILE'), values.json ?? false, io);
    case 'schema':
      if (positionals.length > 0) throw new UsageError('schema takes no arguments.');
      io.out(`${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`);
      return 0;
    case 'export': {
      const journey = onePositional('JOURNEY (id or name)');
      if (!values.out) throw new UsageError('export needs --out FILE.');
      if (values.target !== undefined) {
        if (!isExportTarget(values.target)) throw new UsageError(`--target must be one of ${EXPORT_TARGETS.join(', ')}; "${values.target}" is not.`);
        return exportForPlatform(
          journey,
          { target: values.target, out: values.out, json: values.json ?? false, strict: values.strict ?? false, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) },
          io,
          readLimited,
        );
      }
      if (values.strict) throw new UsageError('--strict belongs to an export with --target.');
      const dir = dataDir();
      if (!fs.existsSync(path.join(dir, DATABASE_FILE_NAME))) throw new Error(`There is no Nurture Studio data in ${dir}.`);
      const services = createServices({ dataDir: dir });
      try {
        const found = services.journeys.find(journey);
        if (!found) throw new Error(`No journey with id or name "${journey}" in ${dir}.`);
        const { content } = await services.exchange.exportJourney(found.id);
        fs.writeFileSync(path.resolve(values.out), content);
        io.out(`Exported “${found.name}” to ${values.out}\n`);
        return 0;
      } finally {
        await services.close();
      }
    }
    case 'import': {
      const file = onePositional('FILE');
      const dir = dataDir();
      if (values.from !== undefined) {
        if (!isImportSource(values.from)) throw new UsageError(`--from must be one of ${IMPORT_SOURCES.join(', ')}; "${values.from}" is not.`);
        return importFromPlatform(file, values.from, dir, values.json ?? false, io, readLimited);
      }
      const text = readLimited(file);
      const services = createServices({ dataDir: dir });
      try {
        const outcome = services.exchange.importText(text, Buffer.byteLength(text));
        io.out(`Imported “${outcome.journey.name}” as ${outcome.journey.id}${outcome.renamedFrom ? ` (its id ${outcome.renamedFrom} was taken)` : ''}\n`);
        for (const { from, to } of outcome.remappedTemplates) io.out(`  template ${from} differs from the stored one; kept as ${to}\n`);
        return 0;
      } catch (error) {
        if (error instanceof ApiError) {
          io.err(`${error.message}\n`);
          return 1;
        }
        throw error;
      } finally {
        await services.close();
      }
    }
    case 'simulate':
      return simulate(onePositional('FILE'), values, io, env);
    case 'help':
    case '--help':
    case '-h':
      io.out(`${USAGE}\n`);
      return 0;
    case undefined:
      throw new UsageError('no command given.');
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

function validateFile(file: string, json: boolean, io: CliIo): number {
  const text = readLimited(file);
  const result = importExchange(text, Buffer.byteLength(text));
  if (!result.ok) {
    if (json) io.out(`${JSON.stringify({ file, valid: false, importProblems: result.problems }, null, 2)}\n`);
    else {
      io.out(`${file}: cannot be read as a journey file (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})\n`);
      for (const p of result.problems) io.out(`  error  ${p.path}: ${p.message}\n`);
    }
    return 1;
  }
  const templates = new Map<string, TemplateInfo>(
    result.document.templates.map((t) => [t.id, { ...t, problems: checkTemplate({ subject: t.subject, mjml: t.mjml, html: t.html }) }]),
  );
  const problems = validateJourney(result.document.journey, { templates });
  if (json) io.out(`${JSON.stringify({ file, valid: !hasErrors(problems), problems }, null, 2)}\n`);
  else io.out(formatProblems(file, result.document.journey.name, problems));
  return hasErrors(problems) ? 1 : 0;
}

function formatProblems(file: string, name: string, problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  let text = `${file}: “${name}” — ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`;
  for (const p of problems) {
    const where = p.nodeId ? ` step ${p.nodeId}` : p.edgeId ? ` connection ${p.edgeId}` : '';
    text += `  ${p.severity.padEnd(7)} ${p.code}${where}: ${p.message}\n`;
  }
  return text;
}
