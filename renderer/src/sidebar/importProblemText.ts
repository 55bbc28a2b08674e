// An import problem in the user's language: where it is (step by place, label and kind; the
// field) and what is wrong (the shared field-problem wording). Problems without a code (the
// file as a whole: not JSON, too large, a newer version) keep their English text.
import type { TFunction } from 'i18next';
import type { ApiProblem } from '../../../shared/api/errors';
import { fieldWords } from '../../../shared/exchange/importProblems';

export function importProblemText(problem: ApiProblem, t: TFunction): string {
  if (!problem.code) return problem.message;
  const where: string[] = [];
  if (problem.step) {
    const kind = problem.step.type ? t(`nodeTypes.${problem.step.type}.name`, { defaultValue: '' }) : '';
    where.push(t(problem.step.label ? 'importProblems.stepLabelled' : 'importProblems.step', { number: problem.step.number, label: problem.step.label }) + (kind ? ` (${kind})` : ''));
  }
  if (problem.connection) where.push(t('importProblems.connection', { number: problem.connection }));
  if (problem.field) where.push(problem.field.split('.').map((part) => t(`importProblems.fields.${part}`, { defaultValue: fieldWords(part) })).join(' › '));
  const what =
    problem.code === 'unknownKind'
      ? t('importProblems.unknownKind', { found: problem.found })
      : problem.reason
        ? t(`fieldProblems.reasons.${problem.reason}`, { defaultValue: problem.message })
        : t(`fieldProblems.${problem.code}`, { count: problem.limit ?? 0, limit: problem.limit, defaultValue: problem.message });
  return where.length > 0 ? `${where.join(', ')}: ${what}` : what;
}
