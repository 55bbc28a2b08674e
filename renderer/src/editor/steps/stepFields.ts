// What every step kind's inspector fields receive, and the hooks they share.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOutcome, EditResult } from '../../../../shared/journey/editResult';
import { stepNameOf } from '../../../../shared/journey/nodeTypes';
import type { JourneyNode, NodeOf, NodeType } from '../../../../shared/journey/schema';
import { DurationUnit } from '../../../../shared/journey/primitives';
import { useApp } from '../../store/StoreContext';

export interface StepFieldsProps<T extends NodeType> {
  node: NodeOf<T>;
  /** Replaces the parameters; the store checks them and may refuse. `coalesce` merges typing into one undo entry. */
  set(params: NodeOf<T>['params'], coalesce?: string): EditOutcome;
  /** Applies the result of one of the kind's editing rules (a refusal is passed on). */
  apply(result: EditResult<NodeOf<T>['params']>): EditOutcome;
  /** Ends the current typing entry in the undo history (on blur). */
  seal(): void;
}

const NO_STEPS: JourneyNode[] = [];

/** The journey's steps (a stable reference from the store). */
export function useSteps(): readonly JourneyNode[] {
  return useApp((s) => s.document?.nodes ?? NO_STEPS);
}

/** "Any email" and the journey's email steps, for fields that watch a mailing. */
export function useEmailOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  const steps = useSteps();
  return useMemo(
    () => [
      { value: '', label: t('summary.anyEmail') },
      ...steps.flatMap((n) => (n.type === 'sendEmail' ? [{ value: n.id, label: stepNameOf(n) ?? n.id }] : [])),
    ],
    [steps, t],
  );
}

export function useUnitOptions() {
  const { t } = useTranslation();
  return DurationUnit.options.map((u) => ({ value: u, label: t(`inspector.units.${u}`) }));
}
