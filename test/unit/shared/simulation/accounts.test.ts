import crypto from 'node:crypto';
import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountNumbersOf } from '../../../../shared/simulation/accountLayout';
import { ACCOUNT_ATTRIBUTES, accountResults, accountView } from '../../../../shared/simulation/accounts';
import { OUTCOME, ProspectRows } from '../../../../shared/simulation/aggregate';
import { guessMapping, prospectSetNameOf, prospectsFromCsv, prospectsToCsv } from '../../../../shared/simulation/csv';
import { DEAL } from '../../../../shared/simulation/salesDesk';
import { ChunkRunner, coordinate, type RunnerHandle, simulateInProcess } from '../../../../shared/simulation/simulate';
import type { Prospect } from '../../../../shared/simulation/model';
import { defaultPersonas, exactPersona, inputOf, journeyOf, prospect, sampleJourney } from '../../../support/simulation';

const personas = ['decision_maker', 'researcher', 'tire_kicker', 'student'];
const read = (csv: string) => prospectsFromCsv(csv, { personas });

describe('accounts in prospect CSV files', () => {
  it('guesses the account column from names that say so; a plain company column stays an attribute', () => {
    expect(guessMapping(['id', 'Account_ID', 'company']).account).toBe('Account_ID');
    expect(guessMapping(['account']).account).toBe('account');
    expect(guessMapping(['company_id']).account).toBe('company_id');
    expect(guessMapping(['company', 'firma']).account).toBeUndefined();
    // Asked for, a company column is the account.
    const result = prospectsFromCsv('id,persona,company\na1,researcher,acme\na2,student,acme\n', { personas, mapping: { account: 'company' } });
    expect(result.prospects.map((p) => [p.id, p.account, p.attributes])).toEqual([
      ['a1', 'acme', {}],
      ['a2', 'acme', {}],
    ]);
  });

  it('reads a file without an account column exactly as before accounts (the shipped 500-prospect sample)', () => {
    const result = read(fs.readFileSync('assets/prospects/sample-500.csv', 'utf8'));
    // SHA-256 of JSON.stringify(prospectsFromCsv(…)) for this file on main before accounts (ac618de).
    expect(crypto.createHash('sha256').update(JSON.stringify(result)).digest('hex')).toBe('05f5c9292501e6678f4db613d5eaa2fc8b47df97338d5f8da5b54f2f07852c48');
    expect(result.errors).toEqual([]);
    expect(result.mapping.account).toBeUndefined();
    expect(result.prospects.some((p) => 'account' in p)).toBe(false);
    expect(result.prospects[0]!.attributes.company).toBe('Cobalt Industries');
  });

  it('names a prospect set after its file', () => {
    expect(prospectSetNameOf('Trade fair 2026.csv')).toBe('Trade fair 2026');
    expect(prospectSetNameOf('  leads.v2.CSV ')).toBe('leads.v2');
    expect(prospectSetNameOf('.csv')).toBe('Imported prospects');
    expect(prospectSetNameOf(`${'x'.repeat(300)}.csv`)).toHaveLength(200);
  });

  it('takes at most 1,000 contacts into one account: the rest are imported alone, each reported with its line', () => {
    const rows = Array.from({ length: 1003 }, (_, i) => `c${i},researcher,huge,Software`);
    const result = read(['id,persona,account,industry', ...rows].join('\n'));
    expect(result.prospects).toHaveLength(1003);
    expect(result.prospects.filter((p) => p.account === 'huge')).toHaveLength(1000);
    expect(result.errors).toEqual([1002, 1003, 1004].map((line) => ({ line, column: 'account', message: 'Account "huge" has 1,000 contacts already, the most one account may have; this contact is imported without an account.' })));
  });

  it('keeps account attributes the same for every contact, and reports each row that disagrees with its account', () => {
    const csv = [
      'id,persona,account,companySize,industry,country,region,revenue,role',
      'c1,decision_maker,acme,50,Software,DE,,,decision_maker',
      'c2,researcher,acme,500,Software,de,DACH,,user',
      'c3,researcher,birch,,,,,,influencer',
      'c4,tire_kicker,birch,80,Retail,,,1200000,buyer',
      'c5,researcher,acme,,,,,,gatekeeper',
      'c6,student,,10,Education,GB,,,',
      'c7,researcher,acme,50,Retail,DE,EMEA,,user',
    ].join('\n');
    const result = read(csv);
    expect(result.errors).toEqual([
      { line: 3, column: 'companySize', message: 'Account "acme": companySize is 500 here but 50 in line 2; this contact takes 50.' },
      { line: 3, column: 'country', message: 'Account "acme": country is "de" here but "DE" in line 2; this contact takes "DE".' },
      { line: 8, column: 'industry', message: 'Account "acme": industry is "Retail" here but "Software" in line 2; this contact takes "Software".' },
      { line: 8, column: 'region', message: 'Account "acme": region is "EMEA" here but "DACH" in line 3; this contact takes "DACH".' },
    ]);
    const byId = new Map(result.prospects.map((p) => [p.id, p]));
    expect(result.prospects).toHaveLength(7);
    const acme = { companySize: 50, industry: 'Software', country: 'DE', region: 'DACH' };
    // c1 left region empty and takes it from c2; c5 takes all of them; c2 and c7 keep the account's.
    for (const id of ['c1', 'c2', 'c5', 'c7']) expect(byId.get(id)!.attributes, id).toMatchObject(acme);
    expect(byId.get('c1')!.attributes.role).toBe('decision_maker');
    expect(byId.get('c7')!.attributes.role).toBe('user');
    // birch: c3 had nothing, c4 named it all.
    expect(byId.get('c3')!.attributes).toEqual({ companySize: 80, industry: 'Retail', revenue: 1200000, role: 'influencer' });
    // An empty account cell: the prospect is alone, its data its own.
    expect(byId.get('c6')).not.toHaveProperty('account');
    expect(byId.get('c6')!.attributes).toEqual({ companySize: 10, industry: 'Education', country: 'GB' });
  });

  it('reads hostile cells: a byte-order mark, quotes, commas, a line break in a cell and CRLF; an unusable account key is reported with its row', () => {
    const csv =
      '\uFEFFid,name,persona,account,industry,note\r\n' +
      'h1,"Müller, ""Ada""",researcher,acme.example,"Software, SaaS",\r\n' +
      'h2,Bo,researcher," acme.example ","Software, SaaS",\r\n' +
      'h3,Cy,researcher,"Acme, Inc.",Retail,\r\n' +
      'h4,Di,researcher,"acme""x",Retail,\r\n' +
      'h5,Ed,researcher,=HYPERLINK(1),Retail,\r\n' +
      `h6,Fa,researcher,${'a'.repeat(121)},Retail,\r\n` +
      'h7,Gu,researcher,"",Retail,\r\n' +
      'h8,Ha,researcher,acme.example,"Software,SaaS","one\r\ntwo"\r\n';
    const result = read(csv);
    expect(result.mapping.account).toBe('account'); // the BOM is not part of the first column's name
    expect(result.prospects.map((p) => [p.id, p.account ?? null, p.attributes.industry])).toEqual([
      ['h1', 'acme.example', 'Software, SaaS'],
      ['h2', 'acme.example', 'Software, SaaS'], // spaces around a cell are trimmed
      ['h7', null, 'Retail'],
      ['h8', 'acme.example', 'Software, SaaS'],
    ]);
    expect(result.prospects[0]!.name).toBe('Müller, "Ada"');
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [4, 'account'],
      [5, 'account'],
      [6, 'account'],
      [7, 'account'],
      [9, 'industry'],
    ]);
    expect(result.errors[0]!.message).toBe('"Acme, Inc." is not a usable account key: it must start with a letter or digit and contain only letters, digits, "_", "." and "-".');
    expect(result.errors[3]!.message).toBe(`"${'a'.repeat(121)}" is not a usable account key: it must be at most 120 characters.`);
    expect(result.errors[4]!.message).toBe('Account "acme.example": industry is "Software,SaaS" here but "Software, SaaS" in line 2; this contact takes "Software, SaaS".');
  });

  it('imports the sample with accounts without a problem: 80 accounts of 1–6 contacts with one set of company data each', () => {
    const result = read(fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.mapping.account).toBe('account');
    const inAccounts = result.prospects.filter((p) => p.account !== undefined);
    const accounts = new Map<string, Prospect[]>();
    for (const p of inAccounts) accounts.set(p.account!, [...(accounts.get(p.account!) ?? []), p]);
    expect(accounts.size).toBe(80);
    expect(result.prospects.length).toBeGreaterThan(250);
    expect(result.prospects.length - inAccounts.length).toBeGreaterThan(0);
    for (const [key, contacts] of accounts) {
      expect(contacts.length, key).toBeGreaterThanOrEqual(1);
      expect(contacts.length, key).toBeLessThanOrEqual(6);
      for (const attribute of [...ACCOUNT_ATTRIBUTES, 'company']) expect(new Set(contacts.map((p) => p.attributes[attribute])).size, `${key} ${attribute}`).toBe(1);
      for (const attribute of ACCOUNT_ATTRIBUTES) expect(contacts[0]!.attributes[attribute], `${key} ${attribute}`).toBeDefined();
    }
    expect(new Set(inAccounts.map((p) => p.attributes.role))).toEqual(new Set(['decision_maker', 'influencer', 'user', 'buyer', 'gatekeeper']));
    expect([...accounts.values()].filter((c) => c.some((p) => p.attributes.role === 'decision_maker')).length).toBeGreaterThan(60);
    expect(new Set(result.prospects.map((p) => p.persona))).toEqual(new Set(personas));
  });

  it('writes the account column only when there are accounts, and reads it back', () => {
    const { prospects } = read('id,persona,account,industry\na1,researcher,acme,Retail\na2,researcher,,Software\n');
    const csv = prospectsToCsv(prospects, ['industry']);
    expect(Papa.parse<string[]>(csv.trim()).data.map((r) => r.slice(0, 2))).toEqual([
      ['id', 'account'],
      ['a1', 'acme'],
      ['a2', ''],
    ]);
    expect(read(csv).prospects).toEqual(prospects);
    expect(prospectsToCsv([prospects[1]!], ['industry']).split('\n')[0]).not.toMatch(/account/);
  });
});

/** Rows as the engine leaves them: [outcome, final stage (0 inquiry … 4 customer), deal]. */
function rowsOf(rows: [number, number, number][]) {
  const r = new ProspectRows(0, rows.length);
  rows.forEach(([outcome, stage, deal], i) => {
    r.set(i, outcome, stage, 0, 0, 0);
    r.deal[i] = deal;
  });
  return r;
}
const withAccount = (account?: string): Pick<Prospect, 'account'> => (account === undefined ? {} : { account });

describe('the account figures of a run', () => {
  it('counts accounts by their furthest admitted contact, their contacts, and the contacts of won accounts', () => {
    const { converted, ended, notEligible, waiting } = OUTCOME;
    const prospects = ['a', 'a', 'a', 'b', 'b', undefined, 'c', 'd', 'a', undefined].map(withAccount);
    const rows = rowsOf([
      [ended, 1, DEAL.none], // a: mql
      [converted, 4, DEAL.won], // a: customer, won
      [waiting, 0, DEAL.none],
      [ended, 2, DEAL.lost], // b: sal
      [notEligible, 3, DEAL.none], // b: would be sql, but the audience did not admit it
      [converted, 4, DEAL.won], // alone: a contact figure only
      [notEligible, 1, DEAL.none], // c: nothing admitted
      [ended, 0, DEAL.won], // d: won (a deal is counted whatever the stage says)
      [ended, 0, DEAL.open],
      [ended, 0, DEAL.none],
    ]);
    const result = accountResults(accountNumbersOf(prospects), rows)!;
    expect(result).toEqual({
      accounts: 4,
      contacts: 8,
      contactsWithoutAccount: 2,
      funnel: [
        { stage: 'inquiry', reached: 3, conversionFromPrevious: null },
        { stage: 'mql', reached: 2, conversionFromPrevious: 0.6667 },
        { stage: 'sal', reached: 2, conversionFromPrevious: 1 },
        { stage: 'sql', reached: 1, conversionFromPrevious: 0.5 },
        { stage: 'customer', reached: 1, conversionFromPrevious: 1 },
      ],
      contactsPerAccount: [
        { contacts: '1', accounts: 2 },
        { contacts: '2', accounts: 1 },
        { contacts: '3', accounts: 0 },
        { contacts: '4', accounts: 1 },
      ],
      meanContacts: 2,
      won: { accounts: 2, contacts: 5, contactsPerAccount: [{ contacts: '1', accounts: 1 }, { contacts: '2', accounts: 0 }, { contacts: '3', accounts: 0 }, { contacts: '4', accounts: 1 }], meanContacts: 2.5 },
      together: false,
      handedOver: null,
    });
  });

  it('is absent without accounts, reads the rows of a range by prospect index, and puts 20 contacts and more in one bucket', () => {
    expect(accountResults(accountNumbersOf([{}, {}]), rowsOf([[0, 0, 0], [0, 0, 0]]))).toBeNull();
    // Rows that start at prospect 2 (a runner's share): prospect 2 and 3 are theirs.
    const partial = new ProspectRows(2, 2);
    partial.set(2, OUTCOME.ended, 3, 0, 0, 0);
    partial.set(3, OUTCOME.ended, 1, 0, 0, 0);
    const shares = accountResults(accountNumbersOf([withAccount('x'), withAccount('x'), withAccount('y'), withAccount()]), partial)!;
    expect(shares).toMatchObject({ accounts: 1, contacts: 1, contactsWithoutAccount: 1 });
    expect(shares.funnel.map((f) => f.reached)).toEqual([1, 1, 1, 1, 0]);
    const big = [...Array(25).fill('big'), ...Array(20).fill('twenty'), 'one'].map(withAccount);
    const many = accountResults(accountNumbersOf(big), rowsOf(big.map(() => [OUTCOME.ended, 0, DEAL.none])))!;
    expect(many.contactsPerAccount).toHaveLength(20);
    expect(many.contactsPerAccount[0]).toEqual({ contacts: '1', accounts: 1 });
    expect(many.contactsPerAccount[19]).toEqual({ contacts: '20+', accounts: 2 });
    expect(many.won).toEqual({ accounts: 0, contacts: 0, contactsPerAccount: [], meanContacts: null });
  });
});

describe('the Accounts card', () => {
  it('sets the account funnel beside the contact funnel, and the contacts per account as shares', () => {
    const prospects = ['a', 'a', 'b', 'c', 'c', 'c'].map(withAccount);
    const { converted, ended } = OUTCOME;
    const accounts = accountResults(accountNumbersOf(prospects), rowsOf([[converted, 4, DEAL.won], [ended, 1, DEAL.none], [ended, 0, DEAL.none], [ended, 1, DEAL.none], [ended, 1, DEAL.none], [ended, 0, DEAL.none]]))!;
    const contactFunnel = [
      { stage: 'inquiry' as const, reached: 6 },
      { stage: 'mql' as const, reached: 4 },
      { stage: 'sal' as const, reached: 1 },
      { stage: 'sql' as const, reached: 1 },
      { stage: 'customer' as const, reached: 1 },
    ];
    const view = accountView(accounts, contactFunnel);
    expect(view.stages.map((r) => [r.stage, r.contacts, r.accounts, Math.round(r.shareOfAccounts * 100)])).toEqual([
      ['inquiry', 6, 3, 100],
      ['mql', 4, 2, 67],
      ['sal', 1, 1, 33],
      ['sql', 1, 1, 33],
      ['customer', 1, 1, 33],
    ]);
    expect(view.perAccount.map((b) => [b.contacts, b.accounts, Math.round(b.share * 100)])).toEqual([
      ['1', 1, 33],
      ['2', 1, 33],
      ['3', 1, 33],
    ]);
    expect(view.perWonAccount.map((b) => [b.contacts, b.accounts, b.share])).toEqual([
      ['1', 0, 0],
      ['2', 1, 1],
    ]);
  });
});

describe('accounts in a run', () => {
  it('follow by hand for a journey whose every path is known: gold contacts are handed off and always won', async () => {
    const journey = journeyOf(
      [
        { id: 'entry', type: 'entry' },
        { id: 'gold', type: 'condition', params: { rule: { kind: 'attribute', rule: { attribute: 'tier', operator: 'equals', value: 'gold' } } }, outputs: { yes: 'handoff', no: 'plain' } },
        { id: 'handoff', type: 'handoff', params: { stage: 'mql' } },
        { id: 'done', type: 'exit', params: { reason: 'converted' } },
        { id: 'plain', type: 'exit' },
      ],
      {
        sales: {
          enabled: true,
          acceptance: { byGrade: { A: { accept: 1, reject: 0 }, B: { accept: 1, reject: 0 }, C: { accept: 1, reject: 0 }, D: { accept: 1, reject: 0 } } },
          qualification: { A: { chance: 1, days: 2 }, B: { chance: 1, days: 2 }, C: { chance: 1, days: 2 }, D: { chance: 1, days: 2 } },
          opportunity: { winChance: { A: 1, B: 1, C: 1, D: 1 }, cycleMedianDays: 5, cycleSpreadDays: 0 },
        },
      },
    );
    const gold = { attributes: { tier: 'gold' } };
    const prospects = [
      prospect('c1', { account: 'acme', ...gold }),
      prospect('c2', { account: 'acme' }),
      prospect('b1', { account: 'birch' }),
      prospect('b2', { account: 'birch' }),
      // Already an MQL, but without consent: not admitted, so it lifts its account nowhere.
      prospect('b3', { account: 'birch', consent: false, stage: 'mql', ...gold }),
      prospect('d1', { account: 'cedar', consent: false, stage: 'sql' }),
      prospect('x1', gold),
      prospect('x2'),
    ];
    const { results } = await simulateInProcess(inputOf(journey, prospects, [exactPersona()], { horizonDays: 60 }));
    expect(results.funnel.map((f) => f.reached)).toEqual([6, 2, 2, 2, 2]);
    expect(results.accounts).toEqual({
      accounts: 3,
      contacts: 6,
      contactsWithoutAccount: 2,
      funnel: [
        { stage: 'inquiry', reached: 2, conversionFromPrevious: null },
        { stage: 'mql', reached: 1, conversionFromPrevious: 0.5 },
        { stage: 'sal', reached: 1, conversionFromPrevious: 1 },
        { stage: 'sql', reached: 1, conversionFromPrevious: 1 },
        { stage: 'customer', reached: 1, conversionFromPrevious: 1 },
      ],
      contactsPerAccount: [
        { contacts: '1', accounts: 1 },
        { contacts: '2', accounts: 1 },
        { contacts: '3', accounts: 1 },
      ],
      meanContacts: 2,
      won: { accounts: 1, contacts: 2, contactsPerAccount: [{ contacts: '1', accounts: 0 }, { contacts: '2', accounts: 1 }], meanContacts: 2 },
      together: false,
      handedOver: null,
    });
  });

  it('change nothing else in the results with account mode off (but sample whole accounts), and come out the same whichever runner ran which block', async () => {
    const set = defaultPersonas();
    const sample = read(fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8')).prospects;
    // Ten copies of the sample, each with accounts of its own: 800 accounts over several blocks.
    const prospects = Array.from({ length: 10 }, (_, k) => sample.map((p) => ({ ...p, id: `${p.id}-${k}`, ...(p.account ? { account: `${p.account}-${k}` } : {}) }))).flat();
    const alone = prospects.map(({ account: _, ...p }) => p);
    const journey = sampleJourney('whitepaper-follow-up.journey.json');
    const options = { seed: 5, horizonDays: 180, timelineSample: 50 };
    const input = inputOf(journey, prospects, set.personas, options);
    const withAccounts = await simulateInProcess(input);
    const without = await simulateInProcess(inputOf(journey, alone, set.personas, options));
    expect(without.results).not.toHaveProperty('accounts');
    const { accounts, timelines, ...rest } = withAccounts.results;
    const { timelines: aloneTimelines, ...aloneRest } = without.results;
    expect(JSON.stringify(rest)).toBe(JSON.stringify(aloneRest));
    expect(timelines).toHaveLength(aloneTimelines.length);
    // Timelines are sampled by account: the contacts of an account share its rank, and name it.
    const rankOf = new Map<string, number>();
    for (const t of timelines.filter((t) => t.account !== undefined)) expect(rankOf.get(t.account!) ?? rankOf.set(t.account!, t.rank).get(t.account!)).toBe(t.rank);
    expect(new Set(timelines.map((t) => t.account)).size).toBeLessThan(timelines.length);
    // The figures hang together with the contact figures.
    expect(accounts!.accounts).toBe(800);
    expect(accounts!.contacts + accounts!.contactsWithoutAccount).toBe(prospects.length);
    expect(accounts!.contactsPerAccount.reduce((sum, b) => sum + b.accounts, 0)).toBe(800);
    accounts!.funnel.forEach((f, s) => expect(f.reached).toBeLessThanOrEqual(Math.min(rest.funnel[s]!.reached, 800)));
    expect(accounts!.funnel[0]!.reached).toBeGreaterThan(600);
    expect(accounts!.funnel[4]!.reached).toBeGreaterThan(0);
    expect(accounts!.won.accounts).toBeGreaterThan(0);
    expect(accounts!.won.accounts).toBeLessThanOrEqual(rest.sales!.opportunities.won);
    const runners = Array.from({ length: 3 }, (_, r): RunnerHandle => {
      const runner = new ChunkRunner(input);
      const later = () => new Promise((resolve) => setTimeout(resolve, (r * 3) % 5));
      return { runBlock: async (s, e) => (await later(), runner.runBlock(s, e)), rerun: async (w) => (await later(), runner.rerun(w)), collect: async () => runner.collect() };
    });
    expect(JSON.stringify((await coordinate(input, runners)).results)).toBe(JSON.stringify(withAccounts.results));
  });
});
