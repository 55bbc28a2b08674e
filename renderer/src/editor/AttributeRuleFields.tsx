// Field, operator and value of one attribute rule — used by entry conditions, fit rules,
// condition steps and routing rules. Parsing of the value lives in shared/; the store
// refuses a field name the schema does not allow, and the field says why.
import { useTranslation } from 'react-i18next';
import { type AttributeRule, COMPARISON_OPERATORS, operatorTakesValue, ruleValueFromText, ruleValueToText, withOperator } from '../../../shared/journey/primitives';
import { useApp } from '../store/StoreContext';
import { Field, type OnEdit, Select, TextInput } from './fields';

interface Props {
  rule: AttributeRule;
  /** `coalesce` merges typing in one field into one undo entry. */
  onChange(rule: AttributeRule, coalesce?: string): ReturnType<OnEdit<AttributeRule>>;
  /** Distinguishes this rule's fields in the undo history. */
  coalesceKey: string;
}

export function AttributeRuleFields({ rule, onChange, coalesceKey }: Props) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  const needsValue = operatorTakesValue(rule.operator);
  return (
    <>
      <Field label={t('inspector.attribute')}>
        <TextInput value={rule.attribute} onChange={(attribute) => onChange({ ...rule, attribute }, `${coalesceKey}:attribute`)} onDone={seal} />
      </Field>
      <Field label={t('inspector.operator')}>
        <Select value={rule.operator} options={COMPARISON_OPERATORS.map((o) => ({ value: o, label: t(`operators.${o}`) }))} onChange={(operator) => onChange(withOperator(rule, operator))} />
      </Field>
      {needsValue && (
        <Field label={t('inspector.value')}>
          <TextInput value={ruleValueToText(rule.value)} onChange={(text) => onChange({ ...rule, value: ruleValueFromText(rule.operator, text) }, `${coalesceKey}:value`)} onDone={seal} />
        </Field>
      )}
    </>
  );
}
