import { useTranslation } from 'react-i18next';
import { EMAIL_REACTION_EVENTS, REACTION_EVENTS } from '../../../../shared/journey/steps/waitForEvent';
import { Field, NumberInput, Select, TextInput, useOptions } from '../fields';
import { type StepFieldsProps, useEmailOptions, useUnitOptions } from './stepFields';

export function WaitForEventFields({ node, set, seal }: StepFieldsProps<'waitForEvent'>) {
  const { t } = useTranslation();
  const options = useOptions();
  const emailOptions = useEmailOptions();
  const units = useUnitOptions();
  const p = node.params;
  return (
    <>
      <Field label={t('inspector.reaction')}>
        <Select value={p.event} options={options(REACTION_EVENTS, (v) => `inspector.reactions.${v}`)} onChange={(event) => set({ ...p, event })} testId="inspector-reaction" />
      </Field>
      {EMAIL_REACTION_EVENTS.includes(p.event) && (
        <Field label={t('inspector.onEmail')}>
          <Select value={p.emailNodeId ?? ''} options={emailOptions} onChange={(v) => set({ ...p, emailNodeId: v || null })} />
        </Field>
      )}
      <Field label={t('inspector.target')}>
        <TextInput value={p.target} onChange={(target) => set({ ...p, target }, 'target')} onDone={seal} testId="inspector-target" />
      </Field>
      <div className="inspector__row">
        <Field label={t('inspector.timeout')}>
          <NumberInput value={p.timeout.amount} onChange={(amount) => set({ ...p, timeout: { ...p.timeout, amount } }, 'timeout')} testId="inspector-timeout" />
        </Field>
        <Field label={t('inspector.unit')}>
          <Select value={p.timeout.unit} options={units} onChange={(unit) => set({ ...p, timeout: { ...p.timeout, unit } })} />
        </Field>
      </div>
    </>
  );
}
