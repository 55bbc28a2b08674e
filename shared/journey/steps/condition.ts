// Condition: yes or no on a reaction, a score, the fit grade, the stage, a field or consent.
import { z } from 'zod';
import { AttributeRule, finite, FitGrade, Id, newAttributeRule, Stage, Topic } from '../primitives';
import { BUYING_ROLES, BuyingRole } from '../../accounts/schema';
import { checkEmailReference, emailName, referencesOf } from './references';
import { defineStepKind, plainStep, stageText, type StepText, type SummaryContext } from './stepKind';

export const ENGAGEMENT_CHECKS = ['opened', 'clicked', 'downloaded'] as const;

export const ConditionRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('engagement'),
    event: z.enum(ENGAGEMENT_CHECKS),
    /** The send-email node whose mailing is checked; null = any email of this journey. */
    emailNodeId: Id.nullable().default(null),
    /** For "clicked": only a click on this link counts (its name, address or last path segment); absent or empty = any link. */
    link: z.string().max(500).optional(),
  }),
  z.object({ kind: z.literal('score'), atLeast: finite }),
  z.object({ kind: z.literal('topicScore'), topic: Topic, atLeast: finite }),
  z.object({ kind: z.literal('fitGrade'), atLeast: FitGrade }),
  z.object({ kind: z.literal('stage'), atLeast: Stage }),
  z.object({ kind: z.literal('attribute'), rule: AttributeRule }),
  z.object({ kind: z.literal('hasConsent') }),
  // On the contact's account (buying centre; the journey's Accounts tab says how it is scored).
  z.object({ kind: z.literal('accountScore'), atLeast: finite }),
  z.object({ kind: z.literal('roleEngaged'), role: BuyingRole }),
  z.object({ kind: z.literal('rolesEngaged'), atLeast: finite.int().min(1).max(BUYING_ROLES.length) }),
  z.object({ kind: z.literal('accountFit'), atLeast: FitGrade }),
]);
export type ConditionRule = z.infer<typeof ConditionRule>;
export type ConditionRuleKind = ConditionRule['kind'];

export const ConditionParams = z.object({ rule: ConditionRule });
export type ConditionParams = z.infer<typeof ConditionParams>;

/** What a condition checks when it is switched to another kind of rule. */
const RULE_DEFAULTS: { [K in ConditionRuleKind]: () => Extract<ConditionRule, { kind: K }> } = {
  engagement: () => ({ kind: 'engagement', event: 'opened', emailNodeId: null }),
  score: () => ({ kind: 'score', atLeast: 50 }),
  topicScore: () => ({ kind: 'topicScore', topic: 'topic', atLeast: 20 }),
  fitGrade: () => ({ kind: 'fitGrade', atLeast: 'B' }),
  stage: () => ({ kind: 'stage', atLeast: 'mql' }),
  attribute: () => ({ kind: 'attribute', rule: newAttributeRule() }),
  hasConsent: () => ({ kind: 'hasConsent' }),
  accountScore: () => ({ kind: 'accountScore', atLeast: 150 }),
  roleEngaged: () => ({ kind: 'roleEngaged', role: 'decisionMaker' }),
  rolesEngaged: () => ({ kind: 'rolesEngaged', atLeast: 2 }),
  accountFit: () => ({ kind: 'accountFit', atLeast: 'B' }),
};
/** Rules that look at the contact's account rather than the contact. */
export const ACCOUNT_RULE_KINDS: readonly ConditionRuleKind[] = ['accountScore', 'roleEngaged', 'rolesEngaged', 'accountFit'];
export const CONDITION_RULE_KINDS = Object.keys(RULE_DEFAULTS) as ConditionRuleKind[];

const OUTPUTS = ['yes', 'no'] as const;

export const condition = defineStepKind('condition', ConditionParams)({
  ...plainStep,
  group: 'logic',
  englishName: 'condition',
  outputs: () => OUTPUTS,
  defaults: () => ({ rule: RULE_DEFAULTS.engagement() }),
  references: (p) => (p.rule.kind === 'engagement' ? referencesOf(p.rule.emailNodeId) : []),
  withReferences: (p, map) => (p.rule.kind === 'engagement' && p.rule.emailNodeId !== null ? { rule: { ...p.rule, emailNodeId: map(p.rule.emailNodeId) } } : p),
  check(node, c) {
    if (node.params.rule.kind === 'engagement') checkEmailReference(node.params.rule.emailNodeId, c);
  },
  summary: (p, c) => ruleText(p.rule, c),
});

function ruleText(rule: ConditionRule, c: SummaryContext): StepText {
  switch (rule.kind) {
    case 'engagement':
      return { key: `summary.engagement.${rule.event}`, values: { email: emailName(rule.emailNodeId, c) } };
    case 'score':
      return { key: 'summary.score', values: { value: rule.atLeast } };
    case 'topicScore':
      return { key: 'summary.topicScore', values: { topic: rule.topic, value: rule.atLeast } };
    case 'fitGrade':
      return { key: 'summary.fitGrade', values: { grade: rule.atLeast } };
    case 'stage':
      return { key: 'summary.stage', values: { stage: stageText(rule.atLeast) } };
    case 'attribute': {
      const value = rule.rule.value;
      return {
        key: 'summary.attribute',
        values: { attribute: rule.rule.attribute, operator: { key: `operators.${rule.rule.operator}` }, value: Array.isArray(value) ? value.join(', ') : String(value) },
      };
    }
    case 'hasConsent':
      return { key: 'summary.hasConsent' };
    case 'accountScore':
      return { key: 'summary.accountScore', values: { value: rule.atLeast } };
    case 'roleEngaged':
      return { key: 'summary.roleEngaged', values: { role: { key: `buyingRoles.${rule.role}` } } };
    case 'rolesEngaged':
      return { key: 'summary.rolesEngaged', values: { count: rule.atLeast } };
    case 'accountFit':
      return { key: 'summary.accountFit', values: { grade: rule.atLeast } };
  }
}

/** The condition checking another kind of rule, starting from that kind's usual values. */
export function withRuleKind(params: ConditionParams, kind: ConditionRuleKind): ConditionParams {
  return params.rule.kind === kind ? params : { rule: RULE_DEFAULTS[kind]() };
}
