// A short fingerprint of what a journey does — its steps and their settings, connections,
// journey settings, scoring, routing, sales, costs and accounts — but not its name, the
// steps' names or where they sit on the canvas. Two runs with the same fingerprint ran the same journey, so differences
// between them come from their prospects.
import { type AccountModel, defaultAccountModel } from '../accounts/schema';
import type { JourneyDocument } from './schema';

export function journeyFingerprint(doc: JourneyDocument): string {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const behaviour = {
    nodes: byId(doc.nodes).map((n) => ({ id: n.id, type: n.type, params: n.params })),
    edges: byId(doc.edges).map((e) => ({ id: e.id, source: e.source, sourceOutput: e.sourceOutput, target: e.target })),
    settings: doc.settings,
    scoring: doc.scoring,
    routing: doc.routing,
    // What sales does and what the journey costs change a run's figures just as much.
    sales: doc.sales,
    costs: doc.costs,
    accounts: accountsPart(doc.accounts),
  };
  const text = canonicalJson(behaviour);
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193);
}

/**
 * The account model counts only when it differs from the defaults: a journey that leaves it
 * as it is keeps the fingerprint it had before accounts existed, so Compare still finds an
 * older run of it the same journey.
 */
function accountsPart(accounts: AccountModel): AccountModel | undefined {
  return canonicalJson(accounts) === canonicalJson(defaultAccountModel()) ? undefined : accounts;
}

/** JSON with object keys in sorted order, so equal content gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
