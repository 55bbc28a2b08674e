// Resolves a request path to a file inside the built renderer, refusing anything that
// would step outside it. Used by the app:// protocol and the HTTP host alike.
import fs from 'node:fs';
import path from 'node:path';
import { MIME_TYPES } from './contentSecurityPolicy';

export interface StaticFile {
  file: string;
  contentType: string;
}

export function resolveStaticFile(rootDir: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  return { file, contentType: MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
