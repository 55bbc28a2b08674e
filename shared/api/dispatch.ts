// The single entry point both transports call: validate the channel and the request
// against the contract, run the handler, and turn every outcome into an ApiResult.
import type { z } from 'zod';
import { type ApiHandlers, isChannel, requestSchemas, type ResponseOf, type Channel } from './contract';
import { ApiError, type ApiResult } from './errors';
import { describeZodError } from '../journey/describeZodError';

export function dispatch(
  handlers: ApiHandlers,
  channel: unknown,
  rawRequest: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<ApiResult<ResponseOf<Channel>>> {
  if (!isChannel(channel)) {
    return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `Unknown API channel "${String(channel)}".` } });
  }
  return dispatchWith(requestSchemas, handlers, channel, rawRequest, onInternalError) as Promise<ApiResult<ResponseOf<Channel>>>;
}

/** The same for any set of channels with request schemas (the desktop's file channels). */
export async function dispatchWith<S extends Record<string, z.ZodType>>(
  schemas: S,
  handlers: { [C in keyof S]: (request: z.output<S[C]>) => unknown },
  channel: keyof S & string,
  rawRequest: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<ApiResult<unknown>> {
  const schema = schemas[channel] as z.ZodType;
  const parsed = schema.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_request', message: `Invalid request for ${channel}: ${describeZodError(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
    onInternalError(error);
    return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly; see the app log.` } };
  }
}
