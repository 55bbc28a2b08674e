// Checks on an email template's MJML source that need no compiler. The template library
// adds compiled-HTML checks on the Node side; journey validation uses these.

/** What journey validation needs to know about a template it references. */
export interface TemplateInfo {
  id: string;
  name: string;
  subject: string;
  mjml: string;
}

const UNSUBSCRIBE_HREF = /href\s*=\s*["'][^"']*\{\{\s*unsubscribeUrl\s*\}\}[^"']*["']/i;

/** True when the source links to {{unsubscribeUrl}} somewhere. */
export function hasUnsubscribeLink(mjml: string): boolean {
  return UNSUBSCRIBE_HREF.test(mjml);
}
