import type { TFunction } from 'i18next';
import { outputLabelOf } from '../../../shared/journey/nodeTypes';
import type { JourneyNode } from '../../../shared/journey/schema';
import { textOf } from '../i18n/stepText';

/** The label of a named output: yes/no/reacted/timed out translated; split branches by their own names (and shares, with `detail`). */
export function outputLabel(node: JourneyNode | undefined, output: string, t: TFunction, detail = true): string {
  if (!node) return t(`outputs.${output}`, { defaultValue: output });
  return textOf(outputLabelOf(node, output, detail), t);
}
