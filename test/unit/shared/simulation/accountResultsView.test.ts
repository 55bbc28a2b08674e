// The results side of accounts: the hand-over figures of the Accounts card, the account rows of
// Compare, and Replay by account (grouping the sampled timelines, one shared time axis).
import { describe, expect, it } from 'vitest';
import { type AccountResults, accountSummary } from '../../../../shared/simulation/accounts';
import { accountLanes, findAccounts, markKindOf, replayAccounts, timelinesHaveAccounts } from '../../../../shared/simulation/accountReplay';
import { handoverView } from '../../../../shared/simulation/accountView';
import type { Timeline, TimelineStep } from '../../../../shared/simulation/aggregate';
import { compareAccounts } from '../../../../shared/simulation/compare';
import type { SimulationResults } from '../../../../shared/simulation/results';

function accountsOf(overrides: Partial<AccountResults> = {}): AccountResults {
  const reached = [40, 20, 12, 8, 3];
  return {
    accounts: 40,
    contacts: 120,
    contactsWithoutAccount: 0,
    funnel: (['inquiry', 'mql', 'sal', 'sql', 'customer'] as const).map((stage, s) => ({ stage, reached: reached[s]!, conversionFromPrevious: s === 0 ? null : reached[s]! / reached[s - 1]! })),
    contactsPerAccount: [{ contacts: '3', accounts: 40 }],
    meanContacts: 3,
    won: { accounts: 3, contacts: 9, contactsPerAccount: [{ contacts: '3', accounts: 3 }], meanContacts: 3 },
    together: true,
    handedOver: null,
    ...overrides,
  };
}

describe('the hand-over figures of the Accounts card', () => {
  it('is absent when the hand-off went per contact', () => {
    expect(handoverView(accountsOf({ together: false, handedOver: null }))).toBeNull();
  });

  it('lists every count of roles 0 … 5 and every role, as shares of the handed-over accounts', () => {
    const view = handoverView(
      accountsOf({
        handedOver: {
          accounts: 10,
          byRolesEngaged: [
            { roles: 1, accounts: 2 },
            { roles: 2, accounts: 5 },
            { roles: 4, accounts: 3 },
          ],
          byRole: [
            { role: 'influencer', accounts: 6 },
            { role: 'decisionMaker', accounts: 9 },
          ],
          contactsJoined: 7,
        },
      }),
    )!;
    expect(view.accounts).toBe(10);
    expect(view.shareOfAccounts).toBe(0.25);
    expect(view.byRolesEngaged.map((r) => [r.roles, r.accounts, r.share])).toEqual([
      [0, 0, 0],
      [1, 2, 0.2],
      [2, 5, 0.5],
      [3, 0, 0],
      [4, 3, 0.3],
      [5, 0, 0],
    ]);
    // In the app's order of roles, the ones never engaged too.
    expect(view.byRole.map((r) => [r.role, r.accounts, r.share])).toEqual([
      ['decisionMaker', 9, 0.9],
      ['influencer', 6, 0.6],
      ['user', 0, 0],
      ['buyer', 0, 0],
      ['gatekeeper', 0, 0],
    ]);
    expect(view.meanRoles).toBeCloseTo((2 + 10 + 12) / 10, 10);
    expect(view.contactsJoined).toBe(7);
  });

  it('has no shares and no mean when no account was handed over', () => {
    const view = handoverView(accountsOf({ handedOver: { accounts: 0, byRolesEngaged: [], byRole: [], contactsJoined: 0 } }))!;
    expect(view.byRolesEngaged.every((r) => r.share === 0)).toBe(true);
    expect(view.meanRoles).toBeNull();
  });

  it('names a count of roles or a role the results should not have', () => {
    expect(() => handoverView(accountsOf({ handedOver: { accounts: 1, byRolesEngaged: [{ roles: 6, accounts: 1 }], byRole: [], contactsJoined: 0 } }))).toThrow('byRolesEngaged has 6 roles; a buying centre has 0 to 5');
    expect(() =>
      handoverView(accountsOf({ handedOver: { accounts: 1, byRolesEngaged: [], byRole: [{ role: 'champion' as never, accounts: 1 }], contactsJoined: 0 } })),
    ).toThrow('byRole names "champion", which is no buying role');
  });
});

describe('accounts in Compare', () => {
  const run = (accounts?: AccountResults) => ({ accounts }) as unknown as SimulationResults;

  it('has no rows when neither run has accounts', () => {
    expect(compareAccounts(run(), run())).toEqual([]);
  });

  it('sets the accounts at each stage from MQL on, the won and the handed-over accounts side by side', () => {
    const a = accountsOf();
    const b = accountsOf({
      accounts: 50,
      funnel: a.funnel.map((f) => ({ ...f, reached: f.reached + 5 })),
      won: { ...a.won, accounts: 6, meanContacts: 2.5 },
      handedOver: { accounts: 11, byRolesEngaged: [], byRole: [], contactsJoined: 4 },
    });
    const rows = compareAccounts(run(a), run(b));
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(rows.map((r) => r.key)).toEqual(['accounts', 'reached:mql', 'share:mql', 'reached:sal', 'share:sal', 'reached:sql', 'share:sql', 'reached:customer', 'share:customer', 'won', 'handedOver', 'contactsPerWon']);
    expect(byKey.get('reached:sql')).toMatchObject({ a: 8, b: 13, difference: 5, kind: 'count', stage: 'sql', higherIsBetter: true });
    expect(byKey.get('share:mql')).toMatchObject({ a: 0.5, b: 0.5, difference: 0 });
    expect(byKey.get('share:customer')!.b).toBeCloseTo(8 / 50, 10);
    expect(byKey.get('won')).toMatchObject({ a: 3, b: 6, difference: 3 });
    // A's hand-off went per contact: it has no accounts handed over, so no difference either.
    expect(byKey.get('handedOver')).toMatchObject({ a: null, b: 11, difference: null });
    expect(byKey.get('contactsPerWon')).toMatchObject({ a: 3, b: 2.5, difference: -0.5, higherIsBetter: null });
  });

  it('leaves the shares out when both runs had as many accounts: the counts say it', () => {
    const a = accountsOf();
    const rows = compareAccounts(run(a), run(accountsOf({ funnel: a.funnel.map((f) => ({ ...f, reached: f.reached + 1 })) })));
    expect(rows.map((r) => r.key)).toEqual(['accounts', 'reached:mql', 'reached:sal', 'reached:sql', 'reached:customer', 'won', 'handedOver', 'contactsPerWon']);
    expect(rows.find((r) => r.key === 'reached:customer')).toMatchObject({ a: 3, b: 4, difference: 1 });
  });

  it('gives a run without accounts no figures', () => {
    const rows = compareAccounts(run(), run(accountsOf()));
    expect(rows.find((r) => r.key === 'won')).toMatchObject({ a: null, b: 3, difference: null });
  });
});

const step = (t: number, event: string, stage = 'inquiry', nodeId = 'mail'): TimelineStep => ({ t, event, stage, nodeId, score: 0 });
const timeline = (prospectId: string, steps: TimelineStep[], extra: Partial<Timeline> = {}): Timeline => ({ index: 0, rank: 0, prospectId, name: prospectId.toUpperCase(), persona: 'researcher', outcome: 'ended', finalNodeId: null, steps, ...extra });
const HANDOFF = new Set(['handoff']);

describe('Replay by account', () => {
  const timelines: Timeline[] = [
    timeline('solo', [step(0, 'entered')]),
    timeline('b-user', [step(30, 'entered'), step(31, 'sent')], { account: 'birch', role: 'user' }),
    timeline('a-user', [step(10, 'entered'), step(12, 'sent'), step(20, 'open')], { account: 'acme', role: 'user' }),
    timeline('a-dm', [step(5, 'entered'), step(6, 'sent'), step(50, 'click', 'mql'), step(70, 'entered', 'mql', 'handoff'), step(80, 'sales:accepted', 'sal', 'handoff'), step(300, 'won', 'customer', 'handoff'), step(301, 'exit:converted', 'customer', 'handoff')], { account: 'acme', role: 'decisionMaker' }),
    timeline('a-none', [step(100, 'entered')], { account: 'acme' }),
    // Came in as an SQL but the audience kept it out: it moves its account nowhere.
    timeline('b-out', [step(2, 'notEligible', 'sql')], { account: 'birch', role: 'buyer', outcome: 'notEligible' }),
  ];

  it('finds accounts by key, company name or a contact’s name, case aside', () => {
    const accounts = replayAccounts(timelines.map((t) => (t.account === 'acme' ? { ...t, company: 'Acme Ltd' } : t)), HANDOFF);
    expect(findAccounts(accounts, '  ')).toHaveLength(2);
    expect(findAccounts(accounts, 'ACME LTD').map((a) => a.account)).toEqual(['acme']);
    expect(findAccounts(accounts, 'bir').map((a) => a.account)).toEqual(['birch']);
    expect(findAccounts(accounts, 'a-dm').map((a) => a.account)).toEqual(['acme']);
    expect(findAccounts(accounts, 'nobody')).toEqual([]);
  });

  it('knows whether the sample has accounts', () => {
    expect(timelinesHaveAccounts(timelines)).toBe(true);
    expect(timelinesHaveAccounts([timelines[0]!])).toBe(false);
  });

  it('groups the sampled contacts by account, furthest along first, each by buying role', () => {
    const accounts = replayAccounts(timelines, HANDOFF);
    expect(accounts.map((a) => [a.account, a.furthestStage, a.handedOver, a.contacts.map((c) => c.prospectId)])).toEqual([
      ['acme', 'customer', true, ['a-dm', 'a-user', 'a-none']],
      ['birch', 'inquiry', false, ['b-user', 'b-out']],
    ]);
  });

  it('tells the events a lane marks from those it leaves to the single replay', () => {
    expect(markKindOf('entered', 'handoff', HANDOFF)).toBe('handoff');
    expect(markKindOf('entered', 'mail', HANDOFF)).toBeNull();
    expect(markKindOf('sent', 'mail', HANDOFF)).toBe('email');
    expect(markKindOf('download', 'mail', HANDOFF)).toBe('reaction');
    expect(markKindOf('noReaction', 'mail', HANDOFF)).toBeNull();
    expect(markKindOf('queued:salesCapacity', 'handoff', HANDOFF)).toBe('sales');
    expect(markKindOf('sales:rejected:noBudget', 'handoff', HANDOFF)).toBe('sales');
    expect(markKindOf('qualified', 'handoff', HANDOFF)).toBe('sales');
    expect(markKindOf('won', 'handoff', HANDOFF)).toBe('won');
    expect(markKindOf('exit:converted', 'x', HANDOFF)).toBe('exit');
    expect(markKindOf('unsubscribed', 'x', HANDOFF)).toBe('exit');
    expect(markKindOf('yes', 'x', HANDOFF)).toBeNull();
  });

  it('lays an account’s contacts on one axis: stages as spans, events at their time, the account’s milestones', () => {
    const acme = replayAccounts(timelines, HANDOFF)[0]!;
    const view = accountLanes(acme, HANDOFF);
    // From the start of the first event's day to the last event.
    expect([view.start, view.end]).toEqual([0, 301]);
    const at = (t: number) => t / 301;
    const dm = view.lanes[0]!;
    expect(dm.timeline.prospectId).toBe('a-dm');
    expect(dm.stages).toEqual([
      { stage: 'inquiry', from: at(5), to: at(50) },
      { stage: 'mql', from: at(50), to: at(80) },
      { stage: 'sal', from: at(80), to: at(300) },
      { stage: 'customer', from: at(300), to: at(301) },
    ]);
    expect(dm.marks.map((m) => [m.kind, m.t, m.step])).toEqual([
      ['email', 6, 1],
      ['reaction', 50, 2],
      ['handoff', 70, 3],
      ['sales', 80, 4],
      ['won', 300, 5],
      ['exit', 301, 6],
    ]);
    // The same axis for every lane: the user's open at hour 20 sits at 20/301.
    expect(view.lanes[1]!.marks.find((m) => m.kind === 'reaction')!.at).toBeCloseTo(at(20), 10);
    // Reaching customer counts SQL too (sales went from SAL to customer without a step at SQL).
    expect(view.milestones.map((m) => [m.what, m.t, m.prospectId])).toEqual([
      ['mql', 50, 'a-dm'],
      ['handoff', 70, 'a-dm'],
      ['sal', 80, 'a-dm'],
      ['sql', 300, 'a-dm'],
      ['customer', 300, 'a-dm'],
    ]);
    // 13 days: a tick a week, at the start of days 1, 8.
    expect(view.ticks.map((t) => t.day)).toEqual([1, 8]);
    expect(view.ticks[1]!.at).toBeCloseTo(168 / 301, 10);
  });

  it('gives one event alone a day of room, and a long account ticks that stay few', () => {
    const one = accountLanes({ contacts: [timeline('x', [step(50, 'sent')], { account: 'x' })] }, HANDOFF);
    expect([one.start, one.end]).toEqual([48, 72]);
    // A day long: its start (the run's day 3) and its end, the start of day 4.
    expect(one.ticks).toEqual([
      { day: 3, at: 0 },
      { day: 4, at: 1 },
    ]);
    expect(one.lanes[0]!.marks[0]!.at).toBeCloseTo(2 / 24, 10);
    const long = accountLanes({ contacts: [timeline('y', [step(0, 'sent'), step(24 * 365, 'sent')], { account: 'y' })] }, HANDOFF);
    expect(long.ticks.length).toBeLessThanOrEqual(6);
    const birch = accountLanes(replayAccounts(timelines, HANDOFF)[1]!, HANDOFF);
    expect(birch.milestones).toEqual([]);
    expect(birch.lanes[1]!.marks.map((m) => m.kind)).toEqual(['exit']);
    const late = accountLanes({ contacts: [timeline('z', [step(24 * 5 + 3, 'sent'), step(24 * 40, 'sent')], { account: 'z' })] }, HANDOFF);
    // Day 6 first; day 8 would crowd it (2 of 35 days), so the next tick is day 15.
    expect(late.ticks.map((t) => t.day)).toEqual([6, 15, 22, 29, 36]);
    expect(long.ticks[0]).toEqual({ day: 1, at: 0 });
    expect(long.ticks[1]!.day - long.ticks[0]!.day).toBe(91);
  });

  it('names as "to sales" the contact that handed the account over, not one that joined or that sales could not take', () => {
    const account = {
      contacts: [
        timeline('early', [step(0, 'entered'), step(10, 'entered', 'mql', 'handoff'), step(10, 'sales:notFeasible', 'mql', 'handoff'), step(10, 'notFeasible', 'mql', 'handoff')], { account: 'oak' }),
        timeline('hander', [step(0, 'entered'), step(20, 'entered', 'mql', 'handoff'), step(20, 'queued:salesCapacity', 'mql', 'handoff'), step(30, 'sales:accepted', 'sal', 'handoff')], { account: 'oak' }),
        timeline('joiner', [step(0, 'entered'), step(25, 'entered', 'mql', 'handoff'), step(25, 'sales:joinedAccount', 'mql', 'handoff'), step(30, 'sales:accepted', 'sal', 'handoff')], { account: 'oak' }),
      ],
    };
    const view = accountLanes(account, HANDOFF);
    expect(view.milestones.find((m) => m.what === 'handoff')).toMatchObject({ t: 20, prospectId: 'hander' });
    // Every contact's own hand-off mark stays on its row.
    expect(view.lanes.map((l) => l.marks.filter((m) => m.kind === 'handoff').length)).toEqual([1, 1, 1]);
  });
});

describe('the run summary on accounts', () => {
  it('takes the accounts reaching MQL and SAL, those handed over (none per contact) and those won', () => {
    const accounts = accountsOf();
    const summary = accountSummary(accounts);
    expect(summary).toMatchObject({ accounts: accounts.accounts, mql: accounts.funnel[1]!.reached, sal: accounts.funnel[2]!.reached, won: accounts.won.accounts });
    expect(summary.handed).toBe(accounts.handedOver?.accounts ?? null);
    expect(accountSummary({ ...accounts, handedOver: null }).handed).toBeNull();
  });
});
