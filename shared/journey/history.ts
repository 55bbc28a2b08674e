// Undo history of document edits, as patches derived from the document itself: what an edit
// removed, added and changed (steps and connections by id, with their places in the lists;
// settings, scoring, routing, sales, costs, accounts and name as wholes). Undo applies a patch backwards, redo
// forwards. No change kind has its own inverse, so no kind can be forgotten: undoing any
// sequence gives back the identical document. Selection and viewport never enter it; a drag
// is one entry (edits with the same open coalesce key merge); loading starts a fresh history.
import type { JourneyDocument } from './schema';

export const HISTORY_LIMIT = 500;

interface Placed<T> {
  index: number;
  item: T;
}

/** How one list (steps or connections) changed; `reordered` keeps whole lists when the survivors moved. */
interface ListPatch<T> {
  removed: Placed<T>[];
  added: Placed<T>[];
  changed: { before: T; after: T }[];
  reordered?: { before: T[]; after: T[] };
}

const WHOLE_PARTS = ['name', 'settings', 'scoring', 'routing', 'sales', 'costs', 'accounts', 'schemaVersion', 'id'] as const;
type WholePart = (typeof WHOLE_PARTS)[number];

export interface DocumentPatch {
  nodes: ListPatch<JourneyDocument['nodes'][number]>;
  edges: ListPatch<JourneyDocument['edges'][number]>;
  parts: { [K in WholePart]?: { before: JourneyDocument[K]; after: JourneyDocument[K] } };
}

export interface History {
  past: DocumentPatch[];
  future: DocumentPatch[];
  /** The coalesced edit still open: its key and the document before it began. */
  open: { key: string; base: JourneyDocument } | null;
}

export const emptyHistory = (): History => ({ past: [], future: [], open: null });

type Same = (a: unknown, b: unknown) => boolean;

function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[], same: Same): ListPatch<T> {
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  const removed: Placed<T>[] = [];
  const changed: { before: T; after: T }[] = [];
  const survivorsBefore: string[] = [];
  before.forEach((item, index) => {
    const next = afterById.get(item.id);
    if (next === undefined) removed.push({ index, item });
    else {
      survivorsBefore.push(item.id);
      if (!same(next, item)) changed.push({ before: item, after: next });
    }
  });
  const added: Placed<T>[] = [];
  const survivorsAfter: string[] = [];
  after.forEach((item, index) => (beforeIds.has(item.id) ? survivorsAfter.push(item.id) : added.push({ index, item })));
  const sameOrder = survivorsBefore.every((id, i) => survivorsAfter[i] === id);
  return sameOrder ? { removed, added, changed } : { removed: [], added: [], changed: [], reordered: { before: [...before], after: [...after] } };
}

/**
 * The edit that turned `before` into `after`. Within one editor, edits replace what they
 * change and keep the rest, so identity tells what changed (fast); documents that travelled
 * through JSON (a merge with what another editor stored) are compared by content.
 */
export function diffDocuments(before: JourneyDocument, after: JourneyDocument, same: Same = Object.is): DocumentPatch {
  const parts: DocumentPatch['parts'] = {};
  for (const key of WHOLE_PARTS) {
    if (!same(before[key], after[key])) (parts as Record<string, unknown>)[key] = { before: before[key], after: after[key] };
  }
  return { nodes: diffList(before.nodes, after.nodes, same), edges: diffList(before.edges, after.edges, same), parts };
}

/** Equal content, whatever the objects: plain JSON data compared deeply. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function applyList<T extends { id: string }>(list: readonly T[], patch: ListPatch<T>, forward: boolean): T[] {
  if (patch.reordered) return [...(forward ? patch.reordered.after : patch.reordered.before)];
  const [take, put] = forward ? [patch.removed, patch.added] : [patch.added, patch.removed];
  const gone = new Set(take.map((p) => p.item.id));
  const replace = new Map(patch.changed.map((c) => (forward ? [c.before.id, c.after] : [c.after.id, c.before])));
  const out = list.filter((item) => !gone.has(item.id)).map((item) => replace.get(item.id) ?? item);
  // Put back in ascending order of place: each lands where it stood, around the survivors.
  for (const { index, item } of [...put].sort((a, b) => a.index - b.index)) out.splice(index, 0, item);
  return out;
}

/** Applies a patch forwards (redo) or backwards (undo). */
export function applyPatch(doc: JourneyDocument, patch: DocumentPatch, forward: boolean): JourneyDocument {
  const next: JourneyDocument = { ...doc, nodes: applyList(doc.nodes, patch.nodes, forward), edges: applyList(doc.edges, patch.edges, forward) };
  for (const key of WHOLE_PARTS) {
    const part = patch.parts[key];
    if (part) (next as Record<string, unknown>)[key] = forward ? part.after : part.before;
  }
  return next;
}

/** Records that an edit replaced `before` by `after`; an open coalesced edit with the same key grows instead. */
export function record(history: History, before: JourneyDocument, after: JourneyDocument, coalesceKey: string | null = null): History {
  if (coalesceKey !== null && history.open?.key === coalesceKey && history.past.length > 0) {
    return { ...history, past: [...history.past.slice(0, -1), diffDocuments(history.open.base, after)], future: [] };
  }
  const past = [...history.past, diffDocuments(before, after)];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [], open: coalesceKey === null ? null : { key: coalesceKey, base: before } };
}

export const seal = (history: History): History => (history.open === null ? history : { ...history, open: null });

export function undo(history: History, current: JourneyDocument): { history: History; document: JourneyDocument } | null {
  const patch = history.past.at(-1);
  if (!patch) return null;
  return { history: { past: history.past.slice(0, -1), future: [patch, ...history.future], open: null }, document: applyPatch(current, patch, false) };
}

export function redo(history: History, current: JourneyDocument): { history: History; document: JourneyDocument } | null {
  const patch = history.future[0];
  if (!patch) return null;
  return { history: { past: [...history.past, patch], future: history.future.slice(1), open: null }, document: applyPatch(current, patch, true) };
}
