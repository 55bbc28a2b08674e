// What validation says about accounts: a condition that looks at the contact's account in a
// journey that does not simulate accounts. The engine then takes the contact alone as its
// account, which is rarely what was meant, so the journey warns and the warning opens the
// Accounts tab.
import type { NamedStep, Report } from '../journey/problems';
import type { JourneyDocument, JourneyNode, NodeOf } from '../journey/schema';
import { ACCOUNT_RULE_KINDS } from '../journey/steps/condition';

/** Whether a step is a condition on the contact's account (account score, roles engaged, account fit). */
export const isAccountCondition = (node: JourneyNode): node is NodeOf<'condition'> => node.type === 'condition' && ACCOUNT_RULE_KINDS.includes(node.params.rule.kind);

/** The conditions that look at the contact's account, in the order of the journey. */
export const accountConditions = (doc: JourneyDocument): NodeOf<'condition'>[] => doc.nodes.filter(isAccountCondition);

/** One warning per account condition while account mode is off; `Name` and `named` name a step as validation's other messages do. */
export function checkAccountConditions(doc: JourneyDocument, warn: Report, Name: (node: JourneyNode) => string, named: (node: JourneyNode) => NamedStep): void {
  if (doc.accounts.enabled) return;
  for (const node of accountConditions(doc)) {
    warn(
      'account_rule_without_accounts',
      `${Name(node)} looks at the contact’s account, but account mode is off: it counts the contact alone as its account.`,
      { step: named(node) },
      { nodeId: node.id, setting: 'accounts' },
    );
  }
}
