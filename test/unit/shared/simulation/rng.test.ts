import { describe, expect, it } from 'vitest';
import { hashIndexed, hashString, pickByWeight, Random, weightThresholds } from '../../../../shared/simulation/rng';

describe('random streams', () => {
  it('hash an index as they hash its text, and reseed to the same stream as a new generator', () => {
    for (const index of [0, 7, 10, 99, 100, 123_456, 1_999_999, 2 ** 40]) {
      expect(hashIndexed('gen:', index, 42)).toBe(hashString(`gen:${index}`, 42));
      const fresh = new Random(42, `gen:${index}`);
      const reused = new Random(1, 'other');
      reused.next();
      expect(reused.reseedIndexed(42, 'gen:', index)).toBe(hashString(`gen:${index}`, 42));
      expect([reused.next(), reused.next(), reused.below(10)]).toEqual([fresh.next(), fresh.next(), fresh.below(10)]);
    }
  });

  it('draws uniformly, by chance and by weight', () => {
    const random = new Random(3, 'uniform');
    const n = 100_000;
    let sum = 0;
    let hits = 0;
    const picks = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      sum += random.next();
      if (random.chance(0.3)) hits++;
      picks[random.weighted([1, 2, 7], 10)]!++;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(hits / n - 0.3)).toBeLessThan(0.006);
    expect(picks.map((p) => Math.round((p / n) * 100))).toEqual([10, 20, 70]);
  });

  it('picks by a threshold table exactly as by weight, on the same draws and at every boundary', () => {
    const tables: [number[], number][] = [
      [[1, 2, 7], 10],
      [[35, 20, 15, 30], 100],
      [[0.1, 0.2, 0.7], 0.1 + 0.2 + 0.7], // rounding: the sum is not exactly 1
      [[0, 5, 0, 0, 5, 0], 10], // values no one has
      [[3], 3],
      [[1e-9, 1, 1e9], 1e9 + 1 + 1e-9],
    ];
    for (const [weights, total] of tables) {
      const thresholds = weightThresholds(weights, total);
      expect(thresholds).toHaveLength(weights.length - 1);
      const byWeight = new Random(9, 'same');
      const byTable = new Random(9, 'same');
      for (let i = 0; i < 20_000; i++) expect(byTable.pick(thresholds)).toBe(byWeight.weighted(weights, total));
      // Each threshold is the very first draw past its index.
      for (const [k, t] of thresholds.entries()) {
        if (t > 0) expect(pickByWeight(t - 1, weights, total)).toBeLessThanOrEqual(k);
        if (t < 2 ** 30) expect(pickByWeight(t, weights, total)).toBeGreaterThan(k);
      }
    }
  });

  it('gives log-normal delays with the median asked for', () => {
    const random = new Random(5, 'delay');
    const delays = Array.from({ length: 20_001 }, () => random.delay(6, 1)).sort((a, b) => a - b);
    expect(delays[10_000]!).toBeGreaterThan(5.7);
    expect(delays[10_000]!).toBeLessThan(6.3);
    expect(new Random(5, 'x').delay(6, 0)).toBe(6);
  });
});
