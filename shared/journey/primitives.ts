// Building blocks shared by the journey, scoring and routing schemas.
import { z } from 'zod';

/** Ids are short, printable and safe in URLs, SQL parameters and DOM attributes. */
export const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"');

// -0 becomes 0: JSON cannot tell them apart, and export → import must round-trip exactly.
export const finite = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .overwrite((n) => (Object.is(n, -0) ? 0 : n));
export const Position = z.object({ x: finite, y: finite });

/** Lifecycle stages of lead-relationship management, in funnel order. */
export const LIFECYCLE_STAGES = ['inquiry', 'mql', 'sal', 'sql', 'customer'] as const;
export const Stage = z.enum(LIFECYCLE_STAGES);
export type Stage = z.infer<typeof Stage>;
export const stageRank = (stage: Stage): number => LIFECYCLE_STAGES.indexOf(stage);

/** Fit grades, best first. */
export const FIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export const FitGrade = z.enum(FIT_GRADES);
export type FitGrade = z.infer<typeof FitGrade>;
/** True when `grade` is at least as good as `atLeast` (A is best). */
export const gradeAtLeast = (grade: FitGrade, atLeast: FitGrade): boolean =>
  FIT_GRADES.indexOf(grade) <= FIT_GRADES.indexOf(atLeast);

export const Topic = z.string().trim().min(1, 'must not be empty').max(60);

export const DurationUnit = z.enum(['hours', 'days', 'businessDays']);
export const Duration = z.object({
  amount: finite.min(0, 'must not be negative').max(3650, 'must be at most 3650'),
  unit: DurationUnit,
});
export type Duration = z.infer<typeof Duration>;

/** Prospect attributes the model can test. Custom attributes are free-form names. */
export const STANDARD_ATTRIBUTES = [
  'role',
  'seniority',
  'company',
  'companySize',
  'revenue',
  'industry',
  'country',
  'budget',
  'timeframe',
  'source',
] as const;
export const AttributeName = z
  .string()
  .min(1, 'must not be empty')
  .max(60)
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'must start with a letter and contain only letters, digits, "_", "." and "-"');

/** A named output of a step (next, yes, no, event, a split's branch …). */
export const OutputId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"');

export const ComparisonOperator = z.enum(['equals', 'notEquals', 'in', 'notIn', 'contains', 'gte', 'lte', 'exists', 'notExists']);
export type ComparisonOperator = z.infer<typeof ComparisonOperator>;
export const COMPARISON_OPERATORS = ComparisonOperator.options;
/** Whether a rule with this operator compares against a value ("exists" does not). */
export const operatorTakesValue = (operator: ComparisonOperator): boolean => operator !== 'exists' && operator !== 'notExists';

const AttributeValue = z.union([z.string().max(200), finite, z.boolean()]);
export const AttributeRule = z.object({
  attribute: AttributeName,
  operator: ComparisonOperator,
  /** One value; a list for in / notIn; ignored by exists / notExists. */
  value: z.union([AttributeValue, z.array(z.union([z.string().max(200), finite])).max(200)]).default(''),
});
export type AttributeRule = z.infer<typeof AttributeRule>;
export type AttributeValue = string | number | boolean;

/** The rule a newly added condition starts with (audience, condition step, routing). */
export const newAttributeRule = (): AttributeRule => ({ attribute: 'country', operator: 'equals', value: 'DE' });

const normalise = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
const compiledRules = new WeakMap<AttributeRule, (attributes: Readonly<Record<string, AttributeValue | undefined>>) => boolean>();

/**
 * Evaluates one attribute rule against a prospect's attributes (pure, total). The rule's
 * own values are normalised once and kept, since the simulator asks millions of times.
 */
export function matchesRule(attributes: Readonly<Record<string, AttributeValue | undefined>>, rule: AttributeRule): boolean {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = compileRule(rule);
    compiledRules.set(rule, compiled);
  }
  return compiled(attributes);
}

function compileRule(rule: AttributeRule): (attributes: Readonly<Record<string, AttributeValue | undefined>>) => boolean {
  const name = rule.attribute;
  const read = (attributes: Readonly<Record<string, AttributeValue | undefined>>) =>
    Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  const expected = normalise(rule.value);
  const set = Array.isArray(rule.value) ? new Set(rule.value.map(normalise)) : null;
  switch (rule.operator) {
    case 'in':
      return (a) => set !== null && set.has(normalise(read(a)));
    case 'notIn':
      return (a) => set === null || !set.has(normalise(read(a)));
    case 'equals':
      return (a) => {
        const actual = read(a);
        return actual !== undefined && normalise(actual) === expected;
      };
    case 'notEquals':
      return (a) => normalise(read(a)) !== expected;
    default:
      return (a) => matchesRuleSlowly(a, rule);
  }
}

function matchesRuleSlowly(attributes: Readonly<Record<string, AttributeValue | undefined>>, rule: AttributeRule): boolean {
  const actual = Object.hasOwn(attributes, rule.attribute) ? attributes[rule.attribute] : undefined;
  const expected = rule.value;
  const norm = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
  switch (rule.operator) {
    case 'exists':
      return actual !== undefined && actual !== '';
    case 'notExists':
      return actual === undefined || actual === '';
    case 'equals':
      return actual !== undefined && norm(actual) === norm(expected);
    case 'notEquals':
      return norm(actual) !== norm(expected);
    case 'in':
      return Array.isArray(expected) && expected.some((v) => norm(v) === norm(actual));
    case 'notIn':
      return !Array.isArray(expected) || !expected.some((v) => norm(v) === norm(actual));
    case 'contains':
      return typeof actual === 'string' && typeof expected === 'string' && norm(actual)!.toString().includes(String(norm(expected)));
    case 'gte':
      return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
    case 'lte':
      return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
  }
}

/** Weekdays as the model numbers them: 1 (Monday) … 7 (Sunday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const Weekday = z.number().int().min(1, 'weekdays are 1 (Monday) to 7 (Sunday)').max(7, 'weekdays are 1 (Monday) to 7 (Sunday)');
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM (24-hour)');

/** The text a rule's value is edited as: lists comma-separated. */
export function ruleValueToText(value: AttributeRule['value']): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;
/** Typed or imported text as an attribute value: a number when it reads as one ("120"), else the text itself. */
export const typedValue = (text: string): string | number => (NUMBER_TEXT.test(text) ? Number(text) : text);

/** Reads edited text as a value for the operator: a list for in / notIn, a number when it is one, else text. */
export function ruleValueFromText(operator: ComparisonOperator, text: string): AttributeRule['value'] {
  if (operator === 'exists' || operator === 'notExists') return '';
  if (operator === 'in' || operator === 'notIn') {
    return text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map(typedValue);
  }
  return typedValue(text.trim());
}

/** The rule with another operator, its value re-read for it (a list for "is one of" …). */
export function withOperator(rule: AttributeRule, operator: ComparisonOperator): AttributeRule {
  return { ...rule, operator, value: ruleValueFromText(operator, ruleValueToText(rule.value)) };
}

/** A typed topic, or null when the field was left empty ("all topics"). */
export const topicOrNull = (text: string): string | null => (text.trim() === '' ? null : text);

export const isAttributeName = (text: string): boolean => AttributeName.safeParse(text).success;
