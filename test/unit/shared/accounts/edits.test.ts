// The Accounts tab's editing rules, and how the journey takes what they make: checked as a
// whole part of the journey, one undo entry per edit, kept through a merge with another editor.
import { describe, expect, it } from 'vitest';
import { withAccountsEnabled, withEngagedAtLeast, withHandoffLevel, withScoreRule, withTopN } from '../../../../shared/accounts/edits';
import { AccountModel, defaultAccountModel } from '../../../../shared/accounts/schema';
import { applyChanges, checkChanges } from '../../../../shared/journey/changes';
import { emptyHistory, record, redo, undo } from '../../../../shared/journey/history';
import { mergeDocuments } from '../../../../shared/journey/merge';
import { smallJourney } from '../../../support/journeys';

describe('account settings edits', () => {
  it('start from off, top 3, engaged from 30 and the account-level hand-off', () => {
    expect(defaultAccountModel()).toEqual({ enabled: false, score: { rule: 'topN', topN: 3 }, engagedAtLeast: 30, handoff: 'account' });
    expect(smallJourney().accounts).toEqual(defaultAccountModel()); // a journey without accounts reads as off
  });

  it('each replace one setting and leave the rest and the input alone', () => {
    const m = defaultAccountModel();
    const on = withAccountsEnabled(m, true);
    expect(on).toEqual({ ...m, enabled: true });
    expect(m.enabled).toBe(false);
    expect(withTopN(on, 2).score).toEqual({ rule: 'topN', topN: 2 });
    expect(withEngagedAtLeast(on, 45)).toEqual({ ...on, engagedAtLeast: 45 });
    expect(withHandoffLevel(on, 'contact')).toEqual({ ...on, handoff: 'contact' });
    for (const next of [on, withTopN(on, 2), withEngagedAtLeast(on, 45), withHandoffLevel(on, 'contact')]) expect(AccountModel.parse(next)).toEqual(next);
  });

  it('keep N when the rule switches away from top N, so switching back restores it', () => {
    const top2 = withTopN(defaultAccountModel(), 2);
    const sum = withScoreRule(top2, 'sum');
    expect(sum.score).toEqual({ rule: 'sum', topN: 2 });
    expect(withScoreRule(sum, 'topN').score).toEqual({ rule: 'topN', topN: 2 });
  });

  it('are refused by the journey where the schema refuses them, with the field named', () => {
    const doc = smallJourney();
    const refusal = (accounts: AccountModel) => {
      const checked = checkChanges(doc, [{ kind: 'updateJourney', patch: { accounts } }]);
      return checked.ok ? null : checked.problem;
    };
    expect(refusal(withTopN(doc.accounts, 0))).toMatchObject({ path: 'score.topN', code: 'tooSmall', limit: 1 });
    expect(refusal(withTopN(doc.accounts, 51))).toMatchObject({ path: 'score.topN', code: 'tooLarge', limit: 50 });
    expect(refusal(withTopN(doc.accounts, 2.5))).toMatchObject({ path: 'score.topN', code: 'notWhole' });
    expect(refusal(withEngagedAtLeast(doc.accounts, -1))).toMatchObject({ path: 'engagedAtLeast', code: 'tooSmall' });
    expect(refusal(withTopN(withAccountsEnabled(doc.accounts, true), 2))).toBeNull();
  });

  it('are one undo entry each, and undo gives back the account settings before', () => {
    const before = smallJourney();
    const on = applyChanges(before, [{ kind: 'updateJourney', patch: { accounts: withAccountsEnabled(before.accounts, true) } }]);
    const top2 = applyChanges(on, [{ kind: 'updateJourney', patch: { accounts: withTopN(on.accounts, 2) } }]);
    const history = record(record(emptyHistory(), before, on), on, top2);
    const once = undo(history, top2)!;
    expect(once.document.accounts).toEqual({ ...defaultAccountModel(), enabled: true });
    const twice = undo(once.history, once.document)!;
    expect(twice.document.accounts).toEqual(defaultAccountModel());
    expect(redo(twice.history, twice.document)!.document.accounts.enabled).toBe(true);
  });

  it('merge with another editor’s step edits, and conflict with their own account edits', () => {
    const base = smallJourney();
    const mine = { ...base, accounts: withAccountsEnabled(base.accounts, true) };
    const theirs = { ...base, nodes: base.nodes.map((n) => (n.id === 'wait' ? { ...n, label: 'Pause' } : n)) };
    const merged = mergeDocuments(base, mine, theirs);
    expect(merged.ok && merged.document.accounts.enabled).toBe(true);
    expect(merged.ok && merged.document.nodes.find((n) => n.id === 'wait')!.label).toBe('Pause');
    const theirsToo = { ...base, accounts: withHandoffLevel(base.accounts, 'contact') };
    expect(mergeDocuments(base, mine, theirsToo)).toEqual({ ok: false, reason: 'samePart', ids: ['accounts'] });
  });
});
