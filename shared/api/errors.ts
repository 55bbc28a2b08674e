// Errors that cross the transport: a stable code the UI can act on and a message a
// campaign manager can read. Anything else is reported as "internal" without internals.
export type ApiErrorCode = 'invalid_request' | 'not_found' | 'unknown_channel' | 'unauthorized' | 'internal';

/** One finding with its place, e.g. an import problem at $.journey.nodes[3].params.amount. */
export interface ApiProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** Every individual problem, when there are several (imports). */
    readonly problems: readonly ApiProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  message: string;
  problems?: ApiProblem[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export function toApiError(result: { code?: unknown; message?: unknown; problems?: unknown }): ApiError {
  const codes: ApiErrorCode[] = ['invalid_request', 'not_found', 'unknown_channel', 'unauthorized', 'internal'];
  const code = codes.includes(result.code as ApiErrorCode) ? (result.code as ApiErrorCode) : 'internal';
  const problems = Array.isArray(result.problems)
    ? result.problems.filter((p): p is ApiProblem => typeof p?.path === 'string' && typeof p?.message === 'string')
    : [];
  return new ApiError(code, typeof result.message === 'string' ? result.message : 'Unknown error', problems);
}
