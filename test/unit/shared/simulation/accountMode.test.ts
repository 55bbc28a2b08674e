// Buying centres in the engine (shared/simulation/README.md §12): the account rules, the
// account-level hand-off, colleagues' influence, the rounds, and an analytic check.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountBehaviour } from '../../../../shared/accounts/schema';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { OUTCOMES } from '../../../../shared/simulation/aggregate';
import { prospectsFromCsv } from '../../../../shared/simulation/csv';
import type { Prospect } from '../../../../shared/simulation/model';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { ChunkRunner, coordinate, type RunnerHandle, type SimulationInput, simulateInProcess } from '../../../../shared/simulation/simulate';
import { defaultPersonas, exactPersona, inputOf, journeyOf, prospect, sampleJourney } from '../../../support/simulation';

const ACCOUNTS_ON = { enabled: true, score: { rule: 'sum', topN: 3 }, engagedAtLeast: 5, handoff: 'account' };
const NO_INFLUENCE = AccountBehaviour.parse({ influence: { openBoost: 1 } });
const node = (r: SimulationResults, id: string) => r.nodes.find((n) => n.id === id)!;
const timeline = (r: SimulationResults, id: string) => r.timelines.find((t) => t.prospectId === id)!;

/** Entry, one email, a wait, then a condition: yes → MQL and a hand-off; no → exit. */
function conditionJourney(rule: object, extra: Record<string, unknown> = {}): JourneyDocument {
  return journeyOf(
    [
      { id: 'entry', type: 'entry' },
      { id: 'email', type: 'sendEmail', params: { templateId: 't' } },
      { id: 'wait', type: 'wait', params: { mode: 'duration', amount: 5, unit: 'days' } },
      { id: 'check', type: 'condition', params: { rule }, outputs: { yes: 'mql', no: 'not_yet' } },
      { id: 'mql', type: 'setStage', params: { stage: 'mql' } },
      { id: 'handoff', type: 'handoff', params: { branchOnAnswer: false }, outputs: { next: 'done' } },
      { id: 'done', type: 'exit' },
      { id: 'not_yet', type: 'exit', params: { reason: 'ended' } },
    ],
    { accounts: ACCOUNTS_ON, scoring: { decay: { percentPerWeek: 0 } }, ...extra },
  );
}

/** Two scripted contacts of one account: `opens` says who opens (1 h after the send). */
function pair(opens: [boolean, boolean], roles: [string, string] = ['decision_maker', 'user'], entered: [number, number] = [0, 24]): Prospect[] {
  return (['a', 'b'] as const).map((id, k) =>
    prospect(id, { account: 'acme', attributes: { role: roles[k]! }, enteredAfterHours: entered[k]!, script: { emails: { email: { open: opens[k] ? 1 : null } } } }),
  );
}

const run = (journey: JourneyDocument, prospects: Prospect[], accounts = NO_INFLUENCE, options = {}) =>
  simulateInProcess({ ...inputOf(journey, prospects, [exactPersona()], { horizonDays: 30, ...options }), accounts });

describe('account conditions', () => {
  it('see the colleagues: two roles are engaged only when both contacts opened', async () => {
    for (const [opens, passed] of [
      [[true, true], 2],
      [[true, false], 0],
      [[false, true], 0],
    ] as const) {
      const { results: r } = await run(conditionJourney({ kind: 'rolesEngaged', atLeast: 2 }), pair([...opens]));
      expect(node(r, 'check').exits.yes, String(opens)).toBe(passed);
    }
  });

  it('look only at the past: a colleague who opens after the check does not count yet', async () => {
    // b enters 10 days after a: a's check (day 5) comes before b's open (day 10).
    const { results: r } = await run(conditionJourney({ kind: 'rolesEngaged', atLeast: 2 }), pair([true, true], undefined, [0, 240]));
    expect(timeline(r, 'a').steps.find((s) => s.nodeId === 'check' && s.event !== 'entered')!.event).toBe('no');
    expect(timeline(r, 'b').steps.find((s) => s.nodeId === 'check' && s.event !== 'entered')!.event).toBe('yes');
  });

  it('score the account by the chosen rule: sum, highest, or the best N', async () => {
    // Three contacts: two open (5 points each), one does not (−10 after 7 days, later than the check).
    const three = [...pair([true, true]), prospect('c', { account: 'acme', enteredAfterHours: 0, script: { emails: { email: { open: 1 } } } })];
    const check = async (rule: string, topN: number, atLeast: number) => {
      const journey = conditionJourney({ kind: 'accountScore', atLeast }, { accounts: { ...ACCOUNTS_ON, score: { rule, topN } } });
      return node((await run(journey, three)).results, 'check').exits.yes;
    };
    expect(await check('sum', 3, 15)).toBe(3);
    expect(await check('sum', 3, 15.01)).toBe(0);
    expect(await check('max', 3, 5)).toBe(3);
    expect(await check('max', 3, 6)).toBe(0);
    expect(await check('topN', 2, 10)).toBe(3);
    expect(await check('topN', 2, 11)).toBe(0);
  });

  it('name a role: the decision maker engaged', async () => {
    const journey = conditionJourney({ kind: 'roleEngaged', role: 'decisionMaker' });
    expect(node((await run(journey, pair([false, true]))).results, 'check').exits.yes).toBe(0);
    expect(node((await run(journey, pair([true, false]))).results, 'check').exits.yes).toBe(2);
    // A job title in `role` is no buying role.
    expect(node((await run(journey, pair([true, true], ['Head of Marketing', 'user']))).results, 'check').exits.yes).toBe(0);
  });

  it('judge the account fit by the company attributes only', async () => {
    const fit = { fit: { rules: [{ attribute: 'industry', operator: 'equals', value: 'Software', points: 40 }, { attribute: 'seniority', operator: 'equals', value: 'executive', points: 40 }], thresholds: { A: 70, B: 40, C: 20 } } };
    const journey = conditionJourney({ kind: 'accountFit', atLeast: 'A' }, { scoring: { decay: { percentPerWeek: 0 }, ...fit } });
    const people = pair([true, true]).map((p) => ({ ...p, attributes: { ...p.attributes, industry: 'Software', seniority: 'executive' } }));
    expect(node((await run(journey, people)).results, 'check').exits.yes).toBe(0); // 40 company points: B
    const b = conditionJourney({ kind: 'accountFit', atLeast: 'B' }, { scoring: { decay: { percentPerWeek: 0 }, ...fit } });
    expect(node((await run(b, people)).results, 'check').exits.yes).toBe(2);
  });
});

describe('the account-level hand-off', () => {
  it('hands the account over once: the second contact joins, takes no capacity, and the roles engaged are counted', async () => {
    const { results: r } = await run(conditionJourney({ kind: 'rolesEngaged', atLeast: 2 }), pair([true, true]));
    expect(node(r, 'handoff').entered).toBe(2);
    expect(r.handoffs.total).toBe(1);
    expect(r.accounts!.together).toBe(true);
    expect(r.accounts!.handedOver).toMatchObject({ accounts: 1, contactsJoined: 1 });
    expect(r.accounts!.handedOver!.byRolesEngaged[2]!.accounts).toBe(1);
    expect(r.accounts!.handedOver!.byRole.filter((b) => b.accounts === 1).map((b) => b.role)).toEqual(['decisionMaker', 'user']);
    expect(timeline(r, 'b').steps.some((s) => s.event === 'sales:joinedAccount')).toBe(true);
    // Both reach the stage the hand-off sets.
    expect(r.funnel.find((f) => f.stage === 'sal')!.reached).toBe(2);
  });

  it('hands the whole account to the rep: a colleague who never reaches a hand-off is SAL once sales accepts the account', async () => {
    const journey = (handoff: 'account' | 'contact') =>
      journeyOf(
        [
          { id: 'entry', type: 'entry' },
          { id: 'who', type: 'condition', params: { rule: { kind: 'attribute', rule: { attribute: 'role', operator: 'equals', value: 'decision_maker' } } }, outputs: { yes: 'handoff', no: 'nurture' } },
          { id: 'handoff', type: 'handoff', params: { branchOnAnswer: true }, outputs: { accepted: 'done' } },
          { id: 'done', type: 'exit', params: { reason: 'converted' } },
          { id: 'nurture', type: 'wait', params: { mode: 'duration', amount: 3, unit: 'days' } },
          { id: 'later', type: 'exit', params: { reason: 'ended' } },
        ],
        { accounts: { ...ACCOUNTS_ON, handoff }, sales: { enabled: true, acceptance: { byGrade: { D: { accept: 1, reject: 0 } } } } },
      );
    const people = [prospect('a', { account: 'acme', attributes: { role: 'decision_maker' } }), prospect('b', { account: 'acme', attributes: { role: 'user' } })];
    const { results: r } = await run(journey('account'), people);
    expect(node(r, 'handoff').entered).toBe(1);
    expect(r.funnel.find((f) => f.stage === 'sal')!.reached).toBe(2);
    const accepted = timeline(r, 'b').steps.find((s) => s.event === 'accountAccepted')!;
    expect(accepted.stage).toBe('sal');
    expect(accepted.t).toBe(timeline(r, 'a').steps.find((s) => s.event === 'sales:accepted')!.t);
    // Handed over contact by contact, the colleague stays where it was.
    const { results: alone } = await run(journey('contact'), people);
    expect(alone.funnel.find((f) => f.stage === 'sal')!.reached).toBe(1);
  });

  it('hands every contact over by itself with the hand-off level "contact"', async () => {
    const journey = conditionJourney({ kind: 'rolesEngaged', atLeast: 2 }, { accounts: { ...ACCOUNTS_ON, handoff: 'contact' } });
    const { results: r } = await run(journey, pair([true, true]));
    expect(r.handoffs.total).toBe(2);
    expect(r.accounts!.handedOver).toBeNull();
  });

  it('with sales simulated, judges the account once, by its fit: the deal is the account’s', async () => {
    const journey = conditionJourney({ kind: 'rolesEngaged', atLeast: 2 }, { sales: { enabled: true, acceptance: { byGrade: { D: { accept: 1, reject: 0 } } }, qualification: { toSql: { D: 1 } } } });
    const { results: r } = await run(journey, pair([true, true]), NO_INFLUENCE, { horizonDays: 365 });
    expect(r.sales!.handedOff).toBe(1);
    expect(r.sales!.answers.accepted).toBe(1);
    expect(r.sales!.opportunities.created).toBe(1);
    expect(r.funnel.find((f) => f.stage === 'sal')!.reached).toBe(2);
  });
});

describe("colleagues' influence", () => {
  it('lifts the open chance after a colleague’s download, for the persona file’s days only', async () => {
    // A downloads 0.3 h after its send (scripted); B's email, drawn with open chance 0.4, goes out 1 or 20 days later.
    const journey = conditionJourney({ kind: 'hasConsent' });
    const shareOpened = async (boost: number, bEntersAfterHours: number) => {
      const prospects: Prospect[] = [];
      for (let k = 0; k < 2000; k++) {
        prospects.push(prospect(`a${k}`, { account: `acc${k}`, script: { emails: { email: { open: 0.1, click: 0.2, download: 0.3 } } } }));
        prospects.push(prospect(`b${k}`, { account: `acc${k}`, enteredAfterHours: bEntersAfterHours }));
      }
      const input = { ...inputOf(journey, prospects, [exactPersona({ open: 0.4 })], { horizonDays: 40, timelineSample: 0 }), accounts: AccountBehaviour.parse({ influence: { openBoost: boost, days: 7 } }) };
      const { rows } = await simulateInProcess(input);
      let opened = 0;
      for (let k = 1; k < prospects.length; k += 2) if (rows.score[k]! > 0) opened++; // an open: +5; none: −10
      return opened / 2000;
    };
    // 0.6 with the boost, 0.4 without: 2000 draws give σ ≈ 0.011.
    expect(Math.abs((await shareOpened(1.5, 24)) - 0.6)).toBeLessThan(0.05);
    expect(Math.abs((await shareOpened(1.5, 20 * 24)) - 0.4)).toBeLessThan(0.05);
    expect(Math.abs((await shareOpened(1, 24)) - 0.4)).toBeLessThan(0.05);
  });
});

describe('an account run', () => {
  it('comes out the same for any split over runners, and the sample accounts run together', async () => {
    const set = defaultPersonas();
    const csv = prospectsFromCsv(fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8'), { personas: set.personas.map((p) => p.id) });
    const journey = { ...sampleJourney('whitepaper-follow-up.journey.json'), accounts: { ...ACCOUNTS_ON, score: { rule: 'topN' as const, topN: 3 }, engagedAtLeast: 30, handoff: 'account' as const } };
    // Shuffle the list so an account's contacts are far apart: the run keeps them together anyway.
    const prospects = [...csv.prospects].sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));
    const input: SimulationInput = { ...inputOf(journey, prospects, set.personas, { seed: 3, horizonDays: 180, timelineSample: 60 }), accounts: set.accounts };
    const whole = await simulateInProcess(input);
    for (const count of [2, 3]) {
      const runners = Array.from({ length: count }, (_, r): RunnerHandle => {
        const runner = new ChunkRunner(input);
        const later = () => new Promise((resolve) => setTimeout(resolve, (r * 3) % 5));
        return { runBlock: async (s, e) => (await later(), runner.runBlock(s, e)), rerun: async (w) => (await later(), runner.rerun(w)), collect: async () => runner.collect() };
      });
      const split = await coordinate(input, runners);
      expect(JSON.stringify(split.results)).toBe(JSON.stringify(whole.results));
      expect(Array.from(split.rows.stage)).toEqual(Array.from(whole.rows.stage));
    }
    const accounts = whole.results.accounts!;
    expect(accounts.together).toBe(true);
    // Every contact is counted once, whatever waited for the sales queue.
    expect(Object.values(whole.results.exits).reduce((a, b) => a + b, 0)).toBe(prospects.length);
    expect(accounts.handedOver!.accounts).toBeGreaterThan(0);
    // Rows are in list order: a contact's row is its own (its outcome is its timeline's).
    expect(whole.results.timelines.length).toBeGreaterThan(20);
    for (const t of whole.results.timelines) expect(OUTCOMES[whole.rows.outcome[t.index]!]).toBe(t.outcome);
    // A sampled contact of an account names its company (the file's company column).
    const byId = new Map(csv.prospects.map((p) => [p.id, p]));
    const named = whole.results.timelines.filter((t) => t.account !== undefined);
    expect(named.length).toBeGreaterThan(10);
    for (const t of named) expect(t.company).toBe(byId.get(t.prospectId)!.attributes.company);
    expect(whole.results.timelines.filter((t) => t.account === undefined).every((t) => t.company === undefined)).toBe(true);
    // Sampled timelines come in whole accounts.
    const byAccount = new Map<string, number>();
    for (const t of whole.results.timelines) if (t.account) byAccount.set(t.account, (byAccount.get(t.account) ?? 0) + 1);
    const sizes = new Map<string, number>();
    for (const p of prospects) if (p.account) sizes.set(p.account, (sizes.get(p.account) ?? 0) + 1);
    const whole_ = [...byAccount].filter(([key, n]) => n === sizes.get(key)).length;
    expect(whole_).toBeGreaterThanOrEqual(byAccount.size - 1); // the last one may be cut by the sample's size
    expect([...byAccount].every(([key, n]) => n <= sizes.get(key)!)).toBe(true);
  });
});

describe('buying centres, by hand (README §12)', () => {
  // Accounts of two: A (decision maker) enters at 0 h, B (user) at 48 h. Each gets one email;
  // open chance 0.4, a click after every open, a download after half the clicks, all at once
  // (delays exact: 1 h, 0.1 h, 0.1 h). A's download (at 1.2 h) lifts B's open chance to 0.6
  // for 7 days, so B's email at 48 h is boosted exactly when A downloaded:
  //   P(A downloads) = 0.4 × 0.5 = 0.2,  P(B opens) = 0.2 × 0.6 + 0.8 × 0.4 = 0.44,
  //   P(both open) = 0.4 × (0.5 × 0.6 + 0.5 × 0.4) = 0.2.
  // Five days after its email each contact checks its account; an open makes it engaged (5 points).
  const N = 50_000;
  const persona = exactPersona({ open: 0.4, clickGivenOpen: 1, downloadGivenClick: 0.5, delays: { openMedianHours: 1, clickMedianHours: 0.1, downloadMedianHours: 0.1, spread: 0 } });
  const contacts: Prospect[] = [];
  for (let k = 0; k < N; k++) {
    contacts.push(prospect(`a${k}`, { account: `acc${k}`, attributes: { role: 'decision_maker' } }));
    contacts.push(prospect(`b${k}`, { account: `acc${k}`, attributes: { role: 'user' }, enteredAfterHours: 48 }));
  }
  const influence = AccountBehaviour.parse({ influence: { openBoost: 1.5, days: 7 } });
  const within4σ = (count: number, expected: number, σ: number) => expect(Math.abs(count - expected), `${count} vs ${expected} ± ${σ.toFixed(1)}`).toBeLessThanOrEqual(4 * σ);

  it('two roles engaged: both contacts pass together in 20 % of accounts, handed over once, the colleague joining', async () => {
    const { results: r, rows } = await simulateInProcess({ ...inputOf(conditionJourney({ kind: 'rolesEngaged', atLeast: 2 }), contacts, [persona], { horizonDays: 30, timelineSample: 0, seed: 11 }), accounts: influence });
    const p = 0.2;
    const σAccounts = Math.sqrt(N * p * (1 - p));
    within4σ(node(r, 'check').exits.yes!, 2 * N * p, 2 * σAccounts); // 0 or 2 contacts per account
    within4σ(r.accounts!.funnel.find((f) => f.stage === 'mql')!.reached, N * p, σAccounts);
    expect(r.accounts!.handedOver!.accounts).toBe(node(r, 'check').exits.yes! / 2);
    expect(r.accounts!.handedOver!.contactsJoined).toBe(r.accounts!.handedOver!.accounts);
    expect(r.accounts!.handedOver!.byRolesEngaged[2]!.accounts).toBe(r.accounts!.handedOver!.accounts);
    expect(r.handoffs.total).toBe(r.accounts!.handedOver!.accounts);
    // The opens themselves: A 0.4, B 0.44 (boosted after A's download).
    let aOpened = 0;
    let bOpened = 0;
    for (let k = 0; k < 2 * N; k += 2) {
      if (rows.score[k]! > 0) aOpened++;
      if (rows.score[k + 1]! > 0) bOpened++;
    }
    within4σ(aOpened, N * 0.4, Math.sqrt(N * 0.4 * 0.6));
    within4σ(bOpened, N * 0.44, Math.sqrt(N * 0.44 * 0.56));
  });

  it('the highest score ≥ 35 (a download): in 36 % of accounts, for both contacts', async () => {
    // P(neither downloads) = P(A does not) × P(B does not | A did not) = 0.8 × (1 − 0.4 × 0.5) = 0.64.
    const journey = conditionJourney({ kind: 'accountScore', atLeast: 35 }, { accounts: { ...ACCOUNTS_ON, score: { rule: 'max', topN: 3 } } });
    const { results: r } = await simulateInProcess({ ...inputOf(journey, contacts, [persona], { horizonDays: 30, timelineSample: 0, seed: 12 }), accounts: influence });
    const p = 0.36;
    within4σ(node(r, 'check').exits.yes!, 2 * N * p, 2 * Math.sqrt(N * p * (1 - p)));
    within4σ(r.accounts!.handedOver!.accounts, N * p, Math.sqrt(N * p * (1 - p)));
  });
});

describe('what a contact sees of its account at one moment (README §12.5)', () => {
  /** Entry, then steps at the same instant (t = 0 for a and b). */
  const instant = (steps: Parameters<typeof journeyOf>[0], accounts = ACCOUNTS_ON) => journeyOf(steps, { accounts, scoring: { decay: { percentPerWeek: 0 } } });
  const both = () => [prospect('a', { account: 'acme', attributes: { role: 'decision_maker' } }), prospect('b', { account: 'acme', attributes: { role: 'user' } })];

  it('sees the colleagues earlier in the account at that moment, not the later ones', async () => {
    const journey = instant([
      { id: 'entry', type: 'entry' },
      { id: 'points', type: 'adjustScore', params: { points: 20 } },
      { id: 'check', type: 'condition', params: { rule: { kind: 'accountScore', atLeast: 30 } }, outputs: { yes: 'hot', no: 'cold' } },
      { id: 'hot', type: 'exit', params: { reason: 'converted' } },
      { id: 'cold', type: 'exit', params: { reason: 'ended' } },
    ]);
    const { results: r } = await run(journey, both());
    // a (first) sees 20, its own; b sees 20 + a's 20.
    expect(timeline(r, 'a').outcome).toBe('ended');
    expect(timeline(r, 'b').outcome).toBe('converted');
  });

  it('does not see its own score change that comes after it looked, so its account settles at once', async () => {
    const journey = instant([
      { id: 'entry', type: 'entry' },
      { id: 'check', type: 'condition', params: { rule: { kind: 'accountScore', atLeast: 10 } }, outputs: { yes: 'hot', no: 'points' } },
      { id: 'points', type: 'adjustScore', params: { points: 20 } },
      { id: 'cold', type: 'exit', params: { reason: 'ended' } },
      { id: 'hot', type: 'exit', params: { reason: 'converted' } },
    ]);
    const input = { ...inputOf(journey, both(), [exactPersona()], { horizonDays: 30 }), accounts: NO_INFLUENCE };
    const runner = new ChunkRunner(input);
    let runs = 0;
    const engine = runner.engine as unknown as { run: (...args: unknown[]) => void };
    const run_ = engine.run.bind(engine);
    engine.run = (...args: unknown[]) => {
      runs++;
      run_(...args);
    };
    const { results: r } = await coordinate(input, [{ runBlock: async (s, e) => runner.runBlock(s, e), rerun: async (w) => runner.rerun(w), collect: async () => runner.collect() }]);
    expect(r.exits.ended).toBe(1); // a saw nothing, then added 20
    expect(r.exits.converted).toBe(1); // b saw a's 20
    expect(runs).toBeLessThanOrEqual(3);
  });

  it('treats a prospect without an account as its account alone: judged by the same fit as one with an account of one', async () => {
    const fit = { rules: [{ attribute: 'industry', operator: 'equals', value: 'Software', points: 80 }], thresholds: { A: 70, B: 40, C: 20 } };
    const journey = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'handoff', type: 'handoff', params: { branchOnAnswer: true }, outputs: { accepted: 'won', rejected: 'lost' } },
        { id: 'won', type: 'exit', params: { reason: 'converted' } },
        { id: 'lost', type: 'exit', params: { reason: 'ended' } },
      ],
      { accounts: ACCOUNTS_ON, scoring: { fit }, sales: { enabled: true, acceptance: { byGrade: { A: { accept: 1, reject: 0 }, D: { accept: 0, reject: 1 } }, engagedBonus: 0 }, recycling: { enabled: false } } },
    );
    const people = [prospect('solo', { account: 'solo-gmbh', attributes: { industry: 'Software' } }), prospect('alone', { attributes: { industry: 'Software' } })];
    const { results: r } = await run(journey, people);
    expect(timeline(r, 'solo').outcome).toBe('converted');
    expect(timeline(r, 'alone').outcome).toBe('converted');
    // Only the one with an account counts among the accounts handed over.
    expect(r.accounts!.handedOver!.accounts).toBe(1);
  });

  it('takes a colleague along when sales has the account, even one that fails the feasibility rules on its own', async () => {
    const journey = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'handoff', type: 'handoff', params: { branchOnAnswer: true }, outputs: { accepted: 'won', notFeasible: 'out' } },
        { id: 'won', type: 'exit', params: { reason: 'converted' } },
        { id: 'out', type: 'exit', params: { reason: 'ended' } },
      ],
      { accounts: ACCOUNTS_ON, sales: { enabled: true, acceptance: { byGrade: { D: { accept: 1, reject: 0 } } }, feasibility: { rules: [{ attribute: 'country', operator: 'equals', value: 'DE' }] } } },
    );
    const people = [prospect('a', { account: 'acme', attributes: { country: 'DE' } }), prospect('b', { account: 'acme', attributes: { country: 'FR' }, enteredAfterHours: 200 })];
    const { results: r } = await run(journey, people);
    expect(timeline(r, 'a').outcome).toBe('converted');
    expect(timeline(r, 'b').outcome).toBe('converted');
    expect(r.accounts!.handedOver!.contactsJoined).toBe(1);
    // Alone, b is not feasible.
    const { results: alone } = await run(journey, [people[1]!]);
    expect(timeline(alone, 'b').outcome).toBe('ended');
  });
});
