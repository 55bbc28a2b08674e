import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services';
import { dispatch } from '../../../../../shared/api/dispatch';
import { tempDir } from '../../../../support/tempDir';

const PANELS = { journeyListOpen: true, inspectorOpen: true };

describe('preferences', () => {
  it('keeps each change without resetting the others, across a restart, and survives a damaged file', async () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir });
    expect(await dispatch(services.handlers, 'preferences:get', {})).toEqual({ ok: true, value: { theme: 'system', language: 'system', ...PANELS } });
    await dispatch(services.handlers, 'preferences:set', { preferences: { theme: 'dark' } });
    const after = await dispatch(services.handlers, 'preferences:set', { preferences: { language: 'de' } });
    expect(after).toEqual({ ok: true, value: { theme: 'dark', language: 'de', ...PANELS } });
    await dispatch(services.handlers, 'preferences:set', { preferences: { inspectorOpen: false } });
    expect(await dispatch(services.handlers, 'preferences:set', { preferences: { theme: 'purple' } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await services.close();
    const again = createServices({ dataDir });
    expect(await dispatch(again.handlers, 'preferences:get', {})).toEqual({ ok: true, value: { theme: 'dark', language: 'de', journeyListOpen: true, inspectorOpen: false } });
    fs.writeFileSync(path.join(dataDir, 'preferences.json'), '{ not json');
    expect(await dispatch(again.handlers, 'preferences:get', {})).toEqual({ ok: true, value: { theme: 'system', language: 'system', ...PANELS } });
    await again.close();
  });
});
