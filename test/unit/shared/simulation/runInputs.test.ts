import { describe, expect, it } from 'vitest';
import { ProspectChoice, readRunInputs, RUN_INPUTS_VERSION } from '../../../../shared/simulation/runInputs';

// A row as the service stored it before inputs had a version (and before fingerprints).
const versionOne = {
  prospects: { kind: 'generate', count: 500, mix: { researcher: 2 } },
  total: 500,
  options: { seed: 3, horizonDays: 60, entrySpreadDays: 14, timelineSample: 200 },
  personas: 'default',
  journeyName: 'Whitepaper follow-up',
};

describe('stored run inputs', () => {
  it('read rows written before versions were kept, with what was not kept as null', () => {
    const read = readRunInputs(JSON.stringify(versionOne));
    expect(read).toEqual({ ok: true, inputs: { ...versionOne, version: RUN_INPUTS_VERSION, journeyFingerprint: null, journeySteps: null, sourceName: null }, storedVersion: 1 });
    const withFingerprint = readRunInputs(JSON.stringify({ ...versionOne, journeyFingerprint: 'abc', journeySteps: 24, sourceName: 'Fair' }));
    expect(withFingerprint.ok && withFingerprint.inputs).toMatchObject({ journeyFingerprint: 'abc', journeySteps: 24, sourceName: 'Fair' });
  });

  it('read the current version back as written, and fill option defaults of older rows', () => {
    const current = { ...versionOne, version: 2, journeyFingerprint: 'f', journeySteps: 3, sourceName: null };
    expect(readRunInputs(JSON.stringify(current))).toEqual({ ok: true, inputs: current, storedVersion: 2 });
    const older = readRunInputs(JSON.stringify({ ...versionOne, options: { seed: 3, horizonDays: 60 } }));
    expect(older.ok && older.inputs.options).toEqual({ seed: 3, horizonDays: 60, entrySpreadDays: 14, timelineSample: 200 });
  });

  it('say what is wrong with a damaged row instead of guessing', () => {
    expect(readRunInputs('{"prospects":')).toEqual({ ok: false, message: 'they are not JSON' });
    expect(readRunInputs(JSON.stringify({ ...versionOne, total: -1 }))).toMatchObject({ ok: false, message: expect.stringMatching(/^total:/) });
    expect(readRunInputs(JSON.stringify({ ...versionOne, version: 7 }))).toMatchObject({ ok: false, message: expect.stringMatching(/^version:/) });
    expect(readRunInputs(JSON.stringify({ ...versionOne, prospects: { kind: 'set' } }))).toMatchObject({ ok: false, message: expect.stringMatching(/^prospects\.setId:/) });
  });

  it('declare the prospect choice once, with the limits a run takes', () => {
    expect(ProspectChoice.safeParse({ kind: 'generate', count: 0 }).error?.issues[0]?.message).toBe('The number of prospects must be a whole number from 1 to 2,000,000.');
    expect(ProspectChoice.parse({ kind: 'set', setId: 'ps_1' })).toEqual({ kind: 'set', setId: 'ps_1' });
  });
});
