// Reading an exchange file: guarded against hostile input (huge files, deep nesting,
// prototype keys, non-JSON numbers), migrated from older format versions, and answered
// with every problem and its JSON path — never with a stack trace.
import type { z } from 'zod';
import { formatMegabytes, LIMITS } from '../api/limits';
import { JourneyDocument } from '../journey/schema';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, ExchangeDocument } from './format';
import { describeIssue, type ImportProblem } from './importProblems';
import { EXCHANGE_MIGRATIONS } from './migrations';

export const MAX_IMPORT_BYTES = LIMITS.journeyFileBytes;
export const MAX_NESTING_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type { ImportProblem } from './importProblems';

export type ImportResult = { ok: true; document: ExchangeDocument; migratedFrom?: number } | { ok: false; problems: ImportProblem[] };

const fail = (path: string, message: string): ImportResult => ({ ok: false, problems: [{ path, message }] });

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Parses and checks the text of an exchange file. `byteLength` lets callers pass the file's true size. */
/**
 * Parses JSON guarded against hostile input: too large, nested too deep, not JSON, prototype
 * keys. `what` names the kind of file in messages. Also used by the platform imports.
 */
export function readGuardedJson(text: string, byteLength = text.length, what = 'journey files'): { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] } {
  if (byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ path: '$', message: `The file is ${formatMegabytes(byteLength)}; ${what} may be at most ${formatMegabytes(MAX_IMPORT_BYTES)}.` }] };
  }
  const tooDeep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (tooDeep) return { ok: false, problems: [{ path: '$', message: `The file nests deeper than ${MAX_NESTING_DEPTH} levels (at ${tooDeep}).` }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `The file is not valid JSON: ${describeJsonError(text, error)}.` }] };
  }
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  return { ok: true, value: raw };
}

export function importExchange(text: string, byteLength = text.length): ImportResult {
  const read = readGuardedJson(text, byteLength);
  if (!read.ok) {
    // Keep the exchange file's own wording for nesting.
    const p = read.problems[0]!;
    if (read.problems.length === 1 && p.message.startsWith('The file nests deeper')) return fail('$', `${p.message.slice(0, -1)}; it is not a journey file.`);
    return { ok: false, problems: read.problems };
  }
  const raw = read.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('$', 'The file must contain a JSON object.');
  const header = raw as { format?: unknown; formatVersion?: unknown };
  if (header.format !== EXCHANGE_FORMAT) {
    return fail('$.format', `This is not a Nurture Studio journey file (format must be "${EXCHANGE_FORMAT}", found ${describe(header.format)}).`);
  }
  const version = header.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('$.formatVersion', `formatVersion must be a whole number from 1, found ${describe(version)}.`);
  }
  if (version > EXCHANGE_FORMAT_VERSION) {
    return fail('$.formatVersion', `The file was made by a newer Nurture Studio (format version ${version}; this version reads up to ${EXCHANGE_FORMAT_VERSION}). Update the app.`);
  }
  let migrated = raw as Record<string, unknown>;
  for (let v = version; v < EXCHANGE_FORMAT_VERSION; v++) {
    const migrate = EXCHANGE_MIGRATIONS[v];
    if (!migrate) return fail('$.formatVersion', `Format version ${v} cannot be read by this version.`);
    migrated = { ...migrate(migrated), formatVersion: v + 1 };
  }

  const parsed = ExchangeDocument.safeParse(migrated);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error, [], migrated) };
  // Structural integrity of the journey (unique ids, edges between existing steps).
  const integrity = JourneyDocument.safeParse(parsed.data.journey);
  if (!integrity.success) return { ok: false, problems: issuesToProblems(integrity.error, ['journey'], migrated) };
  const duplicates = duplicateTemplateIds(parsed.data.templates.map((t) => t.id));
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  return version < EXCHANGE_FORMAT_VERSION ? { ok: true, document: parsed.data, migratedFrom: version } : { ok: true, document: parsed.data };
}

function issuesToProblems(error: z.ZodError, prefix: PropertyKey[], raw: unknown): ImportProblem[] {
  return error.issues.map((issue) => describeIssue(issue, prefix, raw, jsonPath));
}

function duplicateTemplateIds(ids: string[]): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push({ path: jsonPath(['templates', index, 'id']), message: `duplicate template id "${id}"` });
    seen.add(id);
  });
  return problems;
}

/** Scans brackets outside strings; returns "line L, column C" of the first too-deep one. */
function findExcessiveNesting(text: string, limit: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return lineAndColumn(text, i);
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

function findForbiddenKeys(value: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < 20) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    for (const key of Object.keys(current)) {
      const childPath = [...path, Array.isArray(current) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key)) problems.push({ path: jsonPath(childPath), message: `the key "${key}" is not allowed` });
      else stack.push({ value: (current as Record<string, unknown>)[key], path: childPath });
    }
  }
  return problems;
}

function describeJsonError(text: string, error: unknown): string {
  // V8 quotes the source in some messages; a file's content does not belong in an error.
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/,\s*(\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '');
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  const token = /Unexpected token '(.)'/.exec(message);
  const index = position ? Number(position[1]) : token ? locateOutsideStrings(text, token[1]!) : -1;
  return index >= 0 ? `${message} (${lineAndColumn(text, index)})` : message;
}

/** First place outside string literals where `char` stands (V8 omits it for some tokens). */
function locateOutsideStrings(text: string, char: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === char) return i;
  }
  return -1;
}

function lineAndColumn(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json === undefined ? typeof value : json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

