import type { TFunction } from 'i18next';
import type { JourneyNode } from '../../../shared/journey/schema';

/** The label of a named output: yes/no/event/timeout translated; split branches by their own names. */
export function outputLabel(node: JourneyNode | undefined, output: string, t: TFunction): string {
  if (node?.type === 'split') {
    if (node.params.mode === 'percent') {
      const branch = node.params.branches.find((b) => b.id === output);
      return branch ? `${branch.label || branch.id} · ${branch.percent}%` : output;
    }
    const match = node.params.cases.find((c) => c.id === output);
    return match ? match.value || match.id : t('outputs.default');
  }
  return t(`outputs.${output}`, { defaultValue: output });
}
