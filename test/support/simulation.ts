import fs from 'node:fs';
import type { z } from 'zod';
import { createNode, outputsOf } from '../../shared/journey/nodeTypes';
import { JourneyDocument, type JourneyNode } from '../../shared/journey/schema';
import { Persona, PersonaSet, Prospect, SimulationOptions } from '../../shared/simulation/model';
import type { SimulationInput } from '../../shared/simulation/simulate';

export const defaultPersonas = () => PersonaSet.parse(JSON.parse(fs.readFileSync('assets/personas/default.personas.json', 'utf8')));
export const sampleJourney = (file: string) => JourneyDocument.parse(JSON.parse(fs.readFileSync(`assets/journeys/${file}`, 'utf8')).journey);

/** A persona whose delays are exact (spread 0), for tests that check timing. */
export const exactPersona = (overrides: Partial<z.input<typeof Persona>> = {}) =>
  Persona.parse({ id: 'exact', name: 'Exact', open: 0, clickGivenOpen: 0, downloadGivenClick: 0, unsubscribe: 0, form: 0, visit: 0, delays: { spread: 0 }, ...overrides });

type Step = { id: string; type: JourneyNode['type']; params?: object; outputs?: Record<string, string> };

/** Builds a journey from steps; each step's `next` goes to the following step unless `outputs` says otherwise. */
export function journeyOf(steps: Step[], extra: Record<string, unknown> = {}): JourneyDocument {
  const nodes = steps.map((s, i) => {
    const base = createNode(s.type, s.id, { x: i * 100, y: 0 });
    return { ...base, params: { ...base.params, ...(s.params ?? {}) } };
  });
  const edges: { id: string; source: string; sourceOutput: string; target: string }[] = [];
  steps.forEach((s, i) => {
    // Without outputs given, a step goes on to the next one by its first output (a hand-off's: accepted).
    const first = outputsOf(nodes[i] as JourneyNode)[0];
    const outputs = s.outputs ?? (steps[i + 1] && first !== undefined ? { [first]: steps[i + 1]!.id } : {});
    for (const [output, target] of Object.entries(outputs)) edges.push({ id: `e_${s.id}_${output}`, source: s.id, sourceOutput: output, target });
  });
  return JourneyDocument.parse({ schemaVersion: 1, id: 'j_test', name: 'Test', nodes, edges, ...extra });
}

export function prospect(id: string, overrides: Partial<z.input<typeof Prospect>> = {}): Prospect {
  return Prospect.parse({ id, persona: 'exact', consent: true, ...overrides });
}

export function inputOf(journey: JourneyDocument, prospects: Prospect[], personas: Persona[], options: Partial<SimulationOptions> = {}): SimulationInput {
  return { journey, personas, source: { kind: 'list', prospects }, options: SimulationOptions.parse({ timelineSample: 1000, ...options }) };
}

/** A template with three links — a button, an anchor with a query, an anchor with a name — and the footer's two utility links. */
export const OFFER_MJML = `<mjml><mj-body><mj-section><mj-column>
  <mj-button href="https://example.com/pricing">See prices</mj-button>
  <mj-text>Read <a href="https://example.com/case-study?utm=x">the case study</a>, or <a name="demo" href="https://example.com/book">book a demo</a>.</mj-text>
  <mj-text><a href="{{unsubscribeUrl}}">Unsubscribe</a> · <a href="{{preferencesUrl}}">Preferences</a></mj-text>
</mj-column></mj-section></mj-body></mjml>`;

/** The offer email (template tpl_offer, OFFER_MJML), a wait for a click on "pricing", then "clicked the demo link?". */
export const offerJourney = () =>
  journeyOf([
    { id: 'entry', type: 'entry' },
    { id: 'email', type: 'sendEmail', params: { templateId: 'tpl_offer' } },
    { id: 'pricing', type: 'waitForEvent', params: { event: 'click', emailNodeId: 'email', target: 'pricing', timeout: { amount: 2, unit: 'days' } }, outputs: { event: 'priced', timeout: 'demo' } },
    { id: 'priced', type: 'exit', params: { reason: 'converted' } },
    { id: 'demo', type: 'condition', params: { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'email', link: 'demo' } }, outputs: { yes: 'booked', no: 'other' } },
    { id: 'booked', type: 'exit', params: { reason: 'converted' } },
    { id: 'other', type: 'exit' },
  ]);
