import { type ApiResult, toApiError } from '../../../shared/api/errors';

/** Both transports deliver an ApiResult; the renderer sees a value or an ApiError. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw toApiError(result.error);
}
