// Runs an entry of the app (e.g. electron/host/web.ts) from source in a process of its own,
// transformed by Vite as the build would, so a test can kill the real host with SIGKILL
// without depending on a build that may be stale. Usage: node runFromSource.mjs ENTRY ARGS…
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The entry reads its own arguments from process.argv, as it would when built.
const [entry] = process.argv.splice(2, 1);
await runnerImport(path.resolve(root, entry), { configFile: false, root, logLevel: 'error' });
