// The Run tab's fields as typed, read as a run request: the number of prospects, seed and
// days clamped to what a run takes, and a persona mix typed in percent turned into weights.
// (Pure, so the panel only shows fields and the service sees the same limits.)
import { MAX_GENERATED_PROSPECTS, MAX_HORIZON_DAYS, type PersonaSet } from './model';
import type { ProspectChoice } from './runInputs';

export interface RunForm {
  /** 'generate' or a prospect set id. */
  source: string;
  count: string;
  seed: string;
  days: string;
  /** Persona weights in percent as typed; empty = the persona set's default mix. */
  mix: Record<string, string>;
}

/** A new Run tab: 10,000 generated prospects of the default mix over 90 days, seed 1. */
export const defaultRunForm = (): RunForm => ({ source: 'generate', count: '10000', seed: '1', days: '90', mix: {} });

export interface RunRequest {
  prospects: ProspectChoice;
  seed: number;
  horizonDays: number;
}

const whole = (text: string, min: number, max: number, fallback: number) => Math.max(min, Math.min(max, Math.round(Number(text) || fallback)));

/** A typed number of days as a horizon: whole, 1 to the longest a run simulates. */
export const horizonFromText = (text: string, fallback: number): number => whole(text, 1, MAX_HORIZON_DAYS, fallback);

/** A persona's share of the set's default mix, in percent to one decimal, as the form shows it. */
export function defaultSharePercent(set: PersonaSet | null, personaId: string): number {
  const total = Object.values(set?.defaultMix ?? {}).reduce((a, b) => a + b, 0);
  return Math.round(((set?.defaultMix[personaId] ?? 0) / (total || 1)) * 1000) / 10;
}

/** The share typed for a persona, else its default share: the text the form shows. */
export const shareText = (form: RunForm, set: PersonaSet | null, personaId: string): string => form.mix[personaId] ?? String(defaultSharePercent(set, personaId));

/** What the typed shares add up to (the engine scales them to 100 %). */
export const mixTotal = (form: RunForm, set: PersonaSet): number =>
  Math.round(set.personas.reduce((sum, p) => sum + (Number(shareText(form, set, p.id)) || 0), 0) * 10) / 10;

export function runRequestFromForm(form: RunForm, set: PersonaSet | null): RunRequest {
  // A mix is sent only once a share was typed; otherwise the run uses the set's default mix.
  const mix = Object.keys(form.mix).length > 0 && set ? Object.fromEntries(set.personas.map((p) => [p.id, Math.max(0, Number(shareText(form, set, p.id)) || 0)])) : undefined;
  const prospects: RunRequest['prospects'] =
    form.source === 'generate' ? { kind: 'generate', count: whole(form.count, 1, MAX_GENERATED_PROSPECTS, 1), ...(mix ? { mix } : {}) } : { kind: 'set', setId: form.source };
  return { prospects, seed: Math.max(0, Math.round(Number(form.seed) || 0)), horizonDays: horizonFromText(form.days, 90) };
}

/** The typed shares with one changed; the others keep what the form shows, so they stay put. */
export const withShare = (form: RunForm, set: PersonaSet, personaId: string, text: string): RunForm['mix'] => ({
  ...Object.fromEntries(set.personas.map((p) => [p.id, shareText(form, set, p.id)])),
  [personaId]: text,
});
