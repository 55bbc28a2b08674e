// Whether a difference between two runs is shown as better, worse or no change worth a colour.
import { describe, expect, it } from 'vitest';
import { type ComparisonRow, verdictOf } from '../../../../shared/simulation/compare';

const row = (kind: ComparisonRow['kind'], a: number, b: number, higherIsBetter: boolean | null = true): ComparisonRow => ({ key: 'k', kind, stage: null, a, b, difference: b - a, higherIsBetter });

describe('the verdict of a comparison', () => {
  it('says better or worse by the way a figure should go', () => {
    expect(verdictOf(row('ratio', 2.1, 2.6))).toBe('better');
    expect(verdictOf(row('money', 40_000, 30_000))).toBe('worse');
    expect(verdictOf(row('money', 150, 120, false))).toBe('better');
    expect(verdictOf(row('count', 10, 20, null))).toBe('neutral');
  });

  it('leaves a change too small to matter uncoloured: below what the figure shows, or a thousandth of it', () => {
    expect(verdictOf(row('money', 34_859, 34_859.45, false))).toBe('neutral');
    expect(verdictOf(row('money', 1_202.0, 1_202.02, false))).toBe('neutral');
    expect(verdictOf(row('days', 5, 5.01))).toBe('neutral');
    expect(verdictOf(row('money', 34_859, 35_900, false))).toBe('worse');
    // Shares are compared in points, not relative to their size.
    expect(verdictOf(row('share', 0.0002, 0.0012))).toBe('better');
  });
});
