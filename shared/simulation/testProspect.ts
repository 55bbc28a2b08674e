// Test mode: one prospect whose reactions are written down instead of drawn — a script the
// campaign manager composes ("opens Follow-up 1 after 2 hours, clicks, ignores the reminder"),
// or one that answers every decision "yes", every decision "no", or at random, to walk each
// path of a new journey quickly.
import { outputsOf } from '../journey/nodeTypes';
import { type AttributeRule, type AttributeValue, matchesRule, type Stage } from '../journey/primitives';
import type { JourneyDocument } from '../journey/schema';
import type { Persona, Script } from './model';
import { Random } from './rng';
import { simulateInProcess } from './simulate';
import type { Timeline } from './aggregate';
import type { SimulationResults } from './results';

export type PathChoice = 'yes' | 'no' | 'random';

/** What a scripted prospect does with one email. */
export type EmailReaction = 'ignore' | 'open' | 'click' | 'download' | 'unsubscribe';
export const EMAIL_REACTIONS: readonly EmailReaction[] = ['ignore', 'open', 'click', 'download', 'unsubscribe'];

/** Minutes between the steps of one reaction: open, then click, then download. */
const FOLLOW_ON_HOURS = 0.25;

/** A script entry for one email: the reaction starts `afterHours` after the send. */
export function emailScript(reaction: EmailReaction, afterHours: number): Script['emails'][string] {
  const at = Math.max(0, afterHours);
  const open = reaction === 'ignore' ? null : at;
  return {
    open,
    click: reaction === 'click' || reaction === 'download' ? at + FOLLOW_ON_HOURS : null,
    download: reaction === 'download' ? at + 2 * FOLLOW_ON_HOURS : null,
    unsubscribe: reaction === 'unsubscribe' ? at + FOLLOW_ON_HOURS : null,
  };
}

/** A script that answers every decision of the journey the same way (or by a seeded coin). */
export function pathScript(journey: JourneyDocument, choice: PathChoice, seed = 1): Script {
  const random = new Random(seed, 'test-path');
  const yes = () => (choice === 'random' ? random.chance(0.5) : choice === 'yes');
  const script: Script = { emails: {}, form: null, visit: null, splits: {}, conditions: {}, handoffs: {} };
  for (const node of journey.nodes) {
    switch (node.type) {
      case 'sendEmail':
        if (choice === 'random') {
          const reaction = EMAIL_REACTIONS[Math.floor(random.next() * (EMAIL_REACTIONS.length - 1))]!; // never unsubscribes by chance
          script.emails[node.id] = emailScript(reaction, 1 + Math.floor(random.next() * 24));
        } else if (choice === 'yes') script.emails[node.id] = emailScript('download', 1);
        break;
      case 'condition':
        script.conditions[node.id] = yes();
        break;
      case 'split': {
        const outputs = outputsOf(node);
        const pick = choice === 'yes' ? 0 : choice === 'no' ? outputs.length - 1 : Math.floor(random.next() * outputs.length);
        script.splits[node.id] = outputs[pick]!;
        break;
      }
      case 'handoff':
        // "Every yes": sales accepts; "every no": sales sends the lead back.
        script.handoffs[node.id] = yes() ? 'accepted' : 'rejected';
        break;
      default:
        break;
    }
  }
  if (choice !== 'no') {
    script.form = choice === 'yes' || yes() ? 1 : null;
    script.visit = choice === 'yes' || yes() ? 1 : null;
  }
  return script;
}

/** What a campaign manager composes in test mode: per email a reaction, per decision an answer (or none). */
export interface ScriptChoices {
  emails: Record<string, { reaction: EmailReaction; afterHours: number }>;
  /** Condition step id → forced answer; steps not listed decide on the prospect's data. */
  conditions: Record<string, boolean>;
  /** Split step id → branch; steps not listed decide as usual. */
  splits: Record<string, string>;
  /** Hand-off step id → sales' answer; steps not listed are answered by the chances. */
  handoffs: Script['handoffs'];
  /** Hours after a wait for a form / visit starts; null = never. */
  form: number | null;
  visit: number | null;
}

export function composedScript(choices: ScriptChoices): Script {
  const emails: Script['emails'] = {};
  for (const [id, e] of Object.entries(choices.emails)) emails[id] = emailScript(e.reaction, e.afterHours);
  return { emails, form: choices.form, visit: choices.visit, splits: { ...choices.splits }, conditions: { ...choices.conditions }, handoffs: { ...choices.handoffs } };
}

/** One attribute a journey reads, with a starting value for the test prospect and the values the journey or persona names. */
export interface TestAttribute {
  name: string;
  value: AttributeValue;
  suggestions: (string | number)[];
}

/** Every attribute rule of the journey, and where it sits: entry audience, fit scoring, a condition, routing, sales' feasibility check. */
function attributeRules(journey: JourneyDocument): { rule: AttributeRule; audience: boolean }[] {
  const rules = journey.settings.audience.rules.map((rule) => ({ rule, audience: true }));
  for (const rule of journey.scoring.fit.rules) rules.push({ rule, audience: false });
  for (const node of journey.nodes) if (node.type === 'condition' && node.params.rule.kind === 'attribute') rules.push({ rule: node.params.rule.rule, audience: false });
  for (const routing of journey.routing.rules) for (const rule of routing.when) rules.push({ rule, audience: false });
  if (journey.sales.enabled) for (const rule of journey.sales.feasibility.rules) rules.push({ rule, audience: false });
  return rules;
}

/**
 * The attributes the journey reads (audience, fit scoring, conditions, switch splits,
 * routing), each with a value a test prospect starts from: one that lets it in past the
 * audience rules where one can, else the persona's most common value, else the first value
 * the journey names. Without them every attribute check would answer "no".
 */
export function testAttributesFor(journey: JourneyDocument, persona: Persona | undefined): TestAttribute[] {
  const rules = attributeRules(journey);
  const names: string[] = [];
  const suggestions = new Map<string, (string | number)[]>();
  const note = (name: string, values: readonly unknown[]) => {
    if (!suggestions.has(name)) {
      names.push(name);
      suggestions.set(name, []);
    }
    const list = suggestions.get(name)!;
    for (const v of values) if ((typeof v === 'string' && v !== '') || typeof v === 'number') if (!list.includes(v)) list.push(v);
  };
  for (const { rule } of rules) note(rule.attribute, Array.isArray(rule.value) ? rule.value : [rule.value]);
  for (const node of journey.nodes) if (node.type === 'split' && node.params.mode === 'switch') note(node.params.attribute, node.params.cases.map((c) => c.value));
  return names.map((name) => {
    const profile = [...(persona?.profile[name] ?? [])].sort((a, b) => b.weight - a.weight).map((o) => o.value);
    const known = [...suggestions.get(name)!, ...profile.filter((v) => !suggestions.get(name)!.includes(v))];
    const audience = rules.filter((r) => r.audience && r.rule.attribute === name).map((r) => r.rule);
    const admitted = (value: AttributeValue) => audience.every((rule) => matchesRule({ [name]: value }, rule));
    const candidates = [...profile, ...known];
    const value = (audience.length > 0 ? candidates.find(admitted) : undefined) ?? candidates[0] ?? '';
    return { name, value, suggestions: known };
  });
}

/** The stage a test prospect starts in: the first the journey's audience admits. */
export const testStageFor = (journey: JourneyDocument): Stage => journey.settings.audience.stages[0] ?? 'inquiry';

export interface TestRun {
  results: SimulationResults;
  timeline: Timeline;
}

export const TEST_PROSPECT_ID = 'test_prospect';

/** Runs exactly one scripted prospect through the journey (in-process: it takes milliseconds). */
export async function runTestProspect(
  journey: JourneyDocument,
  personas: readonly Persona[],
  script: Script,
  options: { horizonDays: number; name: string; personaId?: string; attributes?: Record<string, AttributeValue> },
): Promise<TestRun> {
  const persona = personas.find((p) => p.id === options.personaId) ?? personas[0];
  if (!persona) throw new Error('A test prospect needs at least one persona.');
  const { results } = await simulateInProcess({
    journey,
    personas: [...personas],
    source: {
      kind: 'list',
      prospects: [
        {
          id: TEST_PROSPECT_ID,
          name: options.name,
          email: '',
          persona: persona.id,
          consent: true,
          stage: testStageFor(journey),
          attributes: options.attributes ?? {},
          interests: [],
          enteredAfterHours: 0,
          script,
        },
      ],
    },
    options: { seed: 1, horizonDays: options.horizonDays, entrySpreadDays: 0, timelineSample: 1 },
  });
  const timeline = results.timelines[0];
  if (!timeline) throw new Error('The test prospect left no timeline.');
  return { results, timeline };
}
