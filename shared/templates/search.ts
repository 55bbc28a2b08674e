// Finding a template in the library: email templates whose name, subject or a topic holds
// the query, case-insensitively.
export function emailTemplatesMatching<T extends { kind: string; name: string; subject: string; topics: readonly string[] }>(templates: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  const holds = (text: string) => text.toLowerCase().includes(q);
  return templates.filter((t) => t.kind === 'email' && (!q || holds(t.name) || holds(t.subject) || t.topics.some(holds)));
}
