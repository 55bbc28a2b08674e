import { describe, expect, it } from 'vitest';
import { hashIndexed, hashString, Random } from '../../../../shared/simulation/rng';

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

  it('gives log-normal delays with the median asked for', () => {
    const random = new Random(5, 'delay');
    const delays = Array.from({ length: 20_001 }, () => random.delay(6, 1)).sort((a, b) => a - b);
    expect(delays[10_000]!).toBeGreaterThan(5.7);
    expect(delays[10_000]!).toBeLessThan(6.3);
    expect(new Random(5, 'x').delay(6, 0)).toBe(6);
  });
});
