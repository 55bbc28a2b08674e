// A template problem in the user's language: our own checks are worded from the EN/DE
// catalogue; MJML's messages (and include or well-formedness errors) keep MJML's words.
import type { TFunction } from 'i18next';
import type { TemplateProblem } from '../../../shared/templates/checks';
import { formatNumber } from '../i18n/format';

export function templateProblemText(problem: TemplateProblem, t: TFunction): string {
  if (!problem.details) return problem.message;
  const values = Object.fromEntries(Object.entries(problem.details).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v) : v]));
  return t(`templateChecks.${problem.code}`, { ...values, defaultValue: problem.message });
}
