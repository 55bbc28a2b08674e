// A validation problem in the user's language. Validation (shared/) writes English for the
// CLI and import reports and names what it found in `details`; here those details are put
// into the EN/DE catalogue's wording. Problems without details (schema, internal) keep
// their English text: it quotes the schema's own message.
import type { TFunction } from 'i18next';
import type { JourneyNode } from '../../../shared/journey/schema';
import type { NamedStep, Problem } from '../../../shared/journey/validate';
import { outputLabel } from '../canvas/outputLabel';
import { formatNumber } from '../i18n/format';

export function problemText(problem: Problem, t: TFunction, findStep: (id: string) => JourneyNode | undefined): string {
  const details = problem.details;
  if (!details) return problem.message;
  const key = details.variant ? `validation.${problem.code}.${details.variant}` : `validation.${problem.code}`;
  const step = details.step ? stepName(details.step, t) : '';
  const node = problem.nodeId ? findStep(problem.nodeId) : undefined;
  return t(key, {
    defaultValue: problem.message,
    id: details.id,
    template: details.template,
    errors: details.errors,
    stage: details.stage,
    grade: details.grade,
    best: details.best,
    output: details.output === undefined ? undefined : branchName(node, details.output, t),
    sum: details.sum === undefined ? undefined : formatNumber(details.sum, fractionDigits(details.sum)),
    step,
    Step: step.charAt(0).toUpperCase() + step.slice(1),
  });
}

function stepName(step: NamedStep, t: TFunction): string {
  return step.label ? t('validation.namedStep', { label: step.label }) : t('validation.unnamedStep', { kind: t(`validation.stepKinds.${step.type}`) });
}

/** An output as the canvas names it ("reacted" rather than the id "event"); a split's branch by its name alone. */
const branchName = (node: JourneyNode | undefined, output: string, t: TFunction): string => outputLabel(node, output, t, false);

const fractionDigits = (value: number) => (Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2);
