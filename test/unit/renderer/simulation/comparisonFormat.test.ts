import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatComparison } from '../../../../renderer/src/simulation/compare/ComparisonLine';
import type { ComparisonRow } from '../../../../shared/simulation/compare';

const money = (a: number, b: number): ComparisonRow => ({ key: 'cost', kind: 'money', stage: null, a, b, difference: b - a, higherIsBetter: false, currency: { a: 'EUR', b: 'EUR' } });

describe('a money difference in Compare', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', resources: {}, initAsync: false });
  });

  it('is as precise as the figures: two totals shown alike differ by ±0, not by cents', () => {
    const t = i18next.t.bind(i18next);
    const row = money(172_883.07, 172_883.02);
    expect(formatComparison(row, row.a, t)).toBe(formatComparison(row, row.b, t));
    expect(formatComparison(row, row.difference, t, { signed: true })).toBe('±0');
    const apart = money(172_883.4, 172_884.2);
    expect(formatComparison(apart, apart.difference, t, { signed: true })).toBe('+€1');
    // Figures below 100 keep their cents, and so does their difference.
    const small = money(62.8, 62.75);
    expect(formatComparison(small, small.difference, t, { signed: true })).toBe('-€0.05');
  });
});
