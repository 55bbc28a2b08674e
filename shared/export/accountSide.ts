// What the account side of a journey (buying centres, shared/accounts) becomes in a sending
// platform. No platform here works an account's figures out of its contacts the way the
// simulation does (score by sum / max / top N, roles engaged, the account's fit), so an account
// condition reads a field that holds the figure: on the contact (Klaviyo, Dittofeed, Journey
// Builder) or on its company where the platform has companies (HubSpot, Mautic), and a to-do
// says to keep it filled. With account mode on, the Accounts setting says what the platform has
// (account-level journeys, account scores, account hand-off), and each hand-off that would hand
// over the whole account is marked as handing over the contact alone, with a to-do.
import { BUYING_ROLES, type BuyingRole } from '../accounts/schema';
import { FIT_GRADES, type AttributeRule } from '../journey/primitives';
import type { ConditionRule, JourneyDocument } from '../journey/schema';
import { ACCOUNT_RULE_KINDS } from '../journey/steps/condition';
import { note, type ReportBuilder, type ReportNote } from './report';
import type { NoteCode, TodoCode } from './reportText';

export type AccountRule = Extract<ConditionRule, { kind: 'accountScore' | 'roleEngaged' | 'rolesEngaged' | 'accountFit' }>;
export const isAccountRule = (rule: ConditionRule): rule is AccountRule => ACCOUNT_RULE_KINDS.includes(rule.kind);

const snake = (text: string) => text.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** A field name as Dittofeed's traits spell them (account_score → accountScore). */
export const camelField = (field: string) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The fields that hold an account's figures, in snake case (each adapter spells them its way). */
export const ACCOUNT_FIELDS = {
  score: 'account_score',
  fitGrade: 'account_fit_grade',
  rolesEngaged: 'account_roles_engaged',
  /** How many of the account's engaged contacts have this buying role. */
  roleEngaged: (role: BuyingRole) => `account_engaged_${snake(role)}`,
} as const;

const ROLE_WORDS: Readonly<Record<BuyingRole, string>> = { decisionMaker: 'decision makers', influencer: 'influencers', user: 'users', buyer: 'buyers', gatekeeper: 'gatekeepers' };

/** How the journey scores an account, in words (the account settings' score rule). */
export function accountScoreText(journey: JourneyDocument): string {
  const { rule, topN } = journey.accounts.score;
  if (rule === 'sum') return 'the sum of its contacts’ engagement scores';
  if (rule === 'max') return 'the highest engagement score among its contacts';
  return `the sum of its ${topN} highest contacts’ engagement scores`;
}

/**
 * An account condition as a rule on the field that holds the account's figure, and what that
 * figure is (for the report). `spell` writes the field the platform's way.
 */
export function accountFieldRule(rule: AccountRule, journey: JourneyDocument, spell: (field: string) => string = (f) => f): { rule: AttributeRule; what: string } {
  const engaged = journey.accounts.engagedAtLeast;
  switch (rule.kind) {
    case 'accountScore':
      return { rule: { attribute: spell(ACCOUNT_FIELDS.score), operator: 'gte', value: rule.atLeast }, what: `the account score (${accountScoreText(journey)})` };
    case 'roleEngaged':
      return {
        rule: { attribute: spell(ACCOUNT_FIELDS.roleEngaged(rule.role)), operator: 'gte', value: 1 },
        what: `how many ${ROLE_WORDS[rule.role]} of the account have an engagement score of ${engaged} or more`,
      };
    case 'rolesEngaged':
      return {
        rule: { attribute: spell(ACCOUNT_FIELDS.rolesEngaged), operator: 'gte', value: rule.atLeast },
        what: `how many of the ${BUYING_ROLES.length} buying roles have a contact of the account with an engagement score of ${engaged} or more`,
      };
    case 'accountFit':
      return { rule: { attribute: spell(ACCOUNT_FIELDS.fitGrade), operator: 'in', value: FIT_GRADES.slice(0, FIT_GRADES.indexOf(rule.atLeast) + 1) }, what: 'the account’s fit grade' };
  }
}

/** The report note of an account condition: it reads the field (`field` param, so the property to-do keeps its own list). */
export const accountFieldNote = (code: Extract<NoteCode, 'readsAccountField' | 'readsCompanyProperty' | 'readsCompanyField' | 'accountCriteria'>, field: string, what: string): ReportNote =>
  note(code, { field, what });

/** The account fields the journey's conditions read, spelled the platform's way. */
export function accountFieldsRead(journey: JourneyDocument, spell: (field: string) => string = (f) => f): string[] {
  const fields = new Set<string>();
  for (const node of journey.nodes) if (node.type === 'condition' && isAccountRule(node.params.rule)) fields.add(accountFieldRule(node.params.rule, journey, spell).rule.attribute);
  return [...fields].sort();
}

/** What one platform has for accounts, and how the user rebuilds the rest (its own wording). */
export interface AccountSupport {
  /** The note that says whether the platform has account-level journeys, account scores and account hand-off. */
  capability: NoteCode;
  /** The to-do for the account figures the conditions read. */
  fieldsTodo: TodoCode;
  /** The to-do for handing whole accounts to sales. */
  handoffTodo: TodoCode;
  /** How the platform spells the fields (Dittofeed: camel case). */
  spell?: (field: string) => string;
}

/**
 * Reports the account side once the adapter has placed the steps: a to-do for the account
 * fields the conditions read, and with account mode on, the Accounts setting and each placed
 * hand-off that hands over the contact alone.
 */
export function reportAccountSide(report: ReportBuilder, journey: JourneyDocument, support: AccountSupport): void {
  const fields = accountFieldsRead(journey, support.spell);
  if (fields.length > 0) report.todo(support.fieldsTodo, { list: fields.join(', ') });
  const accounts = journey.accounts;
  if (!accounts.enabled) return;
  const wholeAccount = accounts.handoff === 'account';
  report.setting(
    'accounts',
    'dropped',
    [],
    note(support.capability),
    note('accountModelNotExported', { rule: accountScoreText(journey), engaged: accounts.engagedAtLeast, handoff: wholeAccount ? 'the whole account' : 'the contact alone' }),
  );
  if (!wholeAccount) return;
  let handoffs = 0;
  for (const node of journey.nodes) {
    if (node.type !== 'handoff' || !report.hasStep(node.id)) continue;
    report.step(node, 'approximated', [], note('handoffContactOnly'));
    handoffs++;
  }
  if (handoffs > 0) report.todo(support.handoffTodo);
}
