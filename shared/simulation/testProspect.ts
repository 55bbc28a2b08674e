// Test mode: one prospect whose reactions are written down instead of drawn — a script the
// campaign manager composes ("opens Follow-up 1 after 2 hours, clicks, ignores the reminder"),
// or one that answers every decision "yes", every decision "no", or at random, to walk each
// path of a new journey quickly.
import { outputsOf } from '../journey/nodeTypes';
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
  const script: Script = { emails: {}, form: null, visit: null, splits: {}, conditions: {} };
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
  /** Hours after a wait for a form / visit starts; null = never. */
  form: number | null;
  visit: number | null;
}

export function composedScript(choices: ScriptChoices): Script {
  const emails: Script['emails'] = {};
  for (const [id, e] of Object.entries(choices.emails)) emails[id] = emailScript(e.reaction, e.afterHours);
  return { emails, form: choices.form, visit: choices.visit, splits: { ...choices.splits }, conditions: { ...choices.conditions } };
}

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
  options: { horizonDays: number; name: string; attributes?: Record<string, string | number | boolean> },
): Promise<TestRun> {
  const persona = personas[0];
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
          stage: 'inquiry',
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
