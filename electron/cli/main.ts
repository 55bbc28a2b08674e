// Entry point of the built CLI (out/main/cli.js), started by bin/nurture.js.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './nurture';

const code = await runCli(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  { workerScript: path.join(path.dirname(fileURLToPath(import.meta.url)), 'simWorker.js') },
);
process.exitCode = code;
