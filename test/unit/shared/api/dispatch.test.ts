import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api/contract';
import { CHANNEL_NAMES } from '../../../../shared/api/channels';
import { requestSchemas } from '../../../../shared/api/contract';
import { dispatch } from '../../../../shared/api/dispatch';
import { ApiError } from '../../../../shared/api/errors';

const summary = { id: 'j1', name: 'A', nodeCount: 0, createdAt: '', updatedAt: '' };
const handlers = {
  'journeys:list': () => [summary],
  'journeys:create': ({ name }: { name: string }) => ({ ...summary, name }),
  'journeys:rename': () => {
    throw new ApiError('not_found', 'No journey with id "x".');
  },
  'journeys:duplicate': () => {
    throw new Error('disk on fire at /home/secret/path');
  },
} as unknown as ApiHandlers;

describe('dispatch', () => {
  it('names the same channels as the contract', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('passes a valid request to its handler, trimmed by the schema', async () => {
    expect(await dispatch(handlers, 'journeys:create', { name: '  Webinar  ' })).toEqual({
      ok: true,
      value: { ...summary, name: 'Webinar' },
    });
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const channel of ['journeys:hack', '__proto__', 'constructor', 42]) {
      const result = await dispatch(handlers, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses a malformed request and says which field', async () => {
    const result = await dispatch(handlers, 'journeys:create', { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!result.ok && result.error.message).toContain('at name: must not be empty');
  });

  it('carries ApiErrors and hides the details of unexpected ones', async () => {
    expect(await dispatch(handlers, 'journeys:rename', { id: 'x', name: 'B' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No journey with id "x".' },
    });
    const logged: unknown[] = [];
    const result = await dispatch(handlers, 'journeys:duplicate', { id: 'x' }, (e) => logged.push(e));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });
});
