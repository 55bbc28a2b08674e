// Errors that cross the transport: a stable code the UI can act on and a message a
// campaign manager can read. Anything else is reported as "internal" without internals.
import type { JourneyDocument } from '../journey/schema';
import type { ImportProblem } from '../exchange/importProblems';
import type { TemplateDetails } from './library';

export type ApiErrorCode = 'invalid_request' | 'not_found' | 'conflict' | 'unknown_channel' | 'unauthorized' | 'internal';
const API_ERROR_CODES: readonly ApiErrorCode[] = ['invalid_request', 'not_found', 'conflict', 'unknown_channel', 'unauthorized', 'internal'];

/** One finding with its place, e.g. an import problem at $.journey.nodes[3].params.amount, said where and what. */
export type ApiProblem = ImportProblem;

/**
 * Why a save was refused (code 'conflict'): it was based on an older version than the one
 * stored now. Carries what is stored, so the UI can reload, merge, or keep the edit as a copy.
 */
export type SaveConflict =
  | { kind: 'journey'; id: string; storedVersion: number; stored: JourneyDocument }
  | { kind: 'template'; id: string; storedRevision: number; stored: TemplateDetails }
  /** An import of a journey the library already has (same id or name): replace it, or import a copy? */
  | { kind: 'journeyExists'; id: string; name: string };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** Every individual problem, when there are several (imports). */
    readonly problems: readonly ApiProblem[] = [],
    /** Set on 'conflict' errors. */
    readonly conflict?: SaveConflict,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toPayload(): ApiErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems.length > 0 ? { problems: [...this.problems] } : {}),
      ...(this.conflict ? { conflict: this.conflict } : {}),
    };
  }
}

/** The refusal of a save that was based on an older version than the one stored now. */
export function saveConflict(name: string, base: number, conflict: SaveConflict): ApiError {
  const [thing, counter, stored] =
    conflict.kind === 'journey' ? ['journey', 'version', conflict.storedVersion] : conflict.kind === 'template' ? ['template', 'revision', conflict.storedRevision] : ['journey', 'version', base];
  return new ApiError(
    'conflict',
    `The ${thing} “${name}” was changed elsewhere after ${counter} ${base} was opened here (it is at ${counter} ${stored} now), ` +
      'so these changes were not saved, and nothing stored was overwritten. Reload it, or keep these changes as a copy.',
    [],
    conflict,
  );
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  message: string;
  problems?: ApiProblem[];
  conflict?: SaveConflict;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export function toApiError(result: { code?: unknown; message?: unknown; problems?: unknown; conflict?: unknown }): ApiError {
  const code = API_ERROR_CODES.includes(result.code as ApiErrorCode) ? (result.code as ApiErrorCode) : 'internal';
  const problems = Array.isArray(result.problems)
    ? result.problems.filter((p): p is ApiProblem => typeof p?.path === 'string' && typeof p?.message === 'string')
    : [];
  const conflict = result.conflict as SaveConflict | undefined;
  const knownConflict = code === 'conflict' && (conflict?.kind === 'journey' || conflict?.kind === 'template' || conflict?.kind === 'journeyExists') ? conflict : undefined;
  return new ApiError(code, typeof result.message === 'string' ? result.message : 'Unknown error', problems, knownConflict);
}
