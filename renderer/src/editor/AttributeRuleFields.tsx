// Field, operator and value of one attribute rule — used by entry conditions, fit rules,
// condition steps and routing rules. Parsing of the value lives in shared/.
import { useTranslation } from 'react-i18next';
import {
  type AttributeRule,
  COMPARISON_OPERATORS,
  isAttributeName,
  ruleValueFromText,
  ruleValueToText,
  withOperator,
} from '../../../shared/journey/primitives';
import { useApp } from '../store/StoreContext';
import { Field, Select, TextInput } from './fields';

interface Props {
  rule: AttributeRule;
  /** `coalesce` merges typing in one field into one undo entry. */
  onChange(rule: AttributeRule, coalesce?: string): void;
  /** Distinguishes this rule's fields in the undo history. */
  coalesceKey: string;
}

export function AttributeRuleFields({ rule, onChange, coalesceKey }: Props) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  const needsValue = rule.operator !== 'exists' && rule.operator !== 'notExists';
  return (
    <>
      <Field label={t('inspector.attribute')}>
        <TextInput value={rule.attribute} maxLength={60} onChange={(attribute) => isAttributeName(attribute) && onChange({ ...rule, attribute }, `${coalesceKey}:attribute`)} onDone={seal} />
      </Field>
      <Field label={t('inspector.operator')}>
        <Select value={rule.operator} options={COMPARISON_OPERATORS.map((o) => ({ value: o, label: t(`operators.${o}`) }))} onChange={(operator) => onChange(withOperator(rule, operator))} />
      </Field>
      {needsValue && (
        <Field label={t('inspector.value')}>
          <TextInput value={ruleValueToText(rule.value)} maxLength={200} onChange={(text) => onChange({ ...rule, value: ruleValueFromText(rule.operator, text) }, `${coalesceKey}:value`)} onDone={seal} />
        </Field>
      )}
    </>
  );
}
