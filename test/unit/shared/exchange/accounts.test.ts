// The journey's account settings (buying centres) travel in our own exchange file: an exported
// journey carries them and reads back identically, account conditions included; a file from
// before accounts (no "accounts") imports with account mode off and the default settings.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAccountModel } from '../../../../shared/accounts/schema';
import { exportExchange } from '../../../../shared/exchange/exportExchange';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { accountJourney, TEMPLATE } from '../../../support/exportJourneys';

function imported(text: string) {
  const result = importExchange(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('account settings in the exchange file', () => {
  it('are written out and read back identically, with the account conditions', () => {
    const journey = accountJourney({ score: { rule: 'max', topN: 5 }, engagedAtLeast: 45, handoff: 'contact' }, { kind: 'roleEngaged', role: 'gatekeeper' });
    const text = exportExchange(journey, [TEMPLATE]);
    const raw = JSON.parse(text);
    expect(raw.journey.accounts).toEqual({ enabled: true, score: { rule: 'max', topN: 5 }, engagedAtLeast: 45, handoff: 'contact' });
    expect(raw.journey.nodes.find((n: { id: string }) => n.id === 'check').params.rule).toEqual({ kind: 'roleEngaged', role: 'gatekeeper' });
    const back = imported(text);
    expect(back.journey).toEqual(journey);
    expect(exportExchange(back.journey, back.templates)).toBe(text);
  });

  it('every account condition survives the round trip', () => {
    for (const rule of [
      { kind: 'accountScore', atLeast: 220 },
      { kind: 'roleEngaged', role: 'decisionMaker' },
      { kind: 'rolesEngaged', atLeast: 3 },
      { kind: 'accountFit', atLeast: 'C' },
    ] as const) {
      const journey = accountJourney({}, rule);
      expect(imported(exportExchange(journey, [TEMPLATE])).journey.nodes.find((n) => n.id === 'check')!.params).toEqual({ rule });
    }
  });

  it('a file from before accounts imports with account mode off and the default settings', () => {
    const oldText = fs.readFileSync('test/fixtures/exchange/webinar-before-sales.journey.json', 'utf8');
    expect(Object.keys(JSON.parse(oldText).journey)).not.toContain('accounts');
    const { journey } = imported(oldText);
    expect(journey.accounts).toEqual(defaultAccountModel());
    expect(journey.accounts).toEqual({ enabled: false, score: { rule: 'topN', topN: 3 }, engagedAtLeast: 30, handoff: 'account' });
  });

  it('bad account settings are refused with where and what', () => {
    const raw = JSON.parse(exportExchange(accountJourney(), [TEMPLATE]));
    raw.journey.accounts.score.topN = 0;
    raw.journey.accounts.handoff = 'team';
    const result = importExchange(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('$.journey.accounts.score.topN');
    expect(paths).toContain('$.journey.accounts.handoff');
    expect(result.problems.find((p) => p.path === '$.journey.accounts.score.topN')!.message).toMatch(/at least 1/);
  });
});
