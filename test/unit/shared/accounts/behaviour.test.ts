import { describe, expect, it } from 'vitest';
import { AccountBehaviour } from '../../../../shared/accounts/schema';

describe('the persona file’s account behaviour', () => {
  it('reads roles spelled as a prospect file spells them', () => {
    const parsed = AccountBehaviour.parse({ roles: { 'Decision maker': 1, influencer: 2, USER: 3, 'gate-keeper': 0.5 } });
    expect(parsed.roles).toEqual({ decisionMaker: 1, influencer: 2, user: 3, gatekeeper: 0.5 });
  });

  it('refuses a name that is no role, and a role named twice, saying which', () => {
    const unknown = AccountBehaviour.safeParse({ roles: { champion: 2 } });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error!.issues)).toContain('champion');
    const twice = AccountBehaviour.safeParse({ roles: { decisionMaker: 1, 'Decision maker': 2 } });
    expect(twice.success).toBe(false);
    expect(JSON.stringify(twice.error!.issues)).toContain('Decision maker');
  });

  it('keeps the default role mix when none is given', () => {
    expect(AccountBehaviour.parse({}).roles).toEqual({ influencer: 3, user: 3, buyer: 1, gatekeeper: 1 });
  });
});
