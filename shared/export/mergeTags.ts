// Our merge tags ({{firstName}} …) in a platform's own syntax. Text that already looks like
// the platform's syntax is named, since the platform will read it as its own.
import { MERGE_TAGS, type MergeTag } from '../templates/mergeTags';

export interface MergeDialect {
  /** Each of our tags in the platform's syntax; `approx` when it is only the nearest equivalent. */
  tags: Readonly<Record<MergeTag, { as: string; approx?: boolean }>>;
  /** Text the platform reads as its own template syntax (checked before translating). */
  lookalike: RegExp;
}

export interface TranslatedText {
  text: string;
  translated: number;
  unknown: string[];
  approximated: { tag: string; as: string }[];
  lookalikes: string[];
}

const TAG = /\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}/g;
const isMergeTag = (tag: string): tag is MergeTag => (MERGE_TAGS as readonly string[]).includes(tag);

export function translateMergeTags(source: string, dialect: MergeDialect): TranslatedText {
  const lookalikes = [...new Set(Array.from(source.matchAll(dialect.lookalike), (m) => m[0]))];
  const unknown = new Set<string>();
  const approximated = new Map<string, string>();
  let translated = 0;
  const text = source.replace(TAG, (whole, tag: string) => {
    if (!isMergeTag(tag)) {
      unknown.add(tag);
      return whole;
    }
    const target = dialect.tags[tag];
    translated++;
    if (target.approx) approximated.set(tag, target.as);
    return target.as;
  });
  return { text, translated, unknown: [...unknown], approximated: [...approximated].map(([tag, as]) => ({ tag, as })), lookalikes };
}
