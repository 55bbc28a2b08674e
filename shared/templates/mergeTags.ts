// Merge tags ({{firstName}} …): the known set, filling them for a preview, finding unknown ones.
export const MERGE_TAGS = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'company',
  'role',
  'unsubscribeUrl',
  'preferencesUrl',
  'viewInBrowserUrl',
  'senderName',
] as const;
export type MergeTag = (typeof MERGE_TAGS)[number];

const TAG = /\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}/g;

export interface MergeTagUse {
  tag: string;
  line: number;
}

export function findMergeTags(source: string): MergeTagUse[] {
  const uses: MergeTagUse[] = [];
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    for (const match of text.matchAll(TAG)) uses.push({ tag: match[1]!, line: i + 1 });
  });
  return uses;
}

export function unknownMergeTags(source: string): MergeTagUse[] {
  return findMergeTags(source).filter((use) => !(MERGE_TAGS as readonly string[]).includes(use.tag));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface MergeValues {
  firstName?: string;
  lastName?: string;
  email?: string;
  company?: string;
  role?: string;
  senderName?: string;
}

/** Fills merge tags in compiled HTML for a preview; links become inert placeholders. */
export function fillMergeTags(html: string, values: MergeValues): string {
  const fullName = [values.firstName, values.lastName].filter(Boolean).join(' ');
  const table: Record<string, string> = {
    firstName: values.firstName ?? '',
    lastName: values.lastName ?? '',
    fullName,
    email: values.email ?? '',
    company: values.company ?? '',
    role: values.role ?? '',
    senderName: values.senderName ?? 'Nordlicht Software',
    unsubscribeUrl: '#unsubscribe',
    preferencesUrl: '#preferences',
    viewInBrowserUrl: '#view-in-browser',
  };
  return html.replace(TAG, (whole, tag: string) => (Object.hasOwn(table, tag) ? escapeHtml(table[tag]!) : whole));
}

/** A prospect's values for the merge tags. */
export function mergeValuesOf(prospect: { name: string; email: string; attributes: Record<string, string | number | boolean> }): MergeValues {
  const [firstName = '', ...rest] = prospect.name.split(' ');
  return {
    firstName,
    lastName: rest.join(' '),
    email: prospect.email,
    company: String(prospect.attributes.company ?? ''),
    role: String(prospect.attributes.role ?? ''),
  };
}
