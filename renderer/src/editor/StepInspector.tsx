// The inspector for the selected step: its label and every parameter of its type. Email
// steps add the template picker. Each change is a typed, undoable edit of the journey.
import { Plus, Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SWITCH_DEFAULT_OUTPUT } from '../../../shared/journey/nodeTypes';
import { FIT_GRADES, isAttributeName, LIFECYCLE_STAGES } from '../../../shared/journey/primitives';
import type { ConditionRule, JourneyNode, NodeOf } from '../../../shared/journey/schema';
import { useApp } from '../store/StoreContext';
import { AttributeRuleFields } from './AttributeRuleFields';
import { EmailStepPanel } from './EmailStepPanel';
import { Field, NumberInput, Select, TextInput, WeekdayPicker } from './fields';

type Update = (params: object, coalesce?: string) => void;
const NO_STEPS: JourneyNode[] = [];

export function StepInspector({ node }: { node: JourneyNode }) {
  const { t } = useTranslation();
  const applyEdit = useApp((s) => s.applyEdit);
  const sealEdit = useApp((s) => s.sealEdit);
  const replace = (next: JourneyNode, coalesce?: string) => applyEdit([{ kind: 'updateNode', node: next }], coalesce ? { coalesce } : {});
  const update: Update = (params, coalesce) => replace({ ...node, params: { ...node.params, ...params } } as JourneyNode, coalesce);

  return (
    <aside className="inspector" aria-label={t('inspector.heading')} data-testid="step-inspector" data-node-id={node.id}>
      <h3>{t(`nodeTypes.${node.type}.name`)}</h3>
      <Field label={t('inspector.label')}>
        <TextInput
          value={node.label ?? ''}
          maxLength={120}
          testId="inspector-label"
          onChange={(label) => replace({ ...node, ...(label ? { label } : { label: undefined }) } as JourneyNode, `label:${node.id}`)}
          onDone={sealEdit}
        />
      </Field>
      {node.type === 'sendEmail' ? <EmailStepPanel node={node} embedded /> : <Parameters node={node} update={update} />}
    </aside>
  );
}

function Parameters({ node, update }: { node: JourneyNode; update: Update }) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  // Select stable references only; derived lists are memoised (a new array per call would loop).
  const steps = useApp((s) => s.document?.nodes ?? NO_STEPS);
  const emailSteps = useMemo(() => steps.filter((n) => n.type === 'sendEmail'), [steps]);
  const journeys = useApp((s) => s.journeys);
  const stages = LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }));
  const units = (['hours', 'days', 'businessDays'] as const).map((u) => ({ value: u, label: t(`inspector.units.${u}`) }));
  const invalid = t('inspector.invalidNumber');
  const emailOptions = [{ value: '', label: t('summary.anyEmail') }, ...emailSteps.map((n) => ({ value: n.id, label: n.label ?? (n.type === 'sendEmail' ? n.params.subject || n.id : n.id) }))];
  const text = (name: string, value: string, onChange: (v: string) => void, max = 500) => (
    <TextInput value={value} maxLength={max} onChange={onChange} onDone={seal} testId={`inspector-${name}`} />
  );

  switch (node.type) {
    case 'entry': {
      const p = node.params;
      return (
        <>
          <Field label={t('inspector.trigger')}>
            <Select value={p.trigger} options={(['formSubmitted', 'listImport', 'stageReached', 'event'] as const).map((v) => ({ value: v, label: t(`summary.trigger.${v}`) }))} onChange={(trigger) => update({ trigger })} />
          </Field>
          <Field label={t('inspector.source')}>{text('source', p.source, (source) => update({ source }, `source:${node.id}`), 200)}</Field>
          {p.trigger === 'stageReached' && (
            <Field label={t('inspector.stage')}>
              <Select value={p.stage ?? 'mql'} options={stages} onChange={(stage) => update({ stage })} />
            </Field>
          )}
          {p.trigger === 'event' && (
            <Field label={t('inspector.event')}>
              <Select value={p.event ?? 'webinarSignup'} options={(['webinarSignup', 'download', 'formSubmit', 'visit'] as const).map((v) => ({ value: v, label: t(`inspector.entryEvents.${v}`) }))} onChange={(event) => update({ event })} />
            </Field>
          )}
        </>
      );
    }
    case 'wait': {
      const p = node.params;
      return (
        <>
          <Field label={t('inspector.waitMode')}>
            <Select
              value={p.mode}
              options={[{ value: 'duration', label: t('inspector.forDuration') }, { value: 'until', label: t('inspector.untilWeekday') }]}
              onChange={(mode) => update(mode === 'duration' ? { mode, amount: 1, unit: 'days', weekdays: undefined, time: undefined } : { mode, weekdays: [1], time: '09:00', amount: undefined, unit: undefined })}
              testId="inspector-wait-mode"
            />
          </Field>
          {p.mode === 'duration' ? (
            <div className="inspector__row">
              <Field label={t('inspector.amount')}>
                <NumberInput value={p.amount} min={0} max={3650} onChange={(amount) => update({ amount }, `amount:${node.id}`)} testId="inspector-amount" invalidText={invalid} />
              </Field>
              <Field label={t('inspector.unit')}>
                <Select value={p.unit} options={units} onChange={(unit) => update({ unit })} testId="inspector-unit" />
              </Field>
            </div>
          ) : (
            <>
              <Field label={t('inspector.weekdays')}>
                <WeekdayPicker value={p.weekdays} onChange={(weekdays) => update({ weekdays })} labelOf={(d) => t(`weekdays.${d}`)} />
              </Field>
              <Field label={t('inspector.time')}>
                <input type="time" value={p.time} onChange={(e) => /^\d{2}:\d{2}$/.test(e.target.value) && update({ time: e.target.value })} />
              </Field>
            </>
          )}
        </>
      );
    }
    case 'waitForEvent': {
      const p = node.params;
      return (
        <>
          <Field label={t('inspector.reaction')}>
            <Select value={p.event} options={(['open', 'click', 'download', 'form', 'visit'] as const).map((v) => ({ value: v, label: t(`inspector.reactions.${v}`) }))} onChange={(event) => update({ event })} testId="inspector-reaction" />
          </Field>
          {(p.event === 'open' || p.event === 'click' || p.event === 'download') && (
            <Field label={t('inspector.onEmail')}>
              <Select value={p.emailNodeId ?? ''} options={emailOptions} onChange={(v) => update({ emailNodeId: v || null })} />
            </Field>
          )}
          <Field label={t('inspector.target')}>{text('target', p.target, (target) => update({ target }, `target:${node.id}`))}</Field>
          <div className="inspector__row">
            <Field label={t('inspector.timeout')}>
              <NumberInput value={p.timeout.amount} min={0} max={3650} onChange={(amount) => update({ timeout: { ...p.timeout, amount } }, `timeout:${node.id}`)} testId="inspector-timeout" invalidText={invalid} />
            </Field>
            <Field label={t('inspector.unit')}>
              <Select value={p.timeout.unit} options={units} onChange={(unit) => update({ timeout: { ...p.timeout, unit } })} />
            </Field>
          </div>
        </>
      );
    }
    case 'condition':
      return <ConditionFields node={node} update={update} emailOptions={emailOptions} />;
    case 'split':
      return <SplitFields node={node} update={update} />;
    case 'adjustScore':
      return (
        <>
          <Field label={t('inspector.points')}>
            <NumberInput value={node.params.points} min={-1000} max={1000} onChange={(points) => update({ points }, `points:${node.id}`)} testId="inspector-points" invalidText={invalid} />
          </Field>
          <Field label={t('inspector.topicOptional')}>{text('topic', node.params.topic ?? '', (topic) => update({ topic: topic.trim() || null }, `topic:${node.id}`), 60)}</Field>
        </>
      );
    case 'setStage':
      return (
        <Field label={t('inspector.stage')}>
          <Select value={node.params.stage} options={stages} onChange={(stage) => update({ stage })} testId="inspector-stage" />
        </Field>
      );
    case 'handoff':
      return (
        <>
          <Field label={t('inspector.stageOnHandoff')}>
            <Select value={node.params.stage} options={stages} onChange={(stage) => update({ stage })} />
          </Field>
          <Field label={t('inspector.noteForSales')}>{text('note', node.params.note, (note) => update({ note }, `note:${node.id}`))}</Field>
        </>
      );
    case 'updateAttribute': {
      const p = node.params;
      return (
        <>
          <Field label={t('inspector.action')}>
            <Select
              value={p.action}
              options={(['set', 'addTag', 'removeTag'] as const).map((v) => ({ value: v, label: t(`inspector.attributeActions.${v}`) }))}
              onChange={(action) => update(action === 'set' ? { action, attribute: 'status', value: '', tag: undefined } : { action, tag: 'tag', attribute: undefined, value: undefined })}
            />
          </Field>
          {p.action === 'set' ? (
            <>
              <Field label={t('inspector.attribute')}>{text('attribute', p.attribute, (attribute) => isAttributeName(attribute) && update({ attribute }, `attribute:${node.id}`), 60)}</Field>
              <Field label={t('inspector.value')}>{text('value', String(p.value), (value) => update({ value }, `value:${node.id}`), 200)}</Field>
            </>
          ) : (
            <Field label={t('inspector.tag')}>{text('tag', p.tag, (tag) => tag.trim() && update({ tag }, `tag:${node.id}`), 60)}</Field>
          )}
        </>
      );
    }
    case 'jump': {
      const target = node.params.target;
      return (
        <>
          <Field label={t('inspector.goTo')}>
            <Select
              value={target.kind}
              options={[{ value: 'node', label: t('inspector.anotherStep') }, { value: 'journey', label: t('inspector.anotherJourney') }]}
              onChange={(kind) => update({ target: kind === 'node' ? { kind, nodeId: steps[0]?.id ?? 'entry' } : { kind, journeyId: journeys[0]?.id ?? 'journey', journeyName: journeys[0]?.name ?? '' } })}
            />
          </Field>
          {target.kind === 'node' ? (
            <Field label={t('inspector.step')}>
              <Select value={target.nodeId} options={steps.filter((s) => s.id !== node.id).map((s) => ({ value: s.id, label: s.label ?? `${t(`nodeTypes.${s.type}.name`)} · ${s.id}` }))} onChange={(nodeId) => update({ target: { kind: 'node', nodeId } })} />
            </Field>
          ) : (
            <Field label={t('inspector.journey')}>
              <Select
                value={target.journeyId}
                options={journeys.map((j) => ({ value: j.id, label: j.name }))}
                onChange={(journeyId) => update({ target: { kind: 'journey', journeyId, journeyName: journeys.find((j) => j.id === journeyId)?.name ?? '' } })}
              />
            </Field>
          )}
        </>
      );
    }
    case 'webhook':
      return (
        <>
          <Field label="URL">{text('url', node.params.url, (url) => update({ url }, `url:${node.id}`), 2000)}</Field>
          <Field label={t('inspector.method')}>
            <Select value={node.params.method} options={[{ value: 'POST', label: 'POST' }, { value: 'PUT', label: 'PUT' }]} onChange={(method) => update({ method })} />
          </Field>
          <Field label={t('inspector.note')}>{text('note', node.params.note, (note) => update({ note }, `note:${node.id}`))}</Field>
        </>
      );
    case 'exit':
      return (
        <Field label={t('inspector.reason')}>
          <Select value={node.params.reason} options={(['converted', 'disqualified', 'unsubscribed', 'ended'] as const).map((v) => ({ value: v, label: t(`summary.exit.${v}`) }))} onChange={(reason) => update({ reason })} testId="inspector-exit-reason" />
        </Field>
      );
    default:
      return null;
  }
}

function ConditionFields({ node, update, emailOptions }: { node: NodeOf<'condition'>; update: Update; emailOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  const rule = node.params.rule;
  const setRule = (next: ConditionRule, coalesce?: string) => update({ rule: next }, coalesce);
  const defaults: Record<ConditionRule['kind'], ConditionRule> = {
    engagement: { kind: 'engagement', event: 'opened', emailNodeId: null },
    score: { kind: 'score', atLeast: 50 },
    topicScore: { kind: 'topicScore', topic: 'topic', atLeast: 20 },
    fitGrade: { kind: 'fitGrade', atLeast: 'B' },
    stage: { kind: 'stage', atLeast: 'mql' },
    attribute: { kind: 'attribute', rule: { attribute: 'country', operator: 'equals', value: 'DE' } },
    hasConsent: { kind: 'hasConsent' },
  };
  const invalid = t('inspector.invalidNumber');
  return (
    <>
      <Field label={t('inspector.checks')}>
        <Select value={rule.kind} options={(Object.keys(defaults) as ConditionRule['kind'][]).map((k) => ({ value: k, label: t(`inspector.ruleKinds.${k}`) }))} onChange={(kind) => setRule(defaults[kind])} testId="inspector-rule-kind" />
      </Field>
      {rule.kind === 'engagement' && (
        <>
          <Field label={t('inspector.reaction')}>
            <Select value={rule.event} options={(['opened', 'clicked', 'downloaded'] as const).map((v) => ({ value: v, label: t(`inspector.engagementEvents.${v}`) }))} onChange={(event) => setRule({ ...rule, event })} />
          </Field>
          <Field label={t('inspector.onEmail')}>
            <Select value={rule.emailNodeId ?? ''} options={emailOptions} onChange={(v) => setRule({ ...rule, emailNodeId: v || null })} />
          </Field>
        </>
      )}
      {(rule.kind === 'score' || rule.kind === 'topicScore') && (
        <>
          {rule.kind === 'topicScore' && <Field label={t('inspector.topic')}><TextInput value={rule.topic} maxLength={60} onChange={(topic) => topic.trim() && setRule({ ...rule, topic }, `topic:${node.id}`)} onDone={seal} /></Field>}
          <Field label={t('inspector.atLeast')}>
            <NumberInput value={rule.atLeast} onChange={(atLeast) => setRule({ ...rule, atLeast }, `atLeast:${node.id}`)} testId="inspector-at-least" invalidText={invalid} />
          </Field>
        </>
      )}
      {rule.kind === 'fitGrade' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={FIT_GRADES.map((g) => ({ value: g, label: g }))} onChange={(atLeast) => setRule({ ...rule, atLeast })} />
        </Field>
      )}
      {rule.kind === 'stage' && (
        <Field label={t('inspector.atLeast')}>
          <Select value={rule.atLeast} options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} onChange={(atLeast) => setRule({ ...rule, atLeast })} />
        </Field>
      )}
      {rule.kind === 'attribute' && (
        <>
          <AttributeRuleFields rule={rule.rule} coalesceKey={`condition-${node.id}`} onChange={(next, coalesce) => setRule({ ...rule, rule: next }, coalesce)} />
        </>
      )}
    </>
  );
}

function SplitFields({ node, update }: { node: NodeOf<'split'>; update: Update }) {
  const { t } = useTranslation();
  const seal = useApp((s) => s.sealEdit);
  const p = node.params;
  const nextId = (used: string[]) => 'ABCDEFGHIJ'.split('').find((c) => !used.includes(c)) ?? `b${used.length + 1}`;
  const invalid = t('inspector.invalidNumber');
  if (p.mode === 'percent') {
    const sum = p.branches.reduce((s, b) => s + b.percent, 0);
    return (
      <>
        <Field label={t('inspector.splitMode')}>
          <Select value="percent" options={[{ value: 'percent', label: t('inspector.byPercent') }, { value: 'switch', label: t('inspector.byAttribute') }]} onChange={() => update({ mode: 'switch', attribute: 'language', cases: [{ id: 'case1', value: 'de' }], branches: undefined })} />
        </Field>
        {p.branches.map((b, i) => (
          <div className="inspector__row" key={b.id}>
            <Field label={`${t('inspector.branch')} ${b.id}`}><TextInput value={b.label} maxLength={60} onChange={(label) => update({ branches: p.branches.map((x, k) => (k === i ? { ...x, label } : x)) }, `branch:${node.id}:${b.id}`)} onDone={seal} /></Field>
            <Field label="%"><NumberInput value={b.percent} min={0} max={100} onChange={(percent) => update({ branches: p.branches.map((x, k) => (k === i ? { ...x, percent } : x)) }, `percent:${node.id}:${b.id}`)} invalidText={invalid} testId={`inspector-percent-${b.id}`} /></Field>
            {p.branches.length > 2 && <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => update({ branches: p.branches.filter((_, k) => k !== i) })}><Trash2 size={14} /></button>}
          </div>
        ))}
        {Math.abs(sum - 100) > 1e-9 && <span className="inspector__error">{t('inspector.sumNot100', { sum })}</span>}
        {p.branches.length < 10 && (
          <button type="button" className="button" onClick={() => update({ branches: [...p.branches, { id: nextId(p.branches.map((b) => b.id)), label: '', percent: 0 }] })}>
            <Plus size={14} /> {t('inspector.addBranch')}
          </button>
        )}
      </>
    );
  }
  return (
    <>
      <Field label={t('inspector.splitMode')}>
        <Select value="switch" options={[{ value: 'percent', label: t('inspector.byPercent') }, { value: 'switch', label: t('inspector.byAttribute') }]} onChange={() => update({ mode: 'percent', branches: [{ id: 'A', label: '', percent: 50 }, { id: 'B', label: '', percent: 50 }], attribute: undefined, cases: undefined })} />
      </Field>
      <Field label={t('inspector.attribute')}><TextInput value={p.attribute} maxLength={60} onChange={(attribute) => isAttributeName(attribute) && update({ attribute }, `attribute:${node.id}`)} onDone={seal} /></Field>
      {p.cases.map((c, i) => (
        <div className="inspector__row" key={c.id}>
          <Field label={t('inspector.caseValue')}><TextInput value={c.value} maxLength={200} onChange={(value) => update({ cases: p.cases.map((x, k) => (k === i ? { ...x, value } : x)) }, `case:${node.id}:${c.id}`)} onDone={seal} /></Field>
          {p.cases.length > 1 && <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => update({ cases: p.cases.filter((_, k) => k !== i) })}><Trash2 size={14} /></button>}
        </div>
      ))}
      <span className="inspector__hint">{t('inspector.otherwise', { output: SWITCH_DEFAULT_OUTPUT })}</span>
      {p.cases.length < 20 && (
        <button type="button" className="button" onClick={() => update({ cases: [...p.cases, { id: `case${p.cases.length + 1}${Date.now() % 1000}`, value: '' }] })}>
          <Plus size={14} /> {t('inspector.addCase')}
        </button>
      )}
    </>
  );
}
