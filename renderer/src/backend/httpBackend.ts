import type { Backend, Channel, RequestOf, ResponseOf } from '../../../shared/api/contract';
import { ApiError, type ApiResult } from '../../../shared/api/errors';
import { unwrap } from './unwrap';
import { browserFiles } from '../files/browserFiles';

// Browsers cap keepalive request bodies at 64 KiB; below that a save survives closing the tab.
const KEEPALIVE_LIMIT = 60 * 1024;

export function createHttpBackend(token: string, baseUrl = ''): Backend {
  return {
    transport: 'http',
    files: browserFiles,
    async call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const body = JSON.stringify(request);
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Nurture-Token': token },
          body,
          keepalive: body.length < KEEPALIVE_LIMIT,
        });
      } catch {
        throw new ApiError('internal', 'The Nurture Studio host is not reachable. Is `npm run web` still running?');
      }
      let result: ApiResult<ResponseOf<C>>;
      try {
        result = (await response.json()) as ApiResult<ResponseOf<C>>;
      } catch {
        throw new ApiError('internal', `The host answered ${response.status} without a readable result.`);
      }
      return unwrap(result);
    },
  };
}
