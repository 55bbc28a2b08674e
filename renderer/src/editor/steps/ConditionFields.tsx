import { useTranslation } from 'react-i18next';
import { FIT_GRADES, LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import { CONDITION_RULE_KINDS, type ConditionRule, ENGAGEMENT_CHECKS, withRuleKind } from '../../../../shared/journey/steps/condition';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { Field, NumberInput, Select, TextInput, useOptions } from '../fields';
import { type StepFieldsProps, useEmailOptions } from './stepFields';

export function ConditionFields({ node, set, seal }: StepFieldsProps<'condition'>) {
  const { t } = useTranslation();
  const options = useOptions();
  const emailOptions = useEmailOptions();
  const rule = node.params.rule;
  const setRule = (next: ConditionRule, coalesce?: string) => set({ rule: next }, coalesce);
  return (
    <>
      <Field label={t('inspector.checks')}>
        <Select value={rule.kind} options={options(CONDITION_RULE_KINDS, (k) => `inspector.ruleKinds.${k}`)} onChange={(kind) => set(withRuleKind(node.params, kind))} testId="inspector-rule-kind" />
      </Field>
      {rule.kind === 'engagement' && (
        <>
          <Field label={t('inspector.reaction')}>
            <Select value={rule.event} options={options(ENGAGEMENT_CHECKS, (v) => `inspector.engagementEvents.${v}`)} onChange={(event) => setRule({ ...rule, event })} />
          </Field>
          <Field label={t('inspector.onEmail')}>
            <Select value={rule.emailNodeId ?? ''} options={emailOptions} onChange={(v) => setRule({ ...rule, emailNodeId: v || null })} />
          </Field>
        </>
      )}
      {rule.kind === 'topicScore' && (
        <Field label={t('inspector.topic')}>
          <TextInput value={rule.topic} onChange={(topic) => setRule({ ...rule, topic }, 'topic')} onDone={seal} />
        </Field>
      )}
      {(rule.kind === 'score' || rule.kind === 'topicScore') && (
        <Field label={t('inspector.atLeast')}>
          <NumberInput value={rule.atLeast} onChange={(atLeast) => setRule({ ...rule, atLeast }, 'atLeast')} testId="inspector-at-least" />
        </Field>
      )}
      {rule.kind === 'fitGrade' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={FIT_GRADES.map((g) => ({ value: g, label: g }))} onChange={(atLeast) => setRule({ ...rule, atLeast })} />
        </Field>
      )}
      {rule.kind === 'stage' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={options(LIFECYCLE_STAGES, (s) => `stages.${s}`)} onChange={(atLeast) => setRule({ ...rule, atLeast })} />
        </Field>
      )}
      {rule.kind === 'attribute' && <AttributeRuleFields rule={rule.rule} coalesceKey="condition" onChange={(next, coalesce) => setRule({ ...rule, rule: next }, coalesce)} />}
    </>
  );
}
