// Journey rules as Klaviyo profile-filter conditions (the same vocabulary as Klaviyo's segment
// builder: profile properties, metrics, consent, random samples). Custom attributes are read as
// custom profile properties of the same name, `properties['name']`, as Klaviyo's OpenAPI
// describes ProfilePropertyCondition.property.
import { LIFECYCLE_STAGES, type AttributeRule, type Stage } from '../../journey/primitives';
import type { KlaviyoCondition } from './wire';

/** Profile properties the export reads or writes where Klaviyo has no concept of its own. */
export const KLAVIYO_PROPERTIES = {
  stage: 'lifecycle_stage',
  score: 'nurture_score',
  fitGrade: 'fit_grade',
  tags: 'nurture_tags',
  topicScore: (topic: string) => `nurture_score_${topic.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}`,
} as const;

export const propertyPath = (name: string) => `properties['${name.replace(/'/g, "\\'")}']`;

/** The condition for one attribute rule; `approximated` when Klaviyo's filter differs from ours. */
export function attributeCondition(rule: AttributeRule): { condition: KlaviyoCondition; approximated: boolean } {
  const property = propertyPath(rule.attribute);
  const value = rule.value;
  const single = Array.isArray(value) ? value[0] ?? '' : value;
  switch (rule.operator) {
    case 'exists':
    case 'notExists':
      return { condition: { type: 'profile-property', property, filter: { type: 'existence', operator: rule.operator === 'exists' ? 'is-set' : 'not-set' } }, approximated: false };
    case 'in':
    case 'notIn': {
      const list = Array.isArray(value) ? value : [value];
      const strings = list.map(String);
      const filter = { type: 'string' as const, operator: rule.operator === 'in' ? ('in' as const) : ('not-in' as const), value: strings };
      return { condition: { type: 'profile-property', property, filter }, approximated: list.some((v) => typeof v !== 'string') };
    }
    case 'gte':
    case 'lte': {
      const number = typeof single === 'number' ? single : Number(single);
      const operator = rule.operator === 'gte' ? ('greater-than-or-equal' as const) : ('less-than-or-equal' as const);
      return {
        condition: { type: 'profile-property', property, filter: { type: 'numeric', operator, value: Number.isFinite(number) ? number : 0 } },
        approximated: typeof single !== 'number',
      };
    }
    case 'contains':
      return { condition: { type: 'profile-property', property, filter: { type: 'string', operator: 'contains', value: String(single) } }, approximated: typeof single !== 'string' };
    case 'equals':
    case 'notEquals': {
      const negate = rule.operator === 'notEquals';
      if (typeof single === 'boolean') {
        return { condition: { type: 'profile-property', property, filter: { type: 'boolean', operator: 'equals', value: negate ? !single : single } }, approximated: false };
      }
      if (typeof single === 'number') {
        return { condition: { type: 'profile-property', property, filter: { type: 'numeric', operator: negate ? 'not-equals' : 'equals', value: single } }, approximated: false };
      }
      return { condition: { type: 'profile-property', property, filter: { type: 'string', operator: negate ? 'not-equals' : 'equals', value: single } }, approximated: false };
    }
  }
}

/** Prospects whose stage property is one of these stages. */
export function stageCondition(stages: readonly Stage[], negate = false): KlaviyoCondition {
  return {
    type: 'profile-property',
    property: propertyPath(KLAVIYO_PROPERTIES.stage),
    filter: { type: 'string', operator: negate ? 'not-in' : 'in', value: [...stages] },
  };
}

export const stagesFrom = (stage: Stage): Stage[] => LIFECYCLE_STAGES.slice(LIFECYCLE_STAGES.indexOf(stage));

export const consentCondition = (): KlaviyoCondition => ({
  type: 'profile-marketing-consent',
  consent: { channel: 'email', can_receive_marketing: true, consent_status: { subscription: 'subscribed' } },
});

/** Did the metric happen at least once since the profile entered the flow? */
export function metricSinceStart(metricId: string, urlContains: string): KlaviyoCondition {
  return {
    type: 'profile-metric',
    metric_id: metricId,
    measurement: 'count',
    measurement_filter: { type: 'numeric', operator: 'greater-than-or-equal', value: 1 },
    timeframe_filter: { type: 'date', operator: 'flow-start' },
    ...(urlContains ? { metric_filters: [{ property: 'URL', filter: { type: 'string' as const, operator: 'contains' as const, value: urlContains } }] } : {}),
  };
}

export const numericAtLeast = (property: string, atLeast: number): KlaviyoCondition => ({
  type: 'profile-property',
  property: propertyPath(property),
  filter: { type: 'numeric', operator: 'greater-than-or-equal', value: atLeast },
});

export const randomSample = (percentage: number): KlaviyoCondition => ({ type: 'profile-sample', percentage });

/** Condition groups are AND-ed, the conditions inside one group OR-ed: one group per rule. */
export const allOf = (conditions: readonly KlaviyoCondition[]) => ({ condition_groups: conditions.map((c) => ({ conditions: [c] })) });
