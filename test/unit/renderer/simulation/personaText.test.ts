import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../../../renderer/src/i18n/de';
import { en } from '../../../../renderer/src/i18n/en';
import { personaDescription, personaName } from '../../../../renderer/src/simulation/personaText';
import { defaultPersonas } from '../../../support/simulation';

describe('persona names in the UI language', () => {
  const personas = defaultPersonas().personas;
  beforeAll(async () => {
    await i18next.init({ resources: { en: { translation: en }, de: { translation: de } }, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  });

  it('English comes from the persona file; German from the catalogue, for every default persona', async () => {
    await i18next.changeLanguage('en');
    for (const p of personas) {
      expect(personaName(p, i18next.t)).toBe(p.name);
      expect(personaDescription(p, i18next.t)).toBe(p.description);
    }
    await i18next.changeLanguage('de');
    for (const p of personas) {
      expect(personaName(p, i18next.t)).not.toBe('');
      expect(personaDescription(p, i18next.t)).not.toBe(p.description);
    }
    expect(personaName(personas.find((p) => p.id === 'decision_maker')!, i18next.t)).toBe('Entscheider');
  });

  it('a persona the catalogue does not know keeps its own name in either language', async () => {
    await i18next.changeLanguage('de');
    expect(personaName({ id: 'field_engineer', name: 'Field engineer' }, i18next.t)).toBe('Field engineer');
  });
});
