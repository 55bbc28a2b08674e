// `npm run web -- [--port P] [--data-dir DIR]`: runs Nurture Studio in a browser where no
// desktop is available. Prints the URL (with its per-launch token) to open.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServices } from '../services';
import { defaultWebDataDir } from '../services/dataDir';
import { startHttpHost } from './httpHost';

const USAGE = 'Usage: npm run web -- [--port PORT] [--data-dir DIR]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  const dataDir = path.resolve(values['data-dir'] ?? defaultWebDataDir());

  // This file is built to out/main/web.js; the renderer sits beside it in out/renderer.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rendererDir = path.resolve(here, '../renderer');
  const services = createServices({ dataDir, simulationWorkerScript: path.join(here, 'simWorker.js') });
  for (const notice of services.notices) process.stderr.write(`Notice: ${notice}\n`);
  const host = await startHttpHost({
    services,
    rendererDir,
    port,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  // Ready for a quit before the address is printed: whoever reads it may stop us at once
  // (a test on a busy machine did, and the default SIGTERM left the -wal unfolded).
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host.close().then(async () => {
      await services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Nurture Studio data: ${dataDir}\n`);
  process.stdout.write(`Nurture Studio is running. Open this address in your browser:\n  ${host.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Nurture Studio could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
