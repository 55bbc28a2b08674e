// What every command of the CLI shares: where it writes, what it was started with, the
// error that means "bad arguments" (exit 2), and reading a file with the import size limit.
import fs from 'node:fs';
import { formatMegabytes } from '../../shared/api/limits';
import { MAX_IMPORT_BYTES } from '../../shared/exchange/importExchange';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliEnvironment {
  /** The built simulation worker (out/main/simWorker.js); without it simulations run on one thread. */
  workerScript?: string;
}

export class UsageError extends Error {}

export function readLimited(file: string): string {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new Error(`Cannot read ${file}: no such file.`);
  }
  // Refuse huge files before reading them into memory.
  if (size > MAX_IMPORT_BYTES) {
    throw new Error(`${file} is ${formatMegabytes(size)}; journey files may be at most ${formatMegabytes(MAX_IMPORT_BYTES)}.`);
  }
  return fs.readFileSync(file, 'utf8');
}
