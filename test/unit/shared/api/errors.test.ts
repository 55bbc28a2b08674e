import { describe, expect, it } from 'vitest';
import { ApiError, type SaveConflict, saveConflict, toApiError } from '../../../../shared/api/errors';
import { smallJourney } from '../../../support/journeys';

describe('API errors across a transport', () => {
  const conflict: SaveConflict = { kind: 'journey', id: 'j1', storedVersion: 4, stored: smallJourney() };

  it('carries a save conflict, with what is stored, through JSON to the renderer', () => {
    const refused = saveConflict('Webinar', 3, conflict);
    expect(refused.message).toBe(
      'The journey “Webinar” was changed elsewhere after version 3 was opened here (it is at version 4 now), ' +
        'so these changes were not saved, and nothing stored was overwritten. Reload it, or keep these changes as a copy.',
    );
    const received = toApiError(JSON.parse(JSON.stringify(refused.toPayload())));
    expect(received).toBeInstanceOf(ApiError);
    expect(received.code).toBe('conflict');
    expect(received.conflict).toEqual(conflict);
    expect(received.message).toBe(refused.message);
  });

  it('names revisions for templates', () => {
    const template = { id: 't1', name: 'Welcome', subject: '', topics: [], language: 'en' as const, kind: 'email' as const, draft: false, revision: 7, updatedAt: '', preheader: '', mjml: '<mjml />' };
    expect(saveConflict('Welcome', 6, { kind: 'template', id: 't1', storedRevision: 7, stored: template }).message).toMatch(
      /^The template “Welcome” was changed elsewhere after revision 6 was opened here \(it is at revision 7 now\)/,
    );
  });

  it('keeps conflict details only on conflicts, and unknown codes become internal', () => {
    expect(toApiError({ code: 'not_found', message: 'gone', conflict }).conflict).toBeUndefined();
    expect(toApiError({ code: 'conflict', message: 'x', conflict: { kind: 'spreadsheet' } }).conflict).toBeUndefined();
    expect(toApiError({ code: 'disk_on_fire', message: 'x' }).code).toBe('internal');
    expect(new ApiError('not_found', 'gone').toPayload()).toEqual({ code: 'not_found', message: 'gone' });
  });
});
