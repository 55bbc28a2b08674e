import { useTranslation } from 'react-i18next';
import { WAIT_MODES, withWaitMode } from '../../../../shared/journey/steps/wait';
import { Field, NumberInput, Select, WeekdayPicker } from '../fields';
import { type StepFieldsProps, useUnitOptions } from './stepFields';

const MODE_LABELS = { duration: 'inspector.forDuration', until: 'inspector.untilWeekday' } as const;

export function WaitFields({ node, set }: StepFieldsProps<'wait'>) {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const p = node.params;
  return (
    <>
      <Field label={t('inspector.waitMode')}>
        <Select value={p.mode} options={WAIT_MODES.map((m) => ({ value: m, label: t(MODE_LABELS[m]) }))} onChange={(mode) => set(withWaitMode(p, mode))} testId="inspector-wait-mode" />
      </Field>
      {p.mode === 'duration' ? (
        <div className="inspector__row">
          <Field label={t('inspector.amount')}>
            <NumberInput value={p.amount} onChange={(amount) => set({ ...p, amount }, 'amount')} testId="inspector-amount" />
          </Field>
          <Field label={t('inspector.unit')}>
            <Select value={p.unit} options={units} onChange={(unit) => set({ ...p, unit })} testId="inspector-unit" />
          </Field>
        </div>
      ) : (
        <>
          <Field label={t('inspector.weekdays')}>
            <WeekdayPicker value={p.weekdays} onChange={(weekdays) => set({ ...p, weekdays })} labelOf={(d) => t(`weekdays.${d}`)} />
          </Field>
          <Field label={t('inspector.time')}>
            <input type="time" value={p.time} onChange={(e) => set({ ...p, time: e.target.value })} />
          </Field>
        </>
      )}
    </>
  );
}
