import { describe, expect, it } from 'vitest';
import { choicesOf, emptyComposition, type TestForm, testRunFromForm } from '../../../../shared/simulation/testForm';
import { pathScript, testAttributesFor } from '../../../../shared/simulation/testProspect';
import { defaultPersonas, sampleJourney } from '../../../support/simulation';

const whitepaper = sampleJourney('whitepaper-follow-up.journey.json');
const form = (change: Partial<TestForm> = {}): TestForm => ({ mode: 'compose', name: 'Ada', days: '30', seed: '4', composition: emptyComposition(), typedAttributes: {}, ...change });

describe('the Test tab read as a test run', () => {
  it('turns typed hours into numbers, leaves "auto" answers to the prospect, and drops empty branches', () => {
    const choices = choicesOf({
      emails: { a: { reaction: 'click', hours: '3.5' }, b: { reaction: 'open', hours: 'soon' }, c: { reaction: 'open', hours: '-2' } },
      conditions: { yes: 'yes', no: 'no', auto: 'auto' },
      splits: { s1: 'B', s2: '' },
      handoffs: { h1: 'rejected', h2: '' },
      form: '',
      visit: '12',
    });
    expect(choices.emails).toEqual({ a: { reaction: 'click', afterHours: 3.5 }, b: { reaction: 'open', afterHours: 0 }, c: { reaction: 'open', afterHours: 0 } });
    expect(choices.conditions).toEqual({ yes: true, no: false });
    expect(choices.splits).toEqual({ s1: 'B' });
    expect(choices.handoffs).toEqual({ h1: 'rejected' });
    expect(choices.form).toBeNull();
    expect(choices.visit).toBe(12);
  });

  it('builds the path script for "every yes" with the typed seed, and falls back to a name and a horizon', () => {
    const request = testRunFromForm(form({ mode: 'yes', name: '  ', days: 'lots' }), whitepaper, [], { defaultName: 'Test prospect' });
    expect(request.script).toEqual(pathScript(whitepaper, 'yes', 4));
    expect(request.options.name).toBe('Test prospect');
    expect(request.options.horizonDays).toBe(60);
  });

  it('sends the data as typed (numbers as numbers), else the starting values, and leaves out empty ones', () => {
    const attributes = testAttributesFor(whitepaper, defaultPersonas().personas[0]);
    expect(attributes.length).toBeGreaterThan(1);
    const [first, second] = attributes;
    const request = testRunFromForm(form({ typedAttributes: { [first!.name]: '1200', [second!.name]: '  ' } }), whitepaper, attributes, { personaId: 'p', defaultName: 'x' });
    expect(request.options.attributes[first!.name]).toBe(1200);
    expect(second!.name in request.options.attributes).toBe(false);
    expect(request.options.personaId).toBe('p');
    expect(request.options.horizonDays).toBe(30);
  });
});
