// Finding a step kind by what a user types ("mail", "warten", "a/b"): every word must appear
// in the kind's name or hint, in the UI's language, ignoring case and accents.
import { NODE_GROUPS } from '../../../shared/journey/nodeTypes';
import type { NodeType } from '../../../shared/journey/schema';
import { matchesWords } from '../textSearch';

/** The palette's groups with only the kinds that match (groups left empty are dropped). */
export function matchingGroups(query: string, describe: (type: NodeType) => string, allowed: (type: NodeType) => boolean = () => true) {
  const matches = (type: NodeType) => allowed(type) && matchesWords(describe(type), query);
  return NODE_GROUPS.map((group) => ({ id: group.id, types: group.types.filter(matches) })).filter((group) => group.types.length > 0);
}
