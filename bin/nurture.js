#!/usr/bin/env node
// Launcher for the `nurture` command: runs the built CLI (electron-vite bundles it with
// the services into out/main/cli.js).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('nurture: the CLI is not built yet. Run "npm run build" in the Nurture Studio folder first.\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
