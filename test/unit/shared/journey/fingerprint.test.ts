import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/journey/changes';
import { journeyFingerprint } from '../../../../shared/journey/fingerprint';
import { type RunIdentity, runPairDifference } from '../../../../shared/simulation/compare';
import { smallJourney } from '../../../support/journeys';

describe('journey fingerprint', () => {
  const base = smallJourney();
  const print = journeyFingerprint(base);

  it('ignores what does not change what prospects go through: layout, names, key order', () => {
    expect(print).toMatch(/^[0-9a-f]{16}$/);
    const moved = applyChanges(base, [{ kind: 'moveNodes', moves: [{ id: 'wait', position: { x: 500, y: 300 } }] }]);
    expect(journeyFingerprint(moved)).toBe(print);
    const renamed = { ...base, name: 'Another name', nodes: base.nodes.map((n) => ({ ...n, label: 'Renamed' })) };
    expect(journeyFingerprint(renamed)).toBe(print);
    const reordered = { ...base, nodes: [...base.nodes].reverse(), edges: [...base.edges].reverse(), settings: Object.fromEntries(Object.entries(base.settings).reverse()) as typeof base.settings };
    expect(journeyFingerprint(reordered)).toBe(print);
  });

  it('changes with a step’s settings, a connection, the journey settings or scoring', () => {
    const longerWait = { ...base, nodes: base.nodes.map((n) => (n.type === 'wait' ? { ...n, params: { ...n.params, amount: 3 } } : n)) as typeof base.nodes };
    const rewired = { ...base, edges: base.edges.map((e) => (e.id === 'e5' ? { ...e, target: 'exit_yes' } : e)) };
    const noConsent = { ...base, settings: { ...base.settings, consent: { ...base.settings.consent, required: false } } };
    const scoring = { ...base, scoring: { ...base.scoring, topicScores: !base.scoring.topicScores } };
    const prints = [longerWait, rewired, noConsent, scoring].map(journeyFingerprint);
    expect(new Set([print, ...prints]).size).toBe(5);
  });
});

describe('what two runs differ in', () => {
  const run = (over: Partial<RunIdentity> = {}): RunIdentity => ({
    journeyId: 'j',
    journeyFingerprint: 'aaaa',
    journeySteps: 6,
    source: { kind: 'generate', mix: { a: 1, b: 2 } },
    prospects: 1000,
    seed: 1,
    horizonDays: 90,
    ...over,
  });

  it('tells a changed journey from changed prospects, and says when both changed', () => {
    expect(runPairDifference(run(), run())).toEqual({ journey: 'same', prospectsDiffer: false });
    expect(runPairDifference(run(), run({ source: { kind: 'generate', mix: { b: 2, a: 1 } } }))).toEqual({ journey: 'same', prospectsDiffer: false });
    expect(runPairDifference(run(), run({ source: { kind: 'generate', mix: { a: 1, b: 3 } } }))).toEqual({ journey: 'same', prospectsDiffer: true });
    expect(runPairDifference(run(), run({ seed: 2 })).prospectsDiffer).toBe(true);
    expect(runPairDifference(run({ source: { kind: 'set', name: 'S' } }), run({ source: { kind: 'set', name: 'S' } })).prospectsDiffer).toBe(false);
    expect(runPairDifference(run(), run({ journeyFingerprint: 'bbbb', journeySteps: 7 }))).toEqual({ journey: 'changed', prospectsDiffer: false });
    expect(runPairDifference(run(), run({ journeyFingerprint: 'bbbb', horizonDays: 60 }))).toEqual({ journey: 'changed', prospectsDiffer: true });
    expect(runPairDifference(run(), run({ journeyId: 'k' })).journey).toBe('other');
    expect(runPairDifference(run({ journeyFingerprint: null }), run()).journey).toBe('unknown');
  });
});
