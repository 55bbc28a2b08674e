// Fields of the steps that end or redirect a path: go to, webhook and exit.
import { useTranslation } from 'react-i18next';
import { EXIT_REASONS } from '../../../../shared/journey/steps/exit';
import { JUMP_TARGET_KINDS, jumpTargets, withJumpKind } from '../../../../shared/journey/steps/jump';
import { WEBHOOK_METHODS } from '../../../../shared/journey/steps/webhook';
import { useApp } from '../../store/StoreContext';
import { Field, Select, TextInput, useOptions } from '../fields';
import { type StepFieldsProps, useSteps } from './stepFields';

const JUMP_KIND_LABELS = { node: 'inspector.anotherStep', journey: 'inspector.anotherJourney' } as const;

export function JumpFields({ node, set }: StepFieldsProps<'jump'>) {
  const { t } = useTranslation();
  const steps = useSteps();
  const journeys = useApp((s) => s.journeys);
  const target = node.params.target;
  const candidates = jumpTargets(steps, node.id);
  const first = { stepId: candidates[0]?.id, journey: journeys[0] };
  return (
    <>
      <Field label={t('inspector.goTo')}>
        <Select value={target.kind} options={JUMP_TARGET_KINDS.map((k) => ({ value: k, label: t(JUMP_KIND_LABELS[k]) }))} onChange={(kind) => set(withJumpKind(node.params, kind, first))} />
      </Field>
      {target.kind === 'node' ? (
        <Field label={t('inspector.step')}>
          <Select
            value={target.nodeId}
            options={candidates.map((s) => ({ value: s.id, label: s.label ?? `${t(`nodeTypes.${s.type}.name`)} · ${s.id}` }))}
            onChange={(nodeId) => set({ target: { kind: 'node', nodeId } })}
          />
        </Field>
      ) : (
        <Field label={t('inspector.journey')}>
          <Select
            value={target.journeyId}
            options={journeys.map((j) => ({ value: j.id, label: j.name }))}
            onChange={(journeyId) => set({ target: { kind: 'journey', journeyId, journeyName: journeys.find((j) => j.id === journeyId)?.name ?? '' } })}
          />
        </Field>
      )}
    </>
  );
}

export function WebhookFields({ node, set, seal }: StepFieldsProps<'webhook'>) {
  const { t } = useTranslation();
  const p = node.params;
  return (
    <>
      <Field label="URL">
        <TextInput value={p.url} onChange={(url) => set({ ...p, url }, 'url')} onDone={seal} testId="inspector-url" />
      </Field>
      <Field label={t('inspector.method')}>
        <Select value={p.method} options={WEBHOOK_METHODS.map((m) => ({ value: m, label: m }))} onChange={(method) => set({ ...p, method })} />
      </Field>
      <Field label={t('inspector.note')}>
        <TextInput value={p.note} onChange={(note) => set({ ...p, note }, 'note')} onDone={seal} testId="inspector-note" />
      </Field>
    </>
  );
}

export function ExitFields({ node, set }: StepFieldsProps<'exit'>) {
  const { t } = useTranslation();
  const options = useOptions();
  return (
    <Field label={t('inspector.reason')}>
      <Select value={node.params.reason} options={options(EXIT_REASONS, (v) => `summary.exit.${v}`)} onChange={(reason) => set({ reason })} testId="inspector-exit-reason" />
    </Field>
  );
}
