// The local HTTP host: the built renderer and the API contract on 127.0.0.1 only. Every API
// call must carry the per-launch token and come from this host's own origin, so neither a
// web page in another tab nor a DNS-rebinding trick can reach the user's data.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOWNLOAD_PATH } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors';
import { SECURITY_HEADERS } from '../common/contentSecurityPolicy';
import { resolveStaticFile } from '../common/staticFiles';
import type { Services } from '../services';
import { type CsvExport, streamPieces } from '../services/simulation/csvExport';
import { LIMITS } from '../../shared/api/limits';

export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-nurture-token';
const MAX_BODY_BYTES = LIMITS.requestBytes;

export interface HttpHostOptions {
  services: Services;
  rendererDir: string;
  port?: number;
  token?: string;
  log?: (message: string) => void;
}

export interface HttpHost {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const log = options.log ?? (() => {});
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request failed: ${String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Request failed.' } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      sendText(res, 421, 'This host only answers requests addressed to 127.0.0.1 or localhost.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith(API_PREFIX)) {
      await handleApi(req, res, url.pathname.slice(API_PREFIX.length));
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PATH)) {
      await handleDownload(req, res, url.pathname.slice(DOWNLOAD_PATH.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.');
      return;
    }
    const found = resolveStaticFile(options.rendererDir, url.pathname);
    if (!found) {
      sendText(res, 404, 'Not found.');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': found.contentType,
      'Cache-Control': found.file.endsWith('.html') ? 'no-store' : 'public, max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    const refuse = (status: number, message: string) =>
      sendJson(res, status, { ok: false, error: { code: 'unauthorized', message } } satisfies ApiResult<never>);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(403, 'Requests from other origins are refused.');
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return refuse(403, 'Cross-site requests are refused.');
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return refuse(401, 'Missing or wrong API token.');
    if (req.method !== 'POST') return refuse(405, 'API calls use POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(415, 'API calls send application/json.');
    }
    const name = decodeChannel(channel);
    if (name === null) {
      const shown = channel.length > 80 ? `${channel.slice(0, 80)}…` : channel;
      sendJson(res, 400, { ok: false, error: { code: 'invalid_request', message: `The API channel name "${shown}" is not valid percent-encoding.` } });
      return;
    }
    let body: unknown;
    try {
      const text = await readBody(req, MAX_BODY_BYTES);
      body = text.length === 0 ? {} : JSON.parse(text);
    } catch (error) {
      sendJson(res, 400, { ok: false, error: { code: 'invalid_request', message: (error as Error).message } });
      return;
    }
    const result = await dispatch(options.services.handlers, name, body, (e) =>
      log(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
    );
    sendJson(res, result.ok ? 200 : statusFor(result.error.code), result);
  }

  /**
   * A download the app prepared through the API (which checked token and origin): the ticket
   * in the address is single-use, short-lived and unguessable, and the file is streamed.
   */
  async function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, ticket: string): Promise<void> {
    const origin = req.headers.origin;
    const fetchSite = req.headers['sec-fetch-site'];
    if ((origin !== undefined && !allowedOrigins().has(origin)) || (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none')) {
      sendText(res, 403, 'Downloads are served to this app only.');
      return;
    }
    if (req.method !== 'GET') {
      sendText(res, 405, 'Method not allowed.');
      return;
    }
    let download: CsvExport;
    try {
      download = options.services.simulations.openDownload(decodeURIComponent(ticket));
    } catch (error) {
      sendText(res, 404, (error as Error).message);
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(download.fileName),
      'Cache-Control': 'no-store',
    });
    try {
      await streamPieces(download.pieces(), res);
    } catch (error) {
      log(`download ${download.fileName} stopped: ${String(error)}`); // the browser went away
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Content-Disposition naming the file, for old and new browsers alike (RFC 6266). */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The channel from the URL path, or null when its percent-encoding is broken (e.g. "%E0%A4%A"). */
function decodeChannel(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

const STATUS_BY_CODE: Partial<Record<ApiErrorCode, number>> = { not_found: 404, unknown_channel: 404, conflict: 409, internal: 500 };
const statusFor = (code: ApiErrorCode) => STATUS_BY_CODE[code] ?? 400;

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`Request body is larger than ${limit / 1024 / 1024} MB.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
