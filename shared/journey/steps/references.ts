// Checks and names shared by the kinds whose parameters point at another step.
import type { CheckContext, StepText, SummaryContext } from './stepKind';

/** Reports a named email step that is not an email step of this journey. */
export function checkEmailReference(emailNodeId: string | null, c: CheckContext): void {
  if (emailNodeId === null || c.typeOf(emailNodeId) === 'sendEmail') return;
  c.error('reference_missing', `${c.Name} refers to an email step that does not exist ("${emailNodeId}").`, { variant: 'email', step: c.step, id: emailNodeId });
}

/** "any email", the named email, or "a missing email". */
export function emailName(emailNodeId: string | null, c: SummaryContext): StepText | string {
  if (emailNodeId === null) return { key: 'summary.anyEmail' };
  return c.stepName(emailNodeId, 'sendEmail') ?? { key: 'summary.missingEmail' };
}

export const referencesOf = (id: string | null): readonly string[] => (id === null ? [] : [id]);
