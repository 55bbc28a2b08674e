// Starts the real `npm run web` host (the built out/main/web.js) with a fresh data
// directory per test worker, and waits for the URL it prints instead of sleeping.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface WebHost {
  url: string;
  origin: string;
  dataDir: string;
}

const WEB_ENTRY = path.resolve('out/main/web.js');

export async function startWebHost(dataDir: string): Promise<{ host: WebHost; child: ChildProcess }> {
  if (!fs.existsSync(WEB_ENTRY)) throw new Error(`${WEB_ENTRY} is missing: run "npm run build" first.`);
  const child = spawn(process.execPath, [WEB_ENTRY, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  return { host: { url, origin: new URL(url).origin, dataDir }, child };
}

export const test = base.extend<{ webHost: WebHost }, { workerHost: WebHost }>({
  workerHost: [
    // Playwright reads the fixture's dependencies from this (empty) destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `nurture-e2e-w${workerInfo.workerIndex}-`));
      const { host, child } = await startWebHost(dataDir);
      await use(host);
      child.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  webHost: async ({ workerHost }, use) => use(workerHost),
});

export { expect } from '@playwright/test';
