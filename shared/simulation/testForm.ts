// The Test tab's form as typed, read as a test run: the script (composed email by email, or
// "every yes / no / random"), the horizon, and the test prospect's data. (Beside runForm.ts:
// the panel only shows fields; what they mean is decided here.)
import { type AttributeValue, typedValue } from '../journey/primitives';
import type { JourneyDocument } from '../journey/schema';
import type { HandoffAnswer } from '../journey/steps/handoff';
import { horizonFromText } from './runForm';
import type { Script } from './model';
import { composedScript, type EmailReaction, type PathChoice, pathScript, type ScriptChoices, type TestAttribute } from './testProspect';

export type TestMode = 'compose' | PathChoice;
export const TEST_MODES: readonly TestMode[] = ['compose', 'yes', 'no', 'random'];
export type ConditionAnswer = 'auto' | 'yes' | 'no';
export const TEST_HORIZON_DAYS = 60;

/** What the composer's fields hold, as typed. */
export interface TestComposition {
  emails: Record<string, { reaction: EmailReaction; hours: string }>;
  conditions: Record<string, ConditionAnswer>;
  /** Split step id → branch; '' or absent = decided as usual. */
  splits: Record<string, string>;
  /** Hand-off step id → sales' answer; '' or absent = decided by the chances. */
  handoffs: Record<string, HandoffAnswer | ''>;
  form: string;
  visit: string;
}

export interface TestForm {
  mode: TestMode;
  name: string;
  days: string;
  seed: string;
  composition: TestComposition;
  /** Attribute values as typed, by name; absent = the starting value. */
  typedAttributes: Record<string, string>;
}

export const emptyComposition = (): TestComposition => ({ emails: {}, conditions: {}, splits: {}, handoffs: {}, form: '', visit: '' });

/** A new Test tab: a script composed step by step, over the test horizon, seed 1. */
export const newTestForm = (name: string): TestForm => ({ mode: 'compose', name, days: String(TEST_HORIZON_DAYS), seed: '1', composition: emptyComposition(), typedAttributes: {} });

/** An email's reaction as the composer shows it: ignored, two hours after it arrives, until chosen. */
export const emailChoice = (composition: TestComposition, emailNodeId: string) => composition.emails[emailNodeId] ?? { reaction: 'ignore' as EmailReaction, hours: '2' };

/** Typed hours: a number of at least 0; empty or not a number = never. */
const hoursOrNull = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Math.max(0, Number(text)));

/** The composer's fields as the choices a script is made from; "auto" leaves a step to decide. */
export function choicesOf(composition: TestComposition): ScriptChoices {
  return {
    emails: Object.fromEntries(Object.entries(composition.emails).map(([id, e]) => [id, { reaction: e.reaction, afterHours: hoursOrNull(e.hours) ?? 0 }])),
    conditions: Object.fromEntries(Object.entries(composition.conditions).filter(([, a]) => a !== 'auto').map(([id, a]) => [id, a === 'yes'])),
    splits: Object.fromEntries(Object.entries(composition.splits).filter(([, branch]) => branch)),
    handoffs: Object.fromEntries(Object.entries(composition.handoffs ?? {}).filter((entry): entry is [string, HandoffAnswer] => entry[1] !== '')),
    form: hoursOrNull(composition.form),
    visit: hoursOrNull(composition.visit),
  };
}

/** An attribute's text as the form shows it: as typed, else its starting value. */
export const attributeText = (form: TestForm, attribute: TestAttribute): string => form.typedAttributes[attribute.name] ?? String(attribute.value);

export interface TestRunRequest {
  script: Script;
  options: { name: string; horizonDays: number; personaId?: string; attributes: Record<string, AttributeValue> };
}

export function testRunFromForm(form: TestForm, journey: JourneyDocument, attributes: readonly TestAttribute[], context: { personaId?: string; defaultName: string }): TestRunRequest {
  const seed = Math.max(0, Math.round(Number(form.seed) || 0));
  const script = form.mode === 'compose' ? composedScript(choicesOf(form.composition)) : pathScript(journey, form.mode, seed);
  const values = attributes.map((a) => [a.name, typedValue(attributeText(form, a).trim())] as const).filter(([, v]) => v !== '');
  return {
    script,
    options: {
      name: form.name.trim() || context.defaultName,
      horizonDays: horizonFromText(form.days, TEST_HORIZON_DAYS),
      ...(context.personaId ? { personaId: context.personaId } : {}),
      attributes: Object.fromEntries(values),
    },
  };
}
