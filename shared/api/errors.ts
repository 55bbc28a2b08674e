// Errors that cross the transport: a stable code the UI can act on and a message a
// campaign manager can read. Anything else is reported as "internal" without internals.
export type ApiErrorCode = 'invalid_request' | 'not_found' | 'unknown_channel' | 'unauthorized' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };

export function toApiError(result: { code?: unknown; message?: unknown }): ApiError {
  const codes: ApiErrorCode[] = ['invalid_request', 'not_found', 'unknown_channel', 'unauthorized', 'internal'];
  const code = codes.includes(result.code as ApiErrorCode) ? (result.code as ApiErrorCode) : 'internal';
  return new ApiError(code, typeof result.message === 'string' ? result.message : 'Unknown error');
}
