import type { Backend, Channel, NurtureBridge, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { unwrap } from './unwrap';

export function createIpcBackend(bridge: NurtureBridge): Backend {
  return {
    transport: 'ipc',
    files: bridge.files,
    async call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const invoke = bridge.api[channel] as unknown as (r: RequestOf<C>) => Promise<ApiResult<ResponseOf<C>>>;
      return unwrap(await invoke(request));
    },
  };
}
