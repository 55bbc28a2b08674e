// Imported HTML kept as a template: the wrapper round-trips the HTML exactly, real MJML compiles
// it without errors (the HTML inside, untouched), and a template edited out of shape is MJML again.
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { importedHtmlOf, wrapImportedHtml } from '../../../../shared/import/htmlTemplate';

const HTML = '<!DOCTYPE html><html><head><style>p{color:red}</style></head><body><p>Hi {{firstName}}</p><a href="{{unsubscribeUrl}}">Unsubscribe</a></body></html>';

describe('imported HTML as a template', () => {
  it('keeps the HTML exactly and compiles with MJML', async () => {
    const mjml = wrapImportedHtml(HTML);
    expect(importedHtmlOf(mjml)).toBe(HTML);
    const compiled = await mjml2html(mjml, { validationLevel: 'soft', fonts: {} });
    expect(compiled.errors).toEqual([]);
    expect(compiled.html).toContain('<p>Hi {{firstName}}</p>');
    expect(importedHtmlOf(mjml.replace('<mj-raw>', '<mj-section><mj-raw>'))).toBeNull();
    expect(importedHtmlOf('<mjml><mj-body></mj-body></mjml>')).toBeNull();
  });
});
