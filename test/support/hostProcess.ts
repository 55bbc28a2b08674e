// The real `npm run web` host (electron/host/web.ts, run from source) as a process of its
// own on a given data folder, so tests can stop it cleanly or kill it with SIGKILL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { apiCall } from './hostRequest';

const RUNNER = path.resolve(import.meta.dirname, 'runFromSource.mjs');

export interface HostProcess {
  readonly port: number;
  readonly token: string;
  /** Everything the host printed so far (stdout and stderr). */
  output(): string;
  api<T = unknown>(channel: string, request: unknown): ReturnType<typeof apiCall<T>>;
  /** SIGTERM: the host closes its server and database, as at a normal quit. */
  stop(): Promise<void>;
  /** SIGKILL: no cleanup at all, as in a crash or a power-off of the process. */
  kill(): Promise<void>;
}

export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, [RUNNER, 'electron/host/web.ts', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]!));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The host ended (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const port = Number(url.port);
  const token = url.searchParams.get('token')!;
  const ended = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    return exit;
  };
  return {
    port,
    token,
    output: () => output,
    api: (channel, request) => apiCall(port, token, channel, request),
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}

/** Kills hosts a failed test left running. */
export async function killAll(hosts: readonly HostProcess[]): Promise<void> {
  await Promise.all(hosts.map((h) => h.kill()));
}
