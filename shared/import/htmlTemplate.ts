// Imported email HTML kept as a template of the library, which stores MJML: the HTML goes inside
// an <mj-raw> (MJML passes it through untouched) behind a marker comment, so the library, the
// preview and validation treat it like any template, and an export sends the HTML as it came
// rather than MJML's compilation of it.
const MARKER = '<!-- nurture-studio:imported-html -->';
const OPEN = `<mjml>\n  <mj-body>\n    <mj-raw>${MARKER}\n`;
const CLOSE = '\n    </mj-raw>\n  </mj-body>\n</mjml>\n';

export function wrapImportedHtml(html: string): string {
  return `${OPEN}${html}${CLOSE}`;
}

/** The HTML an imported template was made from; null for any other template (or once edited out of shape). */
export function importedHtmlOf(mjml: string): string | null {
  if (!mjml.startsWith(OPEN) || !mjml.endsWith(CLOSE)) return null;
  return mjml.slice(OPEN.length, mjml.length - CLOSE.length);
}
