import { describe, expect, it } from 'vitest';
import { MAX_GENERATED_PROSPECTS, MAX_HORIZON_DAYS } from '../../../../shared/simulation/model';
import { defaultSharePercent, mixTotal, type RunForm, runRequestFromForm, withShare } from '../../../../shared/simulation/runForm';
import { defaultPersonas } from '../../../support/simulation';

describe('the Run tab read as a run request', () => {
  const set = defaultPersonas();
  const form = (over: Partial<RunForm> = {}): RunForm => ({ source: 'generate', count: '10000', seed: '1', days: '90', mix: {}, ...over });

  it('without a typed share, asks for the default mix; shares are shown in percent of it', () => {
    expect(runRequestFromForm(form(), set)).toEqual({ prospects: { kind: 'generate', count: 10000 }, seed: 1, horizonDays: 90 });
    const shares = set.personas.map((p) => defaultSharePercent(set, p.id));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    expect(mixTotal(form(), set)).toBeCloseTo(100, 5);
  });

  it('one typed share keeps the others as shown, and the request carries them all as weights', () => {
    const [first, second] = set.personas;
    const typed = form({ mix: withShare(form(), set, first!.id, '70') });
    expect(typed.mix[second!.id]).toBe(String(defaultSharePercent(set, second!.id)));
    const request = runRequestFromForm(typed, set);
    expect(request.prospects).toMatchObject({ kind: 'generate', mix: { [first!.id]: 70, [second!.id]: defaultSharePercent(set, second!.id) } });
    expect(mixTotal(typed, set)).toBeCloseTo(100 - defaultSharePercent(set, first!.id) + 70, 5);
    // Nonsense in a share counts as 0, never as a negative weight.
    expect(runRequestFromForm(form({ mix: withShare(form(), set, first!.id, '-5') }), set).prospects).toMatchObject({ mix: { [first!.id]: 0 } });
  });

  it('clamps what a run cannot take to the limits the service checks, and reads a prospect set by id', () => {
    const wild = runRequestFromForm(form({ count: '99999999', seed: '-3', days: '100000' }), set);
    expect(wild).toEqual({ prospects: { kind: 'generate', count: MAX_GENERATED_PROSPECTS }, seed: 0, horizonDays: MAX_HORIZON_DAYS });
    expect(runRequestFromForm(form({ count: 'many', days: '' }), set)).toMatchObject({ prospects: { count: 1 }, horizonDays: 90 });
    expect(runRequestFromForm(form({ source: 'set_sample' }), set).prospects).toEqual({ kind: 'set', setId: 'set_sample' });
  });
});
