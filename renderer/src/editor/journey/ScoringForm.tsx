// The scoring model: engagement points, decay, fit rules and grades, stage rules.
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FIT_GRADES, type FitGrade, LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import {
  addFitRule,
  addStageRule,
  removeFitRule,
  removeStageRule,
  withFitCondition,
  withFitPoints,
  withGradeThreshold,
  withStageRule,
} from '../../../../shared/scoring/edits';
import { GRADES_WITH_THRESHOLDS, POINT_EVENTS } from '../../../../shared/scoring/schema';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { ActionButton, Field, NumberInput, Select, useOptions } from '../fields';
import { useJourneyPart } from './useJourneyPart';


export function ScoringForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const options = useOptions();
  const { value: m, set } = useJourneyPart(document, 'scoring');
  const grades = FIT_GRADES.map((g) => ({ value: g, label: g }));
  return (
    <div className="inspector__section">
      <h4>{t('journeyInspector.engagementPoints')}</h4>
      <div className="inspector__grid">
        {POINT_EVENTS.map((e) => (
          <Field key={e} label={t(`journeyInspector.events.${e}`)}>
            <NumberInput value={m.engagement[e]} onChange={(v) => set({ ...m, engagement: { ...m.engagement, [e]: v } }, `points-${e}`)} testId={`scoring-${e}`} />
          </Field>
        ))}
        <Field label={t('journeyInspector.noReactionDays')}>
          <NumberInput value={m.engagement.noReactionDays} onChange={(v) => set({ ...m, engagement: { ...m.engagement, noReactionDays: v } }, 'noReactionDays')} />
        </Field>
      </div>
      <h4>{t('journeyInspector.decay')}</h4>
      <div className="inspector__row">
        <Field label={t('journeyInspector.percentPerWeek')}>
          <NumberInput value={m.decay.percentPerWeek} onChange={(v) => set({ ...m, decay: { ...m.decay, percentPerWeek: v } }, 'decay')} />
        </Field>
        <Field label={t('journeyInspector.afterInactiveDays')}>
          <NumberInput value={m.decay.afterInactiveDays} onChange={(v) => set({ ...m, decay: { ...m.decay, afterInactiveDays: v } }, 'decay')} />
        </Field>
      </div>
      <label className="inspector__check">
        <input type="checkbox" checked={m.topicScores} onChange={(e) => set({ ...m, topicScores: e.target.checked })} />
        {t('journeyInspector.topicScores')}
      </label>
      <h4>{t('journeyInspector.fitRules')}</h4>
      {m.fit.rules.map((rule, i) => (
        <div key={i} className="inspector__card inspector__grid">
          <AttributeRuleFields rule={rule} coalesceKey={`fit-${i}`} onChange={(next, coalesce) => set(withFitCondition(m, i, next), coalesce)} />
          <Field label={t('journeyInspector.points')}>
            <NumberInput value={rule.points} onChange={(points) => set(withFitPoints(m, i, points), `fit-points-${i}`)} />
          </Field>
          <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set(removeFitRule(m, i))}>
            <Trash2 size={14} />
          </button>
        </div>
      ))}
      <ActionButton onClick={() => set(addFitRule(m))}>
        <Plus size={14} /> {t('journeyInspector.addRule')}
      </ActionButton>
      <div className="inspector__row">
        {GRADES_WITH_THRESHOLDS.map((g) => (
          <Field key={g} label={t('journeyInspector.gradeFrom', { grade: g })}>
            <NumberInput value={m.fit.thresholds[g]} onChange={(v) => set(withGradeThreshold(m, g, v), `grade-${g}`)} />
          </Field>
        ))}
      </div>
      <Field label={t('journeyInspector.disqualifyAt')}>
        <Select value={m.disqualifyAtFit ?? ''} options={[{ value: '', label: t('journeyInspector.never') }, ...grades]} onChange={(v) => set({ ...m, disqualifyAtFit: v === '' ? null : (v as FitGrade) })} />
      </Field>
      <h4>{t('journeyInspector.stageRules')}</h4>
      {m.stageRules.map((rule, i) => (
        <div key={i} className="inspector__card inspector__grid">
          <Field label={t('journeyInspector.toStage')}>
            <Select value={rule.toStage} options={options(LIFECYCLE_STAGES, (x) => `stages.${x}`)} onChange={(toStage) => set(withStageRule(m, i, { toStage }))} />
          </Field>
          <Field label={t('journeyInspector.minEngagement')}>
            <NumberInput value={rule.minEngagement} onChange={(minEngagement) => set(withStageRule(m, i, { minEngagement }), `stage-min-${i}`)} />
          </Field>
          <Field label={t('journeyInspector.minFit')}>
            <Select value={rule.minFit} options={grades} onChange={(minFit) => set(withStageRule(m, i, { minFit }))} />
          </Field>
          <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set(removeStageRule(m, i))}>
            <Trash2 size={14} />
          </button>
        </div>
      ))}
      <ActionButton onClick={() => set(addStageRule(m))}>
        <Plus size={14} /> {t('journeyInspector.addStageRule')}
      </ActionButton>
    </div>
  );
}
