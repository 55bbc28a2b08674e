// The journey itself, when no step is selected: settings (audience, consent, re-entry, goal,
// send window, frequency cap), the scoring model and the routing to sales.
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIT_GRADES, LIFECYCLE_STAGES } from '../../../shared/journey/primitives';
import type { JourneyChange } from '../../../shared/journey/changes';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { newId } from '../../../shared/journey/ids';
import { useApp } from '../store/StoreContext';
import { AttributeRuleFields } from './AttributeRuleFields';
import { Field, NumberInput, Select, TextInput, WeekdayPicker } from './fields';

type Tab = 'settings' | 'scoring' | 'routing';

export function JourneyInspector({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('settings');
  return (
    <aside className="inspector inspector--tabbed" aria-label={t('journeyInspector.heading')} data-testid="journey-inspector">
      <div className="segmented inspector__tabs" role="tablist">
        {(['settings', 'scoring', 'routing'] as const).map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'is-on' : ''} onClick={() => setTab(id)} data-testid={`journey-tab-${id}`}>
            {t(`journeyInspector.${id}`)}
          </button>
        ))}
      </div>
      <div className="inspector__scroll">
        {tab === 'settings' && <SettingsForm document={document} />}
        {tab === 'scoring' && <ScoringForm document={document} />}
        {tab === 'routing' && <RoutingForm document={document} />}
      </div>
    </aside>
  );
}

function usePatch(document: JourneyDocument) {
  const applyEdit = useApp((s) => s.applyEdit);
  return (patch: Extract<JourneyChange, { kind: 'updateJourney' }>['patch'], coalesce?: string) =>
    applyEdit([{ kind: 'updateJourney', patch }], coalesce ? { coalesce: `${coalesce}:${document.id}` } : {});
}

function SettingsForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  const patch = usePatch(document);
  const s = document.settings;
  const set = (settings: Partial<JourneyDocument['settings']>, coalesce?: string) => patch({ settings: { ...s, ...settings } }, coalesce);
  const invalid = t('inspector.invalidNumber');
  const stages = LIFECYCLE_STAGES.map((x) => ({ value: x, label: t(`stages.${x}`) }));
  return (
    <div className="inspector__section">
      <Field label={t('journeyInspector.description')}>
        <TextInput value={s.description} maxLength={2000} onChange={(description) => set({ description }, 'description')} onDone={seal} />
      </Field>
      <Field label={t('journeyInspector.audienceStages')}>
        <div className="inspector__days">
          {LIFECYCLE_STAGES.map((stage) => (
            <label key={stage}>
              <input type="checkbox" checked={s.audience.stages.includes(stage)} onChange={(e) => set({ audience: { ...s.audience, stages: e.target.checked ? [...s.audience.stages, stage] : s.audience.stages.filter((x) => x !== stage) } })} />
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
          <AttributeRuleFields
            rule={rule}
            coalesceKey={`audience-${i}`}
            onChange={(next, coalesce) => set({ audience: { ...s.audience, rules: s.audience.rules.map((r, k) => (k === i ? next : r)) } }, coalesce)}
          />
          <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set({ audience: { ...s.audience, rules: s.audience.rules.filter((_, k) => k !== i) } })}><Trash2 size={14} /></button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => set({ audience: { ...s.audience, rules: [...s.audience.rules, { attribute: 'country', operator: 'equals', value: 'DE' }] } })} data-testid="add-audience-rule">
        <Plus size={14} /> {t('journeyInspector.addAudienceRule')}
      </button>
      <label className="inspector__check">
        <input type="checkbox" checked={s.consent.required} onChange={(e) => set({ consent: { required: e.target.checked } })} data-testid="setting-consent" />
        {t('journeyInspector.consentRequired')}
      </label>
      <Field label={t('journeyInspector.reentry')}>
        <Select value={s.reentry.policy} options={[{ value: 'never', label: t('journeyInspector.never') }, { value: 'afterDays', label: t('journeyInspector.afterDays') }]} onChange={(policy) => set({ reentry: policy === 'never' ? { policy } : { policy, days: 90 } })} />
      </Field>
      {s.reentry.policy === 'afterDays' && (
        <Field label={t('journeyInspector.days')}>
          <NumberInput value={s.reentry.days} min={1} max={3650} onChange={(days) => set({ reentry: { policy: 'afterDays', days } }, 'reentry')} invalidText={invalid} />
        </Field>
      )}
      <Field label={t('journeyInspector.goal')}>
        <Select value={s.goal?.stage ?? ''} options={[{ value: '', label: t('journeyInspector.noGoal') }, ...stages]} onChange={(stage) => set({ goal: stage ? { stage: stage as (typeof LIFECYCLE_STAGES)[number], exitReason: s.goal?.exitReason ?? 'converted' } : null })} testId="setting-goal" />
      </Field>
      {s.goal && (
        <Field label={t('journeyInspector.goalExit')}>
          <Select value={s.goal.exitReason} options={(['converted', 'ended'] as const).map((v) => ({ value: v, label: t(`summary.exit.${v}`) }))} onChange={(exitReason) => s.goal && set({ goal: { ...s.goal, exitReason } })} />
        </Field>
      )}
      <label className="inspector__check">
        <input type="checkbox" checked={s.sendWindow !== null} onChange={(e) => set({ sendWindow: e.target.checked ? { weekdays: [1, 2, 3, 4, 5], startHour: 8, endHour: 18, timeZone: 'Europe/Berlin' } : null })} data-testid="setting-send-window" />
        {t('journeyInspector.sendWindow')}
      </label>
      {s.sendWindow && (
        <Field label={t('inspector.weekdays')}>
          <WeekdayPicker value={s.sendWindow.weekdays} onChange={(weekdays) => s.sendWindow && set({ sendWindow: { ...s.sendWindow, weekdays } })} labelOf={(d) => t(`weekdays.${d}`)} />
        </Field>
      )}
      {s.sendWindow && (
        <div className="inspector__row">
          <Field label={t('journeyInspector.from')}>
            <NumberInput value={s.sendWindow.startHour} min={0} max={23} integer onChange={(startHour) => s.sendWindow && startHour < s.sendWindow.endHour && set({ sendWindow: { ...s.sendWindow, startHour } }, 'window')} invalidText={invalid} />
          </Field>
          <Field label={t('journeyInspector.to')}>
            <NumberInput value={s.sendWindow.endHour} min={1} max={24} integer onChange={(endHour) => s.sendWindow && endHour > s.sendWindow.startHour && set({ sendWindow: { ...s.sendWindow, endHour } }, 'window')} invalidText={invalid} />
          </Field>
          <Field label={t('journeyInspector.timeZone')}>
            <TextInput value={s.sendWindow.timeZone} maxLength={64} onChange={(timeZone) => timeZone && s.sendWindow && set({ sendWindow: { ...s.sendWindow, timeZone } }, 'tz')} onDone={seal} />
          </Field>
        </div>
      )}
      <label className="inspector__check">
        <input type="checkbox" checked={s.frequencyCap !== null} onChange={(e) => set({ frequencyCap: e.target.checked ? { maxEmails: 3, perDays: 7 } : null })} data-testid="setting-frequency-cap" />
        {t('journeyInspector.frequencyCap')}
      </label>
      {s.frequencyCap && (
        <div className="inspector__row">
          <Field label={t('journeyInspector.maxEmails')}>
            <NumberInput value={s.frequencyCap.maxEmails} min={1} max={100} integer onChange={(maxEmails) => s.frequencyCap && set({ frequencyCap: { ...s.frequencyCap, maxEmails } }, 'cap')} invalidText={invalid} testId="setting-cap-max" />
          </Field>
          <Field label={t('journeyInspector.perDays')}>
            <NumberInput value={s.frequencyCap.perDays} min={1} max={365} onChange={(perDays) => s.frequencyCap && set({ frequencyCap: { ...s.frequencyCap, perDays } }, 'cap')} invalidText={invalid} />
          </Field>
        </div>
      )}
    </div>
  );
}

function ScoringForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const patch = usePatch(document);
  const m = document.scoring;
  const set = (scoring: Partial<JourneyDocument['scoring']>, coalesce?: string) => patch({ scoring: { ...m, ...scoring } }, coalesce);
  const invalid = t('inspector.invalidNumber');
  const events = ['open', 'click', 'download', 'form', 'webinar', 'visit', 'noReaction'] as const;
  return (
    <div className="inspector__section">
      <h4>{t('journeyInspector.engagementPoints')}</h4>
      <div className="inspector__grid">
        {events.map((e) => (
          <Field key={e} label={t(`journeyInspector.events.${e}`)}>
            <NumberInput value={m.engagement[e]} min={-1000} max={1000} onChange={(v) => set({ engagement: { ...m.engagement, [e]: v } }, `points-${e}`)} invalidText={invalid} testId={`scoring-${e}`} />
          </Field>
        ))}
        <Field label={t('journeyInspector.noReactionDays')}>
          <NumberInput value={m.engagement.noReactionDays} min={1} max={365} onChange={(v) => set({ engagement: { ...m.engagement, noReactionDays: v } }, 'noReactionDays')} invalidText={invalid} />
        </Field>
      </div>
      <h4>{t('journeyInspector.decay')}</h4>
      <div className="inspector__row">
        <Field label={t('journeyInspector.percentPerWeek')}>
          <NumberInput value={m.decay.percentPerWeek} min={0} max={100} onChange={(v) => set({ decay: { ...m.decay, percentPerWeek: v } }, 'decay')} invalidText={invalid} />
        </Field>
        <Field label={t('journeyInspector.afterInactiveDays')}>
          <NumberInput value={m.decay.afterInactiveDays} min={0} max={365} onChange={(v) => set({ decay: { ...m.decay, afterInactiveDays: v } }, 'decay')} invalidText={invalid} />
        </Field>
      </div>
      <label className="inspector__check">
        <input type="checkbox" checked={m.topicScores} onChange={(e) => set({ topicScores: e.target.checked })} />
        {t('journeyInspector.topicScores')}
      </label>
      <h4>{t('journeyInspector.fitRules')}</h4>
      {m.fit.rules.map((rule, i) => (
        <div key={i} className="inspector__card inspector__grid">
          <AttributeRuleFields
            rule={rule}
            coalesceKey={`fit-${i}`}
            onChange={(next, coalesce) => set({ fit: { ...m.fit, rules: m.fit.rules.map((r, k) => (k === i ? { ...next, points: r.points } : r)) } }, coalesce)}
          />
          <Field label={t('journeyInspector.points')}><NumberInput value={rule.points} min={-1000} max={1000} onChange={(points) => set({ fit: { ...m.fit, rules: m.fit.rules.map((r, k) => (k === i ? { ...r, points } : r)) } }, `fit-points-${i}`)} invalidText={invalid} /></Field>
          <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set({ fit: { ...m.fit, rules: m.fit.rules.filter((_, k) => k !== i) } })}><Trash2 size={14} /></button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => set({ fit: { ...m.fit, rules: [...m.fit.rules, { attribute: 'companySize', operator: 'gte', value: 200, points: 10 }] } })}>
        <Plus size={14} /> {t('journeyInspector.addRule')}
      </button>
      <div className="inspector__row">
        {(['A', 'B', 'C'] as const).map((g) => (
          <Field key={g} label={t('journeyInspector.gradeFrom', { grade: g })}>
            <NumberInput value={m.fit.thresholds[g]} onChange={(v) => { const th = { ...m.fit.thresholds, [g]: v }; if (th.A >= th.B && th.B >= th.C) set({ fit: { ...m.fit, thresholds: th } }, `grade-${g}`); }} invalidText={invalid} />
          </Field>
        ))}
      </div>
      <Field label={t('journeyInspector.disqualifyAt')}>
        <Select value={m.disqualifyAtFit ?? ''} options={[{ value: '', label: t('journeyInspector.never') }, ...FIT_GRADES.map((g) => ({ value: g, label: g }))]} onChange={(v) => set({ disqualifyAtFit: v === '' ? null : (v as (typeof FIT_GRADES)[number]) })} />
      </Field>
      <h4>{t('journeyInspector.stageRules')}</h4>
      {m.stageRules.map((rule, i) => (
        <div key={i} className="inspector__card inspector__grid">
          <Field label={t('journeyInspector.toStage')}><Select value={rule.toStage} options={LIFECYCLE_STAGES.map((x) => ({ value: x, label: t(`stages.${x}`) }))} onChange={(toStage) => set({ stageRules: m.stageRules.map((r, k) => (k === i ? { ...r, toStage } : r)) })} /></Field>
          <Field label={t('journeyInspector.minEngagement')}><NumberInput value={rule.minEngagement} onChange={(minEngagement) => set({ stageRules: m.stageRules.map((r, k) => (k === i ? { ...r, minEngagement } : r)) }, `stage-min-${i}`)} invalidText={invalid} /></Field>
          <Field label={t('journeyInspector.minFit')}><Select value={rule.minFit} options={FIT_GRADES.map((g) => ({ value: g, label: g }))} onChange={(minFit) => set({ stageRules: m.stageRules.map((r, k) => (k === i ? { ...r, minFit } : r)) })} /></Field>
          <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set({ stageRules: m.stageRules.filter((_, k) => k !== i) })}><Trash2 size={14} /></button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => set({ stageRules: [...m.stageRules, { toStage: 'mql', minEngagement: 50, minFit: 'B' }] })}>
        <Plus size={14} /> {t('journeyInspector.addStageRule')}
      </button>
    </div>
  );
}

function RoutingForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  const patch = usePatch(document);
  const r = document.routing;
  const set = (routing: Partial<JourneyDocument['routing']>, coalesce?: string) => patch({ routing: { ...r, ...routing } }, coalesce);
  const invalid = t('inspector.invalidNumber');
  return (
    <div className="inspector__section">
      <h4>{t('journeyInspector.teams')}</h4>
      {r.teams.map((team, ti) => (
        <div key={team.id} className="inspector__card" data-testid="routing-team">
          <Field label={t('journeyInspector.teamName')}><TextInput value={team.name} maxLength={120} onChange={(name) => name.trim() && set({ teams: r.teams.map((x, k) => (k === ti ? { ...x, name } : x)) }, `team-${team.id}`)} onDone={seal} /></Field>
          {team.reps.map((rep, ri) => (
            <div key={rep.id} className="inspector__row">
              <Field label={t('journeyInspector.rep')}><TextInput value={rep.name} maxLength={120} onChange={(name) => name.trim() && set({ teams: r.teams.map((x, k) => (k === ti ? { ...x, reps: x.reps.map((y, j) => (j === ri ? { ...y, name } : y)) } : x)) }, `rep-${rep.id}`)} onDone={seal} /></Field>
              <Field label={t('journeyInspector.perWeek')}><NumberInput value={rep.weeklyCapacity} min={0} max={10000} integer onChange={(weeklyCapacity) => set({ teams: r.teams.map((x, k) => (k === ti ? { ...x, reps: x.reps.map((y, j) => (j === ri ? { ...y, weeklyCapacity } : y)) } : x)) }, `cap-${rep.id}`)} invalidText={invalid} testId="routing-capacity" /></Field>
              <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set({ teams: r.teams.map((x, k) => (k === ti ? { ...x, reps: x.reps.filter((_, j) => j !== ri) } : x)) })}><Trash2 size={14} /></button>
            </div>
          ))}
          <button type="button" className="link-button" onClick={() => set({ teams: r.teams.map((x, k) => (k === ti ? { ...x, reps: [...x.reps, { id: newId('rep'), name: t('journeyInspector.newRep'), weeklyCapacity: 10 }] } : x)) })}>
            + {t('journeyInspector.addRep')}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => set({ teams: [...r.teams, { id: newId('team'), name: t('journeyInspector.newTeam'), reps: [] }] })} data-testid="routing-add-team">
        <Plus size={14} /> {t('journeyInspector.addTeam')}
      </button>
      <h4>{t('journeyInspector.rules')}</h4>
      {r.rules.map((rule, i) => {
        // Every condition must hold (AND); none means every lead matches.
        const setWhen = (when: typeof rule.when, coalesce?: string) => set({ rules: r.rules.map((x, k) => (k === i ? { ...x, when } : x)) }, coalesce);
        return (
          <div key={rule.id} className="inspector__card" data-testid="routing-rule">
            {rule.when.length === 0 && <p className="inspector__hint">{t('journeyInspector.everyLeadMatches')}</p>}
            {rule.when.map((condition, ci) => (
              <div key={ci} className="inspector__grid" data-testid="routing-condition">
                {ci > 0 && <span className="routing__and">{t('journeyInspector.and')}</span>}
                <AttributeRuleFields
                  rule={condition}
                  coalesceKey={`routing-${rule.id}-${ci}`}
                  onChange={(next, coalesce) => setWhen(rule.when.map((c, k) => (k === ci ? next : c)), coalesce)}
                />
                <button type="button" className="link-button routing__remove" onClick={() => setWhen(rule.when.filter((_, k) => k !== ci))} data-testid="routing-remove-condition">
                  {t('journeyInspector.removeCondition')}
                </button>
              </div>
            ))}
            {rule.when.length < 20 && (
              <button type="button" className="link-button" onClick={() => setWhen([...rule.when, { attribute: 'country', operator: 'equals', value: 'DE' }])} data-testid="routing-add-condition">
                + {t(rule.when.length === 0 ? 'journeyInspector.addCondition' : 'journeyInspector.addAndCondition')}
              </button>
            )}
            <div className="inspector__row">
              <Field label={t('journeyInspector.topTopic')}>
                <TextInput value={rule.topTopic ?? ''} maxLength={60} onChange={(topic) => set({ rules: r.rules.map((x, k) => (k === i ? { ...x, topTopic: topic.trim() || null } : x)) }, `rule-topic-${rule.id}`)} onDone={seal} />
              </Field>
              <Field label={t('journeyInspector.assignTo')}>
                <Select
                  value={rule.assignTo.kind === 'team' ? `team:${rule.assignTo.teamId}` : `rep:${rule.assignTo.repId}`}
                  options={r.teams.flatMap((x) => [{ value: `team:${x.id}`, label: x.name }, ...x.reps.map((rep) => ({ value: `rep:${rep.id}`, label: `${x.name} · ${rep.name}` }))])}
                  onChange={(value) => {
                    const [kind, id] = value.split(':') as ['team' | 'rep', string];
                    set({ rules: r.rules.map((x, k) => (k === i ? { ...x, assignTo: kind === 'team' ? { kind, teamId: id } : { kind, repId: id } } : x)) });
                  }}
                />
              </Field>
              <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => set({ rules: r.rules.filter((_, k) => k !== i) })}><Trash2 size={14} /></button>
            </div>
          </div>
        );
      })}
      {r.teams.length > 0 && (
        <button type="button" className="button" onClick={() => set({ rules: [...r.rules, { id: newId('rule'), when: [], topTopic: null, assignTo: { kind: 'team', teamId: r.teams[0]!.id } }] })}>
          <Plus size={14} /> {t('journeyInspector.addRoutingRule')}
        </button>
      )}
      <Field label={t('journeyInspector.fallbackQueue')}><TextInput value={r.fallbackQueue} maxLength={120} onChange={(fallbackQueue) => fallbackQueue.trim() && set({ fallbackQueue }, 'fallback')} onDone={seal} /></Field>
    </div>
  );
}
