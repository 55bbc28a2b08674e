// Buying centres in the platform exports: each adapter translates an account condition into what
// the platform can check (a field of the contact, or of its company where the platform has
// companies), and with account mode on the report says what the platform has for accounts and
// what to do by hand. Nothing is reported about accounts when the journey does not use them.
import { describe, expect, it } from 'vitest';
import { exportToDittofeed } from '../../../../shared/export/dittofeed/adapter';
import { exportToHubSpot } from '../../../../shared/export/hubspot/adapter';
import { exportToKlaviyo } from '../../../../shared/export/klaviyo/adapter';
import { exportToMautic } from '../../../../shared/export/mautic/adapter';
import { exportToSfmc } from '../../../../shared/export/sfmc/adapter';
import type { CapabilityReport } from '../../../../shared/export/report';
import { EXPORT_TARGETS, exportToPlatform } from '../../../../shared/export/targets';
import { accountJourney, journeyWith, step, TEMPLATE } from '../../../support/exportJourneys';

const line = (report: CapabilityReport, id: string) => report.steps.find((s) => s.nodeId === id)!;
const noteOf = (report: CapabilityReport, id: string, code: string) => line(report, id).notes.find((n) => n.code === code);
const setting = (report: CapabilityReport) => report.settings.find((s) => s.setting === 'accounts');
const todo = (report: CapabilityReport, code: string) => report.todo.find((t) => t.code === code);

describe('Klaviyo: account conditions and account mode', () => {
  it('an account score condition checks the profile property account_score, which the user keeps filled', () => {
    const { payload, report } = exportToKlaviyo(accountJourney(), [TEMPLATE]);
    const split = payload.flow.body.data.attributes.definition.actions.find((a) => a.type === 'conditional-split')!;
    expect(JSON.stringify(split)).toContain(`"property":"properties['account_score']"`);
    expect(JSON.stringify(split)).toContain('"operator":"greater-than-or-equal","value":150');
    expect(line(report, 'check').status).toBe('approximated');
    expect(noteOf(report, 'check', 'readsAccountField')!.message).toBe(
      'Reads “account_score”, the account score (the sum of its 3 highest contacts’ engagement scores); the platform does not work this out from the account’s contacts: keep it on every contact of the account.',
    );
    expect(todo(report, 'accountFieldsProfile')!.message).toMatch(/keep them on every contact of the account: account_score\.$/);
  });

  it('account mode: no account-level flows, scores or hand-offs; the hand-off hands over the contact alone', () => {
    const { report } = exportToKlaviyo(accountJourney(), [TEMPLATE]);
    expect(setting(report)).toMatchObject({ status: 'dropped', notes: [{ code: 'accountsKlaviyo' }, { code: 'accountModelNotExported' }] });
    expect(setting(report)!.notes[0]!.message).toMatch(/flows run per profile.*“organization”.*no account-level flows, account scores or account hand-offs/);
    expect(setting(report)!.notes[1]!.message).toContain('account score: the sum of its 3 highest contacts’ engagement scores; a contact counts as engaged from an engagement score of 30; a hand-off hands over the whole account');
    expect(line(report, 'handoff')).toMatchObject({ status: 'approximated' });
    expect(noteOf(report, 'handoff', 'handoffContactOnly')!.message).toMatch(/^Hands over this contact alone/);
    expect(todo(report, 'accountHandoffByHand')!.message).toMatch(/assign the account and its other contacts to the same rep/);
  });
});

describe('HubSpot: account conditions read the contact’s company', () => {
  it('a roles-engaged condition is a list branch on the associated company (ASSOCIATION branch, contact → company 279)', () => {
    const { payload, report } = exportToHubSpot(accountJourney({}, { kind: 'rolesEngaged', atLeast: 2 }), [TEMPLATE]);
    const branch = payload.flow.body.actions.find((a) => a.type === 'LIST_BRANCH')!;
    expect(branch).toMatchObject({
      listBranches: [
        {
          branchName: 'Account warm?',
          filterBranch: {
            filterBranchType: 'OR',
            filterBranches: [
              {
                filterBranchType: 'AND',
                filters: [],
                filterBranches: [
                  {
                    filterBranchType: 'ASSOCIATION',
                    objectTypeId: '0-2',
                    associationTypeId: 279,
                    associationCategory: 'HUBSPOT_DEFINED',
                    operator: 'IN_LIST',
                    filters: [{ filterType: 'PROPERTY', property: 'account_roles_engaged', operation: { operationType: 'NUMBER', operator: 'IS_GREATER_THAN_OR_EQUAL_TO', value: 2 } }],
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    expect(noteOf(report, 'check', 'readsCompanyProperty')!.message).toContain('Reads the company property “account_roles_engaged” of the contact’s associated company (how many of the 5 buying roles');
    expect(line(report, 'check').notes.some((n) => n.code === 'betaUnverified' && /ASSOCIATION branch/.test(n.message))).toBe(true);
    expect(todo(report, 'accountFieldsHubSpot')!.message).toContain('Create the company properties account_roles_engaged');
  });

  it('account mode: companies and company-based workflows exist, this export is contact-based; a to-do for a company workflow', () => {
    const { report } = exportToHubSpot(accountJourney(), [TEMPLATE]);
    expect(setting(report)).toMatchObject({ status: 'dropped', notes: [{ code: 'accountsHubSpot' }, { code: 'accountModelNotExported' }] });
    expect(setting(report)!.notes[0]!.message).toMatch(/a workflow can enroll companies.*lead scoring tool can score companies.*contact-based workflow/);
    expect(noteOf(report, 'handoff', 'handoffContactOnly')).toBeDefined();
    expect(todo(report, 'accountHandoffHubSpot')!.message).toMatch(/company-based workflow that assigns the company and its contacts to one owner/);
    expect(todo(report, 'accountHandoffByHand')).toBeUndefined();
  });
});

describe('Mautic: account conditions read a company field', () => {
  it('an account fit condition is a “Contact field value” check of the company field account_fit_grade', () => {
    const { payload, report } = exportToMautic(accountJourney({}, { kind: 'accountFit', atLeast: 'B' }), [TEMPLATE]);
    const event = payload.campaign.body.events.find((e) => e.type === 'lead.field_value')!;
    expect(event.properties).toEqual({ field: 'account_fit_grade', operator: 'in', value: ['A', 'B'] });
    expect(noteOf(report, 'check', 'readsCompanyField')!.message).toMatch(/^Reads the company field “account_fit_grade” of the contact’s company \(the account’s fit grade\)/);
    expect(todo(report, 'accountFieldsMautic')!.message).toContain('Create the company fields account_fit_grade');
  });

  it('account mode: companies with a score, but campaigns run on contacts', () => {
    const { report } = exportToMautic(accountJourney(), [TEMPLATE]);
    expect(setting(report)!.notes[0]!.code).toBe('accountsMautic');
    expect(setting(report)!.notes[0]!.message).toMatch(/“Add to company’s score”.*campaigns run on contacts.*\(not verified\)/);
    expect(todo(report, 'accountHandoffByHand')).toBeDefined();
  });
});

describe('Journey Builder: account conditions are criteria to build', () => {
  it('a role-engaged condition asks for criteria in words, naming the field of the contact’s account', () => {
    const { report } = exportToSfmc(accountJourney({}, { kind: 'roleEngaged', role: 'buyer' }), [TEMPLATE]);
    expect(noteOf(report, 'check', 'accountCriteria')!.message).toContain('e.g. the field “account_engaged_buyer” of the contact’s account brought in as journey data');
    expect(report.todo.find((t) => t.code === 'buildCriteria')!.message).toContain('“the account has an engaged buyer”');
  });

  it('account mode: contacts enter one by one; Account Engagement not checked', () => {
    const { report } = exportToSfmc(accountJourney(), [TEMPLATE]);
    expect(setting(report)!.notes[0]!.message).toMatch(/enters contacts one by one.*person accounts, not business accounts.*Account Engagement \(Pardot\).*not verified/);
  });
});

describe('Dittofeed: account conditions read a trait', () => {
  it('an account score condition is a segment on the trait accountScore', () => {
    const { payload, report } = exportToDittofeed(accountJourney(), [TEMPLATE]);
    const segment = payload.segments.find((s) => s.body.name === 'Account warm?')!;
    expect(JSON.stringify(segment.body.definition)).toContain('"path":"accountScore","operator":{"type":"GreaterThanOrEqual","value":150}');
    expect(noteOf(report, 'check', 'readsAccountField')!.params.field).toBe('accountScore');
    expect(todo(report, 'accountFieldsProfile')!.message).toMatch(/: accountScore\.$/);
  });

  it('account mode: groups exist, but segments and journeys read the user’s own traits', () => {
    const { report } = exportToDittofeed(accountJourney(), [TEMPLATE]);
    expect(setting(report)!.notes[0]!.message).toMatch(/Dittofeed has groups.*segments and journeys read a user’s own traits and events/);
  });
});

describe.each(EXPORT_TARGETS)('%s: without account mode', (target) => {
  it('reports no Accounts setting and no account hand-off, but still the account fields a condition reads', () => {
    const { report } = exportToPlatform(target, accountJourney({ enabled: false }), [TEMPLATE]);
    expect(setting(report)).toBeUndefined();
    expect(noteOf(report, 'handoff', 'handoffContactOnly')).toBeUndefined();
    expect(report.todo.some((t) => t.code.startsWith('accountFields') && /^account_?score$/i.test(String(t.params.list)))).toBe(true);
  });

  it('a hand-off of the contact alone is not marked; a journey without account conditions has no account to-do', () => {
    const { report } = exportToPlatform(target, accountJourney({ handoff: 'contact' }), [TEMPLATE]);
    expect(setting(report)!.notes[1]!.message).toContain('a hand-off hands over the contact alone');
    expect(noteOf(report, 'handoff', 'handoffContactOnly')).toBeUndefined();
    const plain = exportToPlatform(target, journeyWith(step('condition', { rule: { kind: 'score', atLeast: 10 } })), [TEMPLATE]).report;
    expect(plain.todo.filter((t) => t.code.startsWith('account'))).toEqual([]);
  });
});
