import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, GMAIL_CLIP_BYTES, type TemplateProblem } from '../../../../shared/templates/checks';
import { de } from '../../../../renderer/src/i18n/de';
import { en } from '../../../../renderer/src/i18n/en';
import { templateProblemText } from '../../../../renderer/src/templates/templateProblemText';

describe('template problems in the UI language', () => {
  // Every check of our own fires once: empty subject, no unsubscribe link, an image without alt, an unknown merge tag, clipped HTML.
  const problems = checkTemplate({
    subject: ' ',
    mjml: '<mjml><mj-body><mj-section><mj-column><mj-image src="a.png" /><mj-text>Hi {{fristName}}</mj-text></mj-column></mj-section></mj-body></mjml>',
    html: 'x'.repeat(GMAIL_CLIP_BYTES + 5000),
  });
  const mjmlOwn: TemplateProblem = { severity: 'error', code: 'mjml', message: "Element mj-textt doesn't exist or is not registered", line: 3 };

  beforeAll(async () => {
    await i18next.init({ resources: { en: { translation: en }, de: { translation: de } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  });

  it('words every check of our own in English exactly as the check does', async () => {
    expect(problems.map((p) => p.code).sort()).toEqual(['empty_subject', 'html_too_large', 'image_without_alt', 'no_unsubscribe_link', 'unknown_merge_tag']);
    await i18next.changeLanguage('en');
    for (const p of problems) expect(templateProblemText(p, i18next.t)).toBe(p.message);
    expect(problems.find((p) => p.code === 'no_unsubscribe_link')!.message).toContain('{{unsubscribeUrl}}');
  });

  it('and in German, keeping the names it quotes; MJML’s own messages stay as MJML writes them', async () => {
    await i18next.changeLanguage('de');
    for (const p of problems) {
      const text = templateProblemText(p, i18next.t);
      expect(text, p.code).not.toBe(p.message);
      expect(text).not.toMatch(/templateChecks\./);
    }
    expect(templateProblemText(problems.find((p) => p.code === 'unknown_merge_tag')!, i18next.t)).toBe('Unbekannter Platzhalter {{fristName}}.');
    expect(templateProblemText(problems.find((p) => p.code === 'no_unsubscribe_link')!, i18next.t)).toContain('{{unsubscribeUrl}}');
    expect(templateProblemText(mjmlOwn, i18next.t)).toBe(mjmlOwn.message);
    // Our sentence around MJML's reason is ours to translate; the reason stays MJML's.
    const uncompiled: TemplateProblem = { severity: 'error', code: 'mjml', message: 'The MJML could not be compiled: Malformed MJML.', line: null, details: { reason: 'Malformed MJML.' } };
    expect(templateProblemText(uncompiled, i18next.t)).toBe('Das MJML lässt sich nicht übersetzen: Malformed MJML.');
    await i18next.changeLanguage('en');
    expect(templateProblemText(uncompiled, i18next.t)).toBe(uncompiled.message);
  });
});
