// Three-way merge of a journey edited in two places: the version both started from (base),
// this editor's (mine) and what was stored meanwhile (theirs). Edits to different steps,
// connections or parts combine; the same step, connection or part changed on both sides is
// a conflict, and then nothing is merged (the user chooses: reload, or keep a copy).
import { applyPatch, diffDocuments, type DocumentPatch, sameContent } from './history';
import { type JourneyDocument, JourneyDocument as JourneyDocumentSchema } from './schema';

export type MergeResult =
  | { ok: true; document: JourneyDocument; /** How many of my steps, connections and parts went in. */ mine: number; /** And of theirs. */ theirs: number }
  | { ok: false; reason: 'sameStep' | 'samePart' | 'invalid'; ids: string[] };

/** The ids and parts a patch touches. */
function touched(patch: DocumentPatch): { ids: Set<string>; parts: Set<string>; reordered: boolean } {
  const ids = new Set<string>();
  for (const list of [patch.nodes, patch.edges]) {
    for (const { item } of [...list.removed, ...list.added]) ids.add(item.id);
    for (const { after } of list.changed) ids.add(after.id);
  }
  return { ids, parts: new Set(Object.keys(patch.parts)), reordered: Boolean(patch.nodes.reordered || patch.edges.reordered) };
}

export function mergeDocuments(base: JourneyDocument, mine: JourneyDocument, theirs: JourneyDocument): MergeResult {
  const myPatch = diffDocuments(base, mine, sameContent);
  const theirPatch = diffDocuments(base, theirs, sameContent);
  const a = touched(myPatch);
  const b = touched(theirPatch);
  const sameIds = [...a.ids].filter((id) => b.ids.has(id));
  if (sameIds.length > 0 || a.reordered || b.reordered) return { ok: false, reason: 'sameStep', ids: sameIds };
  const sameParts = [...a.parts].filter((part) => b.parts.has(part));
  if (sameParts.length > 0) return { ok: false, reason: 'samePart', ids: sameParts };
  const merged = applyPatch(theirs, myPatch, true);
  // A connection of mine may lead to a step they deleted (or the other way round): not a merge.
  const valid = JourneyDocumentSchema.safeParse(merged);
  if (!valid.success) return { ok: false, reason: 'invalid', ids: [] };
  return { ok: true, document: merged, mine: a.ids.size + a.parts.size, theirs: b.ids.size + b.parts.size };
}
