// Streamed CSV exports of a run. The CSV of a million prospects is about 52 MB, so it is
// never built as one string: the service hands out its pieces, and the host writes them to
// the file the user chose (Electron) or to the browser's download (HTTP host) as they come.
// Between asking for an export and fetching it stands a ticket: single use, short-lived and
// unguessable, so a download link needs no API token in its address.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface CsvExport {
  fileName: string;
  rows: number;
  /** The CSV text in pieces, made as they are read. */
  pieces(): Iterable<string>;
}

/** How long a ticket stays valid. */
const TICKET_MS = 2 * 60 * 1000;
export const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export class DownloadTickets<T> {
  private readonly open = new Map<string, { item: T; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(item: T): string {
    this.forgetExpired();
    const ticket = crypto.randomBytes(32).toString('base64url');
    this.open.set(ticket, { item, expires: this.now() + TICKET_MS });
    return ticket;
  }

  /** The item of a valid ticket, which is then used up; null for an unknown, used or expired one. */
  redeem(ticket: string): T | null {
    this.forgetExpired();
    const found = this.open.get(ticket);
    this.open.delete(ticket);
    return found ? found.item : null;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [ticket, { expires }] of this.open) if (expires <= now) this.open.delete(ticket);
  }
}

/** Writes the pieces to `out` as fast as it takes them (backpressure), ending it; rejects if `out` fails or closes early. */
export async function streamPieces(pieces: Iterable<string>, out: Writable): Promise<void> {
  const done = finished(out); // rejects on an error or a close before the end (a browser that went away)
  done.catch(() => {}); // awaited below; until then only raced
  for (const piece of pieces) {
    if (!out.write(piece)) await Promise.race([once(out, 'drain'), done]);
  }
  out.end();
  await done;
}

/**
 * Writes the pieces beside `filePath` and renames the result over it, so a failed export (a
 * full disk, say) leaves a file already there as it was, never half-written.
 */
export async function writeFileStreamed(filePath: string, pieces: Iterable<string>): Promise<void> {
  const temporary = `${filePath}.${process.pid}.${Date.now()}.part`;
  try {
    await streamPieces(pieces, fs.createWriteStream(temporary, { highWaterMark: 1 << 20 })); // writes overlap with making the next pieces
    await fs.promises.rename(temporary, filePath);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}
