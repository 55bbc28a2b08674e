// Generated prospects in accounts (README §12.1): sizes, roles, and one company per account.
import { describe, expect, it } from 'vitest';
import { BUYING_ROLES } from '../../../../shared/accounts/schema';
import { ACCOUNT_ATTRIBUTES } from '../../../../shared/simulation/accounts';
import { accountStarts, ProspectGenerator } from '../../../../shared/simulation/generate';
import { defaultPersonas } from '../../../support/simulation';

const set = defaultPersonas();
const personas = new Map(set.personas.map((p) => [p.id, p]));
const plan = (count: number) => ({ count, mix: set.defaultMix, entrySpreadDays: 14, accounts: set.accounts });

describe('generated accounts', () => {
  it('come in the persona file’s sizes, one after the other', () => {
    const starts = accountStarts(7, 100_000, set.accounts);
    expect(starts[0]).toBe(0);
    expect(starts.at(-1)).toBe(100_000);
    const sizes = new Map<number, number>();
    for (let a = 0; a + 1 < starts.length; a++) sizes.set(starts[a + 1]! - starts[a]!, (sizes.get(starts[a + 1]! - starts[a]!) ?? 0) + 1);
    const total = set.accounts.sizes.reduce((sum, s) => sum + s.weight, 0);
    const accounts = starts.length - 1;
    for (const { contacts, weight } of set.accounts.sizes) {
      const p = weight / total;
      expect(Math.abs((sizes.get(contacts) ?? 0) - accounts * p)).toBeLessThan(4 * Math.sqrt(accounts * p * (1 - p)) + 1);
    }
  });

  it('give every contact of an account the same company and company attributes, the same whether made whole or reused', () => {
    const generator = new ProspectGenerator(3, plan(20_000), personas);
    const reused = new ProspectGenerator(3, plan(20_000), personas);
    const starts = generator.accountStarts!;
    let firstIsDecisionMaker = 0;
    for (let a = 0; a < 2000; a++) {
      const contacts = Array.from({ length: starts[a + 1]! - starts[a]! }, (_, k) => generator.prospect(starts[a]! + k));
      for (const c of contacts) {
        expect(c.account).toBe(`a${a}`);
        expect(c.attributes.company).toBe(contacts[0]!.attributes.company);
        for (const name of ACCOUNT_ATTRIBUTES) expect(c.attributes[name], name).toBe(contacts[0]!.attributes[name]);
        expect(BUYING_ROLES).toContain(c.attributes.buyingRole);
        // The engine's way (indexes, written out on demand) gives the same attributes.
        const { prospect, profile } = reused.reusedProspect(starts[a]! + contacts.indexOf(c));
        profile.materialize();
        expect(prospect.attributes).toEqual(c.attributes);
        expect(BUYING_ROLES[profile.role]).toBe(c.attributes.buyingRole);
        expect(profile.account).toBe(a);
      }
      if (contacts[0]!.attributes.buyingRole === 'decisionMaker') firstIsDecisionMaker++;
    }
    // 80 % of first contacts are decision makers by the share, some more by the role weights.
    expect(firstIsDecisionMaker / 2000).toBeGreaterThan(0.78);
    expect(firstIsDecisionMaker / 2000).toBeLessThan(0.86);
  });

  it('are not made without sizes: prospects stay alone, as before', () => {
    const alone = new ProspectGenerator(3, { count: 100, mix: set.defaultMix, entrySpreadDays: 14 }, personas);
    expect(alone.accountStarts).toBeNull();
    expect(alone.prospect(5).account).toBeUndefined();
    expect(alone.prospect(5).attributes).not.toHaveProperty('buyingRole');
  });
});
