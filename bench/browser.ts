// Starts the real web host (out/main/web.js) on a data folder and Debian's Chromium, for
// the benchmarks that measure the app in a browser; stops both afterwards.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function withHostAndBrowser<T>(root: string, chromium: string, dataDir: string, run: (url: string, browser: Browser) => Promise<T>): Promise<T> {
  const host = spawn(process.execPath, [path.join(root, 'out/main/web.js'), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      host.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      host.once('exit', () => reject(new Error('web host exited')));
    });
    return await run(url, browser);
  } finally {
    await browser.close();
    host.kill('SIGTERM');
  }
}
