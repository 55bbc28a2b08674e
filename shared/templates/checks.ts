// Checks on an email template, shown in the editor and used by journey validation. The
// source checks need no compiler; the size check takes the compiled HTML when known.
import { unknownMergeTags } from './mergeTags';

/** What journey validation needs to know about a template it references. */
export interface TemplateInfo {
  id: string;
  name: string;
  subject: string;
  mjml: string;
  /** Problems found when the template was last checked (compiled), if known. */
  problems?: readonly TemplateProblem[];
}

export interface TemplateProblem {
  severity: 'error' | 'warning';
  code: 'mjml' | 'not_well_formed' | 'include' | 'no_unsubscribe_link' | 'html_too_large' | 'image_without_alt' | 'unknown_merge_tag' | 'empty_subject';
  message: string;
  line: number | null;
  /** What our own checks' messages name, so the app can word them in the user's language; absent for MJML's own messages. */
  details?: Record<string, string | number>;
}

/** Gmail clips messages whose HTML is larger than this. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

const UNSUBSCRIBE_HREF = /href\s*=\s*["'][^"']*\{\{\s*unsubscribeUrl\s*\}\}[^"']*["']/i;

/** True when the source links to {{unsubscribeUrl}} somewhere. */
export function hasUnsubscribeLink(mjml: string): boolean {
  return UNSUBSCRIBE_HREF.test(mjml);
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Checks of the (include-expanded) source and, when given, its compiled HTML. */
export function checkTemplate(input: { subject: string; mjml: string; html?: string | null }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (input.subject.trim() === '') problems.push({ severity: 'error', code: 'empty_subject', message: 'The subject is empty.', line: null, details: {} });
  if (!hasUnsubscribeLink(input.mjml)) {
    const placeholder = '{{unsubscribeUrl}}';
    problems.push({ severity: 'error', code: 'no_unsubscribe_link', message: `No unsubscribe link: link to ${placeholder} (the brand footer does).`, line: null, details: { placeholder } });
  }
  for (const match of input.mjml.matchAll(/<(mj-image|img)\b([^>]*)>/gi)) {
    if (!/\balt\s*=\s*["'][^"']+["']/i.test(match[2]!)) {
      const element = match[1]!;
      problems.push({ severity: 'warning', code: 'image_without_alt', message: `An image has no alt text (<${element}>).`, line: lineOf(input.mjml, match.index), details: { element } });
    }
  }
  for (const use of unknownMergeTags(input.mjml)) {
    const tag = `{{${use.tag}}}`;
    problems.push({ severity: 'warning', code: 'unknown_merge_tag', message: `Unknown merge tag ${tag}.`, line: use.line, details: { tag } });
  }
  if (input.html) {
    const bytes = new TextEncoder().encode(input.html).length;
    if (bytes > GMAIL_CLIP_BYTES) {
      const kb = Math.round(bytes / 1024);
      problems.push({ severity: 'warning', code: 'html_too_large', message: `The compiled HTML is ${kb} KB; Gmail clips messages over 102 KB.`, line: null, details: { kb } });
    }
  }
  return problems;
}
