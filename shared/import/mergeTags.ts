// A platform's merge tags back to ours ({{ first_name }} → {{firstName}}): the export dialects
// read backwards, longest first so that "{{ first_name }} {{ last_name }}" becomes {{fullName}}.
// Tags with no equivalent are left as they are (the preview shows them as unknown tags).
import type { MergeDialect } from '../export/mergeTags';
import type { MergeTag } from '../templates/mergeTags';

export function untranslateMergeTags(text: string, dialect: MergeDialect): string {
  const pairs = (Object.entries(dialect.tags) as [MergeTag, { as: string; approx?: boolean }][])
    .filter(([, t]) => !t.approx)
    .sort((a, b) => b[1].as.length - a[1].as.length);
  let out = text;
  for (const [tag, { as }] of pairs) if (out.includes(as)) out = out.split(as).join(`{{${tag}}}`);
  return out;
}
