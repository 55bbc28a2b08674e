import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import { DEFAULT_ENTRY_EVENT, DEFAULT_ENTRY_STAGE, ENTRY_EVENTS, ENTRY_TRIGGERS, withTrigger } from '../../../../shared/journey/steps/entry';
import { Field, Select, TextInput, useOptions } from '../fields';
import type { StepFieldsProps } from './stepFields';

export function EntryFields({ node, set, seal }: StepFieldsProps<'entry'>) {
  const { t } = useTranslation();
  const options = useOptions();
  const p = node.params;
  return (
    <>
      <Field label={t('inspector.trigger')}>
        <Select value={p.trigger} options={options(ENTRY_TRIGGERS, (v) => `summary.trigger.${v}`)} onChange={(trigger) => set(withTrigger(p, trigger))} />
      </Field>
      <Field label={t('inspector.source')}>
        <TextInput value={p.source} onChange={(source) => set({ ...p, source }, 'source')} onDone={seal} testId="inspector-source" />
      </Field>
      {p.trigger === 'stageReached' && (
        <Field label={t('inspector.stage')}>
          <Select value={p.stage ?? DEFAULT_ENTRY_STAGE} options={options(LIFECYCLE_STAGES, (s) => `stages.${s}`)} onChange={(stage) => set({ ...p, stage })} />
        </Field>
      )}
      {p.trigger === 'event' && (
        <Field label={t('inspector.event')}>
          <Select value={p.event ?? DEFAULT_ENTRY_EVENT} options={options(ENTRY_EVENTS, (v) => `inspector.entryEvents.${v}`)} onChange={(event) => set({ ...p, event })} />
        </Field>
      )}
    </>
  );
}
