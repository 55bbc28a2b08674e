import { describe, expect, it } from 'vitest';
import { NEVER, OPEN, reactToEmail } from '../../../../shared/simulation/behaviour';
import { Random } from '../../../../shared/simulation/rng';
import { exactPersona, prospect } from '../../../support/simulation';

/** Share of `n` sends to the same prospect that are opened, and the 4σ band around `p`. */
function openShare(topics: string[], p: number, options: { interests?: string[]; recent?: number } = {}) {
  const persona = exactPersona({ open: 0.6, clickGivenOpen: 0.5, topicAffinity: { pricing: 0.5, 'case-study': 1.4 } });
  const who = prospect('p', { interests: options.interests ?? [] });
  const random = new Random(7, 'behaviour');
  const out = new Float64Array(4);
  const n = 40_000;
  let opens = 0;
  for (let i = 0; i < n; i++) {
    reactToEmail(out, who, persona, random, 0, 'email', topics, options.recent ?? 1);
    if (out[OPEN] !== NEVER) opens++;
  }
  return { opens, expected: n * p, band: 4 * Math.sqrt(n * p * (1 - p)) };
}

describe('reactions to an email', () => {
  it.each([
    ['a topic the persona dislikes (affinity 0.5)', ['pricing'], 0.6 * 0.5],
    ['a topic the persona likes (1.4)', ['case-study'], 0.6 * 1.4],
    ['liked and disliked topics: the strongest attraction counts', ['pricing', 'case-study'], 0.6 * 1.4],
    ['a disliked and a neutral topic: the neutral one (1) is the strongest', ['pricing', 'webinar'], 0.6],
    ['no topics', [], 0.6],
  ])('opens %s at the documented rate', (_what, topics, p) => {
    const { opens, expected, band } = openShare(topics, p);
    expect(Math.abs(opens - expected), `${opens} opens, expected ${expected} ± ${band.toFixed(0)}`).toBeLessThan(band);
  });

  it('multiplies by 1.5 for an interest, and cuts opens by the fatigue share per extra email, compounding', () => {
    const interested = openShare(['pricing'], 0.6 * 0.5 * 1.5, { interests: ['pricing'] });
    expect(Math.abs(interested.opens - interested.expected)).toBeLessThan(interested.band);
    // exactPersona's fatigue: 10 % per email beyond the first in the window; 3 recent = 2 extra.
    const tired = openShare([], 0.6 * 0.9 ** 2, { recent: 3 });
    expect(Math.abs(tired.opens - tired.expected)).toBeLessThan(tired.band);
  });
});
