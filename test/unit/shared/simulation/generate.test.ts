import { describe, expect, it } from 'vitest';
import { ProspectGenerator } from '../../../../shared/simulation/generate';
import { defaultPersonas } from '../../../support/simulation';

describe('generated prospects', () => {
  const set = defaultPersonas();
  const generator = () => new ProspectGenerator(42, { count: 1000, mix: set.defaultMix, entrySpreadDays: 14 }, new Map(set.personas.map((p) => [p.id, p])));

  it('are the same, reused or fresh, apart from the id (its index says it) and the address the engine never reads', () => {
    const fresh = generator();
    const reused = generator();
    for (let i = 0; i < 300; i++) {
      const a = fresh.prospect(i);
      const { prospect: b, profile } = reused.reusedProspect(i);
      profile.materialize();
      expect({ ...b, attributes: { ...b.attributes }, interests: [...b.interests], id: a.id, email: a.email }).toEqual(a);
      expect([b.id, b.email]).toEqual(['', '']);
      // The profile's indexes name the same values in the persona's tables.
      reused.attributeTables[profile.persona]!.forEach((table, k) => expect(table.values[profile.values[k]!]).toBe(a.attributes[table.name]));
    }
    expect(fresh.prospect(5)).toEqual(generator().prospect(5)); // made from (seed, index) alone
    for (let i = 0; i < 300; i++) expect({ ...reused.identity(i) }).toEqual({ id: `p${i}`, name: fresh.prospect(i).name, persona: fresh.prospect(i).persona });
  });

  it('take their persona, consent and interests at the persona set’s rates', () => {
    const g = generator();
    const n = 20_000;
    const personas: Record<string, number> = {};
    let consent = 0;
    let interestedDecisionMakers = 0;
    for (let i = 0; i < n; i++) {
      const p = g.reusedProspect(i).prospect;
      personas[p.persona] = (personas[p.persona] ?? 0) + 1;
      if (p.consent) consent++;
      if (p.persona === 'decision_maker' && p.interests.includes('case-study')) interestedDecisionMakers++;
    }
    const total = Object.values(set.defaultMix).reduce((a, b) => a + b, 0);
    for (const [id, weight] of Object.entries(set.defaultMix)) expect(Math.abs(personas[id]! / n - weight / total)).toBeLessThan(0.015);
    expect(consent / n).toBeGreaterThan(0.95);
    expect(Math.abs(interestedDecisionMakers / personas.decision_maker! - 0.5)).toBeLessThan(0.04);
  });
});
