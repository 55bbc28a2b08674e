import { describe, expect, it } from 'vitest';
import { KeptTraces } from '../../../../shared/simulation/keptTraces';

describe('kept traces of waiting accounts', () => {
  it('gives back what each account wrote, once, whatever the order, across blocks and for entries longer than a block', () => {
    const kept = new KeptTraces(10);
    const lengths = [3, 1 << 19, 5, (1 << 20) + 7, 2, 1 << 20];
    for (const [account, length] of lengths.entries()) {
      kept.reserve(account, length);
      for (let i = 0; i < length; i++) kept.data[kept.at + i] = account * 1e7 + i;
    }
    expect(kept.size).toBe(lengths.length);
    for (const account of [4, 0, 5, 3, 1, 2]) {
      expect(kept.take(account)).toBe(true);
      const length = lengths[account]!;
      for (const i of [0, length >> 1, length - 1]) expect(kept.data[kept.at + i]).toBe(account * 1e7 + i);
      expect(kept.take(account)).toBe(false); // taken once
    }
    expect(kept.size).toBe(0);
    expect(kept.take(7)).toBe(false); // never kept
  });

  it('fills a block again from its start once every entry in it was taken, so a run that waits in turns does not grow', () => {
    const kept = new KeptTraces(3);
    kept.reserve(0, 10);
    kept.reserve(1, 5);
    expect(kept.at).toBe(10);
    kept.take(0);
    kept.take(1);
    kept.reserve(2, 1 << 20); // a whole block: fits the emptied one
    expect(kept.at).toBe(0);
    kept.data[kept.at + (1 << 20) - 1] = 42;
    expect(kept.take(2)).toBe(true);
    expect(kept.data[kept.at + (1 << 20) - 1]).toBe(42);
  });

  it('keeps an account again after it was taken', () => {
    const kept = new KeptTraces(2);
    kept.reserve(1, 2);
    kept.data[kept.at] = 11;
    expect(kept.take(1)).toBe(true);
    kept.reserve(1, 1);
    kept.data[kept.at] = 12;
    expect(kept.take(1)).toBe(true);
    expect(kept.data[kept.at]).toBe(12);
  });
});
