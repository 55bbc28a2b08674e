// A condition on the contact's account while the journey does not simulate accounts: a
// warning on that step that opens the Accounts tab, gone once account mode is on. And the
// fingerprint: account settings are part of what a run ran.
import { describe, expect, it } from 'vitest';
import { accountConditions } from '../../../../shared/accounts/checks';
import { withAccountsEnabled, withHandoffLevel, withTopN } from '../../../../shared/accounts/edits';
import { defaultAccountModel } from '../../../../shared/accounts/schema';
import { journeyFingerprint } from '../../../../shared/journey/fingerprint';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import type { ConditionRule } from '../../../../shared/journey/steps/condition';
import { validateJourney } from '../../../../shared/journey/validate';
import { journeyOf, smallJourney, step, TEMPLATES } from '../../../support/journeys';

/** entry → wait → check (rule) → yes: exit / no: exit, with the given account settings. */
function checking(rule: ConditionRule, accounts = defaultAccountModel()): JourneyDocument {
  const doc = journeyOf(
    [step('entry', 'in'), step('wait', 'w'), { ...step('condition', 'check', { rule }), label: 'Buying centre ready?' }, step('exit', 'yes'), step('exit', 'no')],
    ['in.next>w', 'w.next>check', 'check.yes>yes', 'check.no>no'],
  );
  return { ...doc, accounts };
}
const accountWarnings = (doc: JourneyDocument) => validateJourney(doc, { templates: TEMPLATES }).filter((p) => p.code === 'account_rule_without_accounts');

const ACCOUNT_RULES: ConditionRule[] = [
  { kind: 'accountScore', atLeast: 150 },
  { kind: 'roleEngaged', role: 'decisionMaker' },
  { kind: 'rolesEngaged', atLeast: 2 },
  { kind: 'accountFit', atLeast: 'B' },
];

describe('a condition on the account while account mode is off', () => {
  it('warns at the step for each of the four account rules, and the warning opens the Accounts tab', () => {
    for (const rule of ACCOUNT_RULES) {
      const [warning, ...more] = accountWarnings(checking(rule));
      expect(more, rule.kind).toEqual([]);
      expect(warning).toEqual({
        severity: 'warning',
        code: 'account_rule_without_accounts',
        message: '“Buying centre ready?” looks at the contact’s account, but account mode is off: it counts the contact alone as its account.',
        details: { step: { type: 'condition', label: 'Buying centre ready?' } },
        nodeId: 'check',
        setting: 'accounts',
      });
    }
  });

  it('is not warned about once account mode is on, nor for conditions on the contact', () => {
    for (const rule of ACCOUNT_RULES) expect(accountWarnings(checking(rule, withAccountsEnabled(defaultAccountModel(), true))), rule.kind).toEqual([]);
    expect(accountWarnings(checking({ kind: 'score', atLeast: 50 }))).toEqual([]);
    expect(accountWarnings(smallJourney())).toEqual([]);
  });

  it('names unnamed steps by their kind, one warning per such step', () => {
    const doc = checking({ kind: 'rolesEngaged', atLeast: 3 });
    doc.nodes = doc.nodes.map((n) => (n.id === 'check' ? { ...n, label: '' } : n));
    doc.nodes.push(step('condition', 'second', { rule: { kind: 'accountFit', atLeast: 'A' } }));
    doc.edges.push({ id: 'x1', source: 'second', sourceOutput: 'yes', target: 'yes' }, { id: 'x2', source: 'second', sourceOutput: 'no', target: 'no' });
    expect(accountConditions(doc).map((n) => n.id)).toEqual(['check', 'second']);
    const warnings = accountWarnings(doc);
    expect(warnings.map((w) => w.nodeId)).toEqual(['check', 'second']);
    expect(warnings[0]!.message).toMatch(/^An unnamed condition looks at the contact’s account/);
  });
});

describe('the fingerprint and account settings', () => {
  const base = smallJourney();
  const print = journeyFingerprint(base);

  it('changes with each account setting, so Compare sees the journey changed', () => {
    const on = withAccountsEnabled(base.accounts, true);
    const variants = [on, withTopN(on, 2), withHandoffLevel(on, 'contact'), { ...on, engagedAtLeast: 40 }, { ...on, score: { ...on.score, rule: 'max' as const } }];
    const prints = variants.map((accounts) => journeyFingerprint({ ...base, accounts }));
    expect(new Set([print, ...prints]).size).toBe(variants.length + 1);
    expect(journeyFingerprint({ ...base, accounts: withAccountsEnabled(on, false) })).toBe(print); // back to the defaults: the same journey again
  });

  it('stays what it was before accounts existed while they are left at the defaults', () => {
    // A document without account settings fingerprints as before they existed.
    const { accounts: _accounts, ...withoutAccounts } = base;
    expect(journeyFingerprint(withoutAccounts as JourneyDocument)).toBe(print);
  });
});
