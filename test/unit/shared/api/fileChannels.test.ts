// The desktop's file channels are checked like the API's: a request the schema refuses never
// reaches a dialog, and the answer says why.
import { describe, expect, it } from 'vitest';
import { dispatchWith } from '../../../../shared/api/dispatch';
import { type FileHandlers, fileRequestSchemas } from '../../../../shared/api/fileChannels';
import { LIMITS } from '../../../../shared/api/limits';
import { requestSchemas } from '../../../../shared/api/contract';

const handled: string[] = [];
const handlers: FileHandlers = {
  'files:saveText': async () => (handled.push('saveText'), true),
  'files:saveBytes': async () => (handled.push('saveBytes'), true),
  'files:saveDownload': async () => (handled.push('saveDownload'), true),
  'files:openText': async () => (handled.push('openText'), []),
};

describe('file channels', () => {
  it('pass sound requests to their handlers and refuse others with the reason', async () => {
    expect(await dispatchWith(fileRequestSchemas, handlers, 'files:saveText', { suggestedName: 'a.json', content: '{}', extensions: ['json'] })).toEqual({ ok: true, value: true });
    const refusals = [
      ['files:saveText', { suggestedName: 'a', content: 42, extensions: [] }],
      ['files:saveBytes', { suggestedName: 'a.png', bytes: 'not bytes', extensions: ['png'] }],
      ['files:saveBytes', { suggestedName: 'a.png', bytes: new Uint8Array(4), extensions: ['../etc'] }],
      ['files:openText', { extensions: ['json'], multiple: 'yes' }],
      ['files:saveDownload', { suggestedName: 'x.csv', extensions: ['csv'] }],
    ] as const;
    for (const [channel, request] of refusals) {
      const result = await dispatchWith(fileRequestSchemas, handlers, channel, request);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(new RegExp(`Invalid request for ${channel}`));
    }
    expect(handled).toEqual(['saveText']);
  });

  it('agree with the API on sizes: what a picker hands over fits one request and every importer’s channel', () => {
    expect(LIMITS.requestBytes).toBeGreaterThanOrEqual(2 * LIMITS.openFileBytes);
    expect(LIMITS.openFileBytes).toBeGreaterThanOrEqual(Math.max(LIMITS.journeyFileBytes, LIMITS.csvFileBytes, LIMITS.mjmlFileBytes));
    const fits = (schema: { safeParse(v: unknown): { success: boolean } }, request: unknown) => schema.safeParse(request).success;
    const big = 'x'.repeat(LIMITS.openFileBytes);
    expect(fits(requestSchemas['journeys:import'], { content: big })).toBe(true);
    expect(fits(requestSchemas['journeys:importPlatform'], { content: big })).toBe(true);
    expect(fits(requestSchemas['prospectSets:importCsv'], { name: 'x', content: big })).toBe(true);
  });
});
