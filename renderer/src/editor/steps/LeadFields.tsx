// Fields of the steps that change the lead: score, stage, hand-off and a field or tag.
import { useTranslation } from 'react-i18next';
import { answerBranchChanges } from '../../../../shared/journey/answerBranches';
import { newId } from '../../../../shared/journey/ids';
import { LIFECYCLE_STAGES, topicOrNull } from '../../../../shared/journey/primitives';
import { ATTRIBUTE_ACTIONS, withAttributeAction, withSetValue } from '../../../../shared/journey/steps/updateAttribute';
import { useApp, useAppStoreApi } from '../../store/StoreContext';
import { Field, NumberInput, Select, TextInput, useOptions } from '../fields';
import type { StepFieldsProps } from './stepFields';
import { PartOffNote } from './PartOffNote';

export function AdjustScoreFields({ node, set, seal }: StepFieldsProps<'adjustScore'>) {
  const { t } = useTranslation();
  const p = node.params;
  return (
    <>
      <Field label={t('inspector.points')}>
        <NumberInput value={p.points} onChange={(points) => set({ ...p, points }, 'points')} testId="inspector-points" />
      </Field>
      <Field label={t('inspector.topicOptional')}>
        <TextInput value={p.topic ?? ''} onChange={(topic) => set({ ...p, topic: topicOrNull(topic) }, 'topic')} onDone={seal} testId="inspector-topic" />
      </Field>
    </>
  );
}

export function SetStageFields({ node, set }: StepFieldsProps<'setStage'>) {
  const { t } = useTranslation();
  const options = useOptions();
  return (
    <Field label={t('inspector.stage')}>
      <Select value={node.params.stage} options={options(LIFECYCLE_STAGES, (s) => `stages.${s}`)} onChange={(stage) => set({ stage })} testId="inspector-stage" />
    </Field>
  );
}

export function HandoffFields({ node, set, seal }: StepFieldsProps<'handoff'>) {
  const { t } = useTranslation();
  const options = useOptions();
  const p = node.params;
  // With sales simulated, an accepted lead is an SAL and sales reaches SQL and customer itself.
  const salesOn = useApp((s) => s.document?.sales.enabled ?? false);
  return (
    <>
      {salesOn ? (
        <p className="inspector__hint" data-testid="inspector-stage-by-sales">
          {t('salesSettings.handoff.stageBySales')}
        </p>
      ) : (
        <Field label={t('inspector.stageOnHandoff')}>
          <Select value={p.stage} options={options(LIFECYCLE_STAGES, (s) => `stages.${s}`)} onChange={(stage) => set({ ...p, stage })} />
        </Field>
      )}
      <Field label={t('inspector.noteForSales')}>
        <TextInput value={p.note} onChange={(note) => set({ ...p, note }, 'note')} onDone={seal} testId="inspector-note" />
      </Field>
      <AnswerBranchSwitch nodeId={node.id} on={p.branchOnAnswer} />
    </>
  );
}

/**
 * One output per answer of sales, or one "next": switched as one undoable edit that keeps the
 * path (shared/journey/answerBranches). Says so when this journey does not simulate sales.
 */
function AnswerBranchSwitch({ nodeId, on }: { nodeId: string; on: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const salesOn = useApp((s) => s.document?.sales.enabled ?? false);
  const toggle = (next: boolean) => {
    const { document, applyEdit } = store.getState();
    if (document) applyEdit(answerBranchChanges(document, nodeId, next, () => newId('e')));
  };
  return (
    <div className="answer-branches">
      <label className="inspector__check">
        <input type="checkbox" role="switch" checked={on} onChange={(e) => toggle(e.target.checked)} data-testid="inspector-branch-on-answer" />
        {t('salesSettings.handoff.branchOnAnswer')}
      </label>
      <span className="inspector__hint">{t(on ? 'salesSettings.handoff.branchOnHint' : 'salesSettings.handoff.branchOffHint')}</span>
      {!salesOn && (
        <PartOffNote tab="sales" text={t('salesSettings.handoff.salesOff')} link={t('salesSettings.handoff.openSales')} />
      )}
    </div>
  );
}

export function UpdateAttributeFields({ node, set, seal }: StepFieldsProps<'updateAttribute'>) {
  const { t } = useTranslation();
  const options = useOptions();
  const p = node.params;
  return (
    <>
      <Field label={t('inspector.action')}>
        <Select value={p.action} options={options(ATTRIBUTE_ACTIONS, (v) => `inspector.attributeActions.${v}`)} onChange={(action) => set(withAttributeAction(p, action))} />
      </Field>
      {p.action === 'set' ? (
        <>
          <Field label={t('inspector.attribute')}>
            <TextInput value={p.attribute} onChange={(attribute) => set({ ...p, attribute }, 'attribute')} onDone={seal} testId="inspector-attribute" />
          </Field>
          <Field label={t('inspector.value')}>
            <TextInput value={String(p.value)} onChange={(text) => set(withSetValue(p, text), 'value')} onDone={seal} testId="inspector-value" />
          </Field>
        </>
      ) : (
        <Field label={t('inspector.tag')}>
          <TextInput value={p.tag} onChange={(tag) => set({ ...p, tag }, 'tag')} onDone={seal} testId="inspector-tag" />
        </Field>
      )}
    </>
  );
}
