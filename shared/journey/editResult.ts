// The answer of every editing rule in shared/: the edited value, or why the edit is refused.
// A refusal names the field (its path) and what is wrong in a form the UI can word in its
// own language (code + limit); `message` is the English text for logs and the CLI.
import type { z } from 'zod';
import { formatPath } from './describeZodError';

export type FieldProblemCode =
  | 'tooLong'
  | 'tooShort'
  | 'tooMany'
  | 'tooFew'
  | 'tooLarge'
  | 'tooSmall'
  | 'notWhole'
  | 'notNumber'
  | 'format'
  | 'notAllowed'
  | 'invalid';

export interface FieldProblem {
  /** Where inside the edited piece, e.g. "params.topics" or "sendWindow.endHour". */
  path: string;
  code: FieldProblemCode;
  /** The limit that was crossed (characters, items or value), when there is one. */
  limit?: number;
  /** For rules across fields (a window that ends before it starts): which rule, to word it. */
  reason?: string;
  message: string;
}

export type EditResult<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

export const accepted = <T>(value: T): EditResult<T> => ({ ok: true, value });
export const refused = <T = never>(path: string, code: FieldProblemCode, message: string, limit?: number): EditResult<T> => ({
  ok: false,
  problem: { path, code, message, ...(limit === undefined ? {} : { limit }) },
});

/** The first issue of a zod error as a field problem. */
export function fieldProblemOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldProblem {
  return fieldProblemFromIssue(error.issues[0]!, prefix);
}

/** One zod issue as a field problem. */
export function fieldProblemFromIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): FieldProblem {
  const path = formatPath([...prefix, ...issue.path]);
  const message = `${path}: ${issue.message}`;
  const sized = (origin: unknown, text: FieldProblemCode, list: FieldProblemCode, value: FieldProblemCode) =>
    origin === 'string' ? text : origin === 'array' || origin === 'set' ? list : value;
  switch (issue.code) {
    case 'too_big':
      return { path, message, code: sized(issue.origin, 'tooLong', 'tooMany', 'tooLarge'), limit: Number(issue.maximum) };
    case 'too_small':
      return { path, message, code: sized(issue.origin, 'tooShort', 'tooFew', 'tooSmall'), limit: Number(issue.minimum) };
    case 'invalid_type':
      return { path, message, code: issue.expected === 'int' ? 'notWhole' : issue.expected === 'number' ? 'notNumber' : 'invalid' };
    case 'invalid_format':
      return { path, message, code: 'format' };
    case 'invalid_value':
      return { path, message, code: 'notAllowed' };
    case 'custom': {
      const reason = (issue.params as { reason?: unknown } | undefined)?.reason;
      return { path, message, code: 'invalid', ...(typeof reason === 'string' ? { reason } : {}) };
    }
    default:
      return { path, message, code: 'invalid' };
  }
}

/** Why the schema refuses the candidate, or null when it accepts it. */
export function problemOf(schema: z.ZodType, candidate: unknown, prefix: readonly PropertyKey[] = []): FieldProblem | null {
  const result = schema.safeParse(candidate);
  return result.success ? null : fieldProblemOf(result.error, prefix);
}

/** Parses a candidate with the schema: the parsed value, or the first problem. */
export function checked<S extends z.ZodType>(schema: S, candidate: unknown, prefix: readonly PropertyKey[] = []): EditResult<z.output<S>> {
  const result = schema.safeParse(candidate);
  return result.success ? accepted(result.data) : { ok: false, problem: fieldProblemOf(result.error, prefix) };
}

/** What an edit of the open journey answers: applied, or refused with the reason. */
export type EditOutcome = { ok: true } | { ok: false; problem: FieldProblem };
export const APPLIED: EditOutcome = { ok: true };
