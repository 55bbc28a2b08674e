// Undo history of document edits: snapshots of the (immutable) document, so an entry costs
// only what changed. Selection and viewport never enter it; a drag is one entry (edits with
// the same open coalesce key merge); loading a journey starts a fresh history.
import type { JourneyDocument } from './schema';

export const HISTORY_LIMIT = 500;

export interface History {
  past: JourneyDocument[];
  future: JourneyDocument[];
  /** Edits with this key merge into the last entry until the key is sealed. */
  openKey: string | null;
}

export const emptyHistory = (): History => ({ past: [], future: [], openKey: null });

/** Records that `before` was replaced by an edit. */
export function record(history: History, before: JourneyDocument, coalesceKey: string | null = null): History {
  if (coalesceKey !== null && history.openKey === coalesceKey && history.past.length > 0) {
    return { ...history, future: [] };
  }
  const past = [...history.past, before];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [], openKey: coalesceKey };
}

export const seal = (history: History): History => (history.openKey === null ? history : { ...history, openKey: null });

export function undo(history: History, current: JourneyDocument): { history: History; document: JourneyDocument } | null {
  const previous = history.past.at(-1);
  if (!previous) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future], openKey: null }, document: previous };
}

export function redo(history: History, current: JourneyDocument): { history: History; document: JourneyDocument } | null {
  const next = history.future[0];
  if (!next) return null;
  return { history: { past: [...history.past, current], future: history.future.slice(1), openKey: null }, document: next };
}
