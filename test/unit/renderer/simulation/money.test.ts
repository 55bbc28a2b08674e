import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { salesResultsDe, salesResultsEn } from '../../../../renderer/src/i18n/salesResults';
import { formatMoney, formatMoneyShort } from '../../../../renderer/src/simulation/results/money';

// Intl puts narrow no-break spaces in German amounts; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts in the run’s currency and the UI’s language', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', resources: {}, initAsync: false });
  });

  it('writes whole units from 100 up and keeps the cents below', async () => {
    await i18next.changeLanguage('en');
    expect(formatMoney(25_120.5, 'EUR')).toBe('€25,121');
    expect(formatMoney(62.8, 'EUR')).toBe('€62.80');
    expect(formatMoney(40, 'USD')).toBe('$40');
    expect(formatMoney(-255, 'GBP')).toBe('-£255');
    expect(formatMoneyShort(160_000, 'EUR')).toBe('€160K');
    await i18next.changeLanguage('de');
    expect(plain(formatMoney(25_120.5, 'EUR'))).toBe('25.121 €');
    expect(plain(formatMoney(62.8, 'CHF'))).toBe('62,80 CHF');
    expect(plain(formatMoneyShort(2_500_000, 'EUR'))).toBe('2,5 Mio. €');
  });
});

describe('German text of the sales results', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  const leaves = (tree: object, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as object, `${prefix}${key}.`)));

  it('has every English key, with the same placeholders', () => {
    const german = new Map(leaves(salesResultsDe));
    const english = leaves(salesResultsEn);
    expect([...german.keys()].sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, text] of english) expect(placeholders(german.get(key)!), key).toEqual(placeholders(text));
  });
});
