// The journey's settings: who may enter, consent, re-entry, goal, send window, frequency cap.
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES, type Stage } from '../../../../shared/journey/primitives';
import { GOAL_EXITS, type JourneyDocument, REENTRY_POLICIES } from '../../../../shared/journey/schema';
import {
  addAudienceRule,
  removeAudienceRule,
  withAudienceRule,
  withAudienceStage,
  withFrequencyCap,
  withGoalStage,
  withReentryPolicy,
  withSendWindow,
} from '../../../../shared/journey/settingsEdits';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { ActionButton, Field, NumberInput, Select, TextInput, useOptions, WeekdayPicker } from '../fields';
import { TimeZonePicker } from './TimeZonePicker';
import { useJourneyPart } from './useJourneyPart';

export function SettingsForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const options = useOptions();
  const { value: s, set, seal } = useJourneyPart(document, 'settings');
  const stages = options(LIFECYCLE_STAGES, (x) => `stages.${x}`);
  const cap = s.frequencyCap;
  return (
    <div className="inspector__section">
      <Field label={t('journeyInspector.description')}>
        <TextInput value={s.description} onChange={(description) => set({ ...s, description }, 'description')} onDone={seal} />
      </Field>
      <Field label={t('journeyInspector.audienceStages')}>
        <div className="inspector__days">
          {LIFECYCLE_STAGES.map((stage) => (
            <label key={stage}>
              <input type="checkbox" checked={s.audience.stages.includes(stage)} onChange={(e) => set(withAudienceStage(s, stage, e.target.checked))} />
              {t(`stages.${stage}`)}
            </label>
          ))}
        </div>
      </Field>
      <Field label={t('journeyInspector.audienceRules')}>
        <span className="inspector__hint">{t('journeyInspector.audienceRulesHint')}</span>
      </Field>
      {s.audience.rules.map((rule, i) => (
        <div key={i} className="inspector__card inspector__grid" data-testid="audience-rule">
          <AttributeRuleFields rule={rule} coalesceKey={`audience-${i}`} onChange={(next, coalesce) => set(withAudienceRule(s, i, next), coalesce)} />
          <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set(removeAudienceRule(s, i))}>
            <Trash2 size={14} />
          </button>
        </div>
      ))}
      <ActionButton onClick={() => set(addAudienceRule(s))} testId="add-audience-rule">
        <Plus size={14} /> {t('journeyInspector.addAudienceRule')}
      </ActionButton>
      <label className="inspector__check">
        <input type="checkbox" checked={s.consent.required} onChange={(e) => set({ ...s, consent: { required: e.target.checked } })} data-testid="setting-consent" />
        {t('journeyInspector.consentRequired')}
      </label>
      <Field label={t('journeyInspector.reentry')}>
        <Select value={s.reentry.policy} options={options(REENTRY_POLICIES, (p) => `journeyInspector.${p}`)} onChange={(policy) => set(withReentryPolicy(s, policy))} />
      </Field>
      {s.reentry.policy === 'afterDays' && (
        <Field label={t('journeyInspector.days')}>
          <NumberInput value={s.reentry.days} onChange={(days) => set({ ...s, reentry: { policy: 'afterDays', days } }, 'reentry')} />
        </Field>
      )}
      <Field label={t('journeyInspector.goal')}>
        <Select value={s.goal?.stage ?? ''} options={[{ value: '', label: t('journeyInspector.noGoal') }, ...stages]} onChange={(stage) => set(withGoalStage(s, stage === '' ? null : (stage as Stage)))} testId="setting-goal" />
      </Field>
      {s.goal && (
        <Field label={t('journeyInspector.goalExit')}>
          <Select value={s.goal.exitReason} options={options(GOAL_EXITS, (v) => `summary.exit.${v}`)} onChange={(exitReason) => s.goal && set({ ...s, goal: { ...s.goal, exitReason } })} />
        </Field>
      )}
      <label className="inspector__check">
        <input type="checkbox" checked={s.sendWindow !== null} onChange={(e) => set(withSendWindow(s, e.target.checked))} data-testid="setting-send-window" />
        {t('journeyInspector.sendWindow')}
      </label>
      {s.sendWindow && <SendWindowFields window={s.sendWindow} onChange={(sendWindow, coalesce) => set({ ...s, sendWindow }, coalesce)} />}
      <label className="inspector__check">
        <input type="checkbox" checked={s.frequencyCap !== null} onChange={(e) => set(withFrequencyCap(s, e.target.checked))} data-testid="setting-frequency-cap" />
        {t('journeyInspector.frequencyCap')}
      </label>
      {cap && (
        <div className="inspector__row">
          <Field label={t('journeyInspector.maxEmails')}>
            <NumberInput value={cap.maxEmails} onChange={(maxEmails) => set({ ...s, frequencyCap: { ...cap, maxEmails } }, 'cap')} testId="setting-cap-max" />
          </Field>
          <Field label={t('journeyInspector.perDays')}>
            <NumberInput value={cap.perDays} onChange={(perDays) => set({ ...s, frequencyCap: { ...cap, perDays } }, 'cap')} />
          </Field>
        </div>
      )}
    </div>
  );
}

type Window = NonNullable<JourneyDocument['settings']['sendWindow']>;

function SendWindowFields({ window: w, onChange }: { window: Window; onChange(next: Window, coalesce?: string): ReturnType<ReturnType<typeof useJourneyPart>['set']> }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('inspector.weekdays')}>
        <WeekdayPicker value={w.weekdays} onChange={(weekdays) => onChange({ ...w, weekdays })} labelOf={(d) => t(`weekdays.${d}`)} />
      </Field>
      <div className="inspector__row">
        <Field label={t('journeyInspector.from')}>
          <NumberInput value={w.startHour} onChange={(startHour) => onChange({ ...w, startHour }, 'window')} />
        </Field>
        <Field label={t('journeyInspector.to')}>
          <NumberInput value={w.endHour} onChange={(endHour) => onChange({ ...w, endHour }, 'window')} />
        </Field>
      </div>
      <Field label={t('journeyInspector.timeZone')}>
        <TimeZonePicker value={w.timeZone} onChange={(timeZone) => onChange({ ...w, timeZone })} label={t('journeyInspector.timeZone')} />
      </Field>
    </>
  );
}
