// The buying-centre sample (issue 18): a journey that addresses each contact of a target
// account by buying role and hands the whole account to sales. It has to be valid as shipped,
// use the starter templates, and — run with the sample accounts and the default personas —
// show what account mode is for: accounts handed over with several roles engaged, colleagues
// joining the hand-off, an account won.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { validateJourney } from '../../../../shared/journey/validate';
import { prospectsFromCsv } from '../../../../shared/simulation/csv';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { SimulationOptions } from '../../../../shared/simulation/model';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { linksOfTemplates } from '../../../../shared/templates/links';
import { readSample } from '../../../support/samples';
import { defaultPersonas, inputOf } from '../../../support/simulation';

const imported = importExchange(readSample('buying-centre.journey.json'));
if (!imported.ok) throw new Error(`buying-centre.journey.json: ${JSON.stringify(imported.problems)}`);
const { journey, templates } = imported.document;
const templatesById = new Map(templates.map((t) => [t.id, t]));

/** The email each value of the role switch leads to; the default branch is for gatekeepers and contacts without a role. */
const ROLE_EMAILS = {
  decision_maker: 'email_business_case',
  influencer: 'email_howto',
  user: 'email_tour',
  buyer: 'email_pricing',
  default: 'email_overview',
} as const;

describe('the buying-centre sample', () => {
  it('is valid as shipped: no errors, no warnings', () => {
    expect(validateJourney(journey, { templates: templatesById })).toEqual([]);
  });

  it('simulates accounts together and hands the whole account to sales, scored by its three most engaged contacts', () => {
    expect(journey.accounts).toEqual({ enabled: true, score: { rule: 'topN', topN: 3 }, engagedAtLeast: 30, handoff: 'account' });
    const rules = journey.nodes.flatMap((n) => (n.type === 'condition' ? [n.params.rule.kind] : []));
    expect(rules).toEqual(expect.arrayContaining(['accountScore', 'rolesEngaged', 'roleEngaged']));
  });

  it('switches on the buying role (the role column of the file) and sends each role its own email, written with the starter templates', () => {
    const split = journey.nodes.find((n) => n.id === 'by_role')!;
    if (split.type !== 'split' || split.params.mode !== 'switch') throw new Error('by_role is no switch');
    expect(split.params.attribute).toBe('buyingRole');
    const targets = Object.fromEntries(journey.edges.filter((e) => e.source === 'by_role').map((e) => [e.sourceOutput, e.target]));
    expect(targets).toEqual(ROLE_EMAILS);
    const starters = new Set((JSON.parse(fs.readFileSync('assets/templates/library.json', 'utf8')) as { templates: { id: string }[] }).templates.map((t) => t.id));
    for (const node of journey.nodes) if (node.type === 'sendEmail') expect(starters.has(node.params.templateId ?? ''), `${node.id}: ${node.params.templateId}`).toBe(true);
  });

  describe('run with the sample accounts (180 days, seed 2)', () => {
    const personas = defaultPersonas();
    const csv = prospectsFromCsv(fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8'), { personas: personas.personas.map((p) => p.id) });
    const input = {
      ...inputOf(journey, csv.prospects, personas.personas, { seed: 2, horizonDays: 180 }),
      accounts: personas.accounts,
      templateLinks: linksOfTemplates(journey, templatesById),
    };
    let results: SimulationResults;
    beforeAll(async () => {
      results = (await simulateInProcess(input)).results;
    });

    it('reads the file without problems: 289 contacts, 80 accounts', () => {
      expect(csv.errors).toEqual([]);
      expect(csv.prospects).toHaveLength(289);
      expect(new Set(csv.prospects.map((p) => p.account).filter(Boolean)).size).toBe(80);
    });

    // Known engine bug (reported with issue 18): a contact that reaches the hand-off while a
    // colleague is paused at it, at the same hour as another colleague, can wait for that
    // colleague forever (AccountState.openHandover); its account is then neither counted nor
    // queued, and drops out of every figure. Turn this into `it` once the engine is fixed.
    it('counts every contact of the file', () => {
      expect(results.prospects).toBe(289);
    });

    it('hands accounts to sales with several roles engaged, colleagues join the hand-off, and an account is won', () => {
      const accounts = results.accounts!;
      expect(accounts.together).toBe(true);
      expect(accounts.accounts).toBe(80);
      const handed = accounts.handedOver!;
      expect(handed.accounts).toBeGreaterThan(0);
      expect(handed.contactsJoined).toBeGreaterThan(0);
      expect(handed.byRolesEngaged.filter((b) => b.roles >= 2).reduce((sum, b) => sum + b.accounts, 0)).toBeGreaterThan(0);
      // One hand-off per account: never more accounts handed over than reached SAL or had a lead.
      expect(handed.accounts).toBeLessThanOrEqual(results.handoffs.total);
      expect(accounts.won.accounts).toBeGreaterThanOrEqual(1);
    });

    it('reaches every role-specific email, each only with contacts of that role', () => {
      const entered = Object.fromEntries(results.nodes.map((n) => [n.id, n.entered]));
      for (const email of Object.values(ROLE_EMAILS)) expect(entered[email], email).toBeGreaterThan(0);
      // Every contact is sampled (289 < the timeline sample of 1000): who got which email.
      const roleOf = new Map(csv.prospects.map((p) => [p.id, String(p.attributes.role ?? '')]));
      for (const timeline of results.timelines) {
        const role = roleOf.get(timeline.prospectId)!;
        for (const [value, email] of Object.entries(ROLE_EMAILS)) {
          if (!timeline.steps.some((s) => s.nodeId === email && s.event === 'sent')) continue;
          if (value === 'default') expect(Object.keys(ROLE_EMAILS)).not.toContain(role);
          else expect(role, `${timeline.prospectId} got ${email}`).toBe(value);
        }
      }
    });

    it('gives accounts that are not ready one more round of nurturing, then lets them go', () => {
      const byId = new Map(results.nodes.map((n) => [n.id, n]));
      expect(byId.get('email_nurture')!.entered).toBeGreaterThan(0);
      expect(byId.get('nurtured_before')!.exits.yes).toBeGreaterThan(0);
      expect(byId.get('exit_not_ready')!.entered).toBeGreaterThan(0);
      expect(results.stuck.total).toBe(0);
    });
  });
});

describe('the buying-centre sample with generated prospects', () => {
  it('puts generated contacts in the persona file’s accounts and sends each buying role its own email', async () => {
    const set = defaultPersonas();
    const { results } = await simulateInProcess({
      journey,
      personas: set.personas,
      accounts: set.accounts,
      source: { kind: 'generate', plan: { count: 5000, mix: set.defaultMix, entrySpreadDays: 14 } },
      options: SimulationOptions.parse({ seed: 4, horizonDays: 120, timelineSample: 0 }),
      templateLinks: linksOfTemplates(journey, templatesById),
    });
    expect(results.accounts!.together).toBe(true);
    expect(results.accounts!.accounts).toBeGreaterThan(1000);
    const entered = (id: string) => results.nodes.find((n) => n.id === id)!.entered;
    for (const email of Object.values(ROLE_EMAILS)) expect(entered(email), email).toBeGreaterThan(0);
    // About 80 % of accounts start with a decision maker: the business case is the most sent role email.
    expect(entered(ROLE_EMAILS.decision_maker)).toBeGreaterThan(entered(ROLE_EMAILS.buyer));
  });
});
