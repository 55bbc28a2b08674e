// One line that says what a step does ("Wait 3 days", "If clicked in …"), in the UI language.
// The text comes from the step's kind (shared/); this file only looks things up and words it.
import type { TFunction } from 'i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import { referencesOf, stepNameOf, summaryOf } from '../../../shared/journey/nodeTypes';
import type { JourneyNode } from '../../../shared/journey/schema';
import { textOf } from '../i18n/stepText';

/** Finds another step of the journey by id (for names in summaries). */
export type StepLookup = (id: string) => JourneyNode | undefined;

/** The id of the step a step's summary names (its email or go-to target), if any. */
export function referencedStepId(node: JourneyNode): string | null {
  return referencesOf(node)[0] ?? null;
}

export function summarizeNode(node: JourneyNode, findStep: StepLookup, templates: ReadonlyMap<string, TemplateSummary>, t: TFunction): string {
  return textOf(
    summaryOf(node, {
      stepName(id, kind) {
        const step = findStep(id);
        if (!step || (kind !== undefined && step.type !== kind)) return null;
        return stepNameOf(step) ?? { key: `nodeTypes.${step.type}.name` };
      },
      template: (id) => templates.get(id),
    }),
    t,
  );
}
