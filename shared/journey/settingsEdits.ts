// Editing rules for a journey's settings: what turning a setting on starts with, and how
// one part changes without touching the rest. The inspector only shows fields and calls these.
import { FrequencyCap, type JourneySettings, SendWindow } from './schema';
import { type AttributeRule, newAttributeRule, type Stage } from './primitives';
import { removeAt, replaceAt, toggled } from './lists';

type Settings = JourneySettings;

/** Working days 8–18 in Berlin: the schema's defaults. */
export const defaultSendWindow = (): NonNullable<Settings['sendWindow']> => SendWindow.parse({});
export const DEFAULT_FREQUENCY_CAP: NonNullable<Settings['frequencyCap']> = FrequencyCap.parse({ maxEmails: 3, perDays: 7 });
export const DEFAULT_REENTRY_DAYS = 90;

export const withSendWindow = (s: Settings, on: boolean): Settings => ({ ...s, sendWindow: on ? (s.sendWindow ?? defaultSendWindow()) : null });
export const withFrequencyCap = (s: Settings, on: boolean): Settings => ({ ...s, frequencyCap: on ? (s.frequencyCap ?? { ...DEFAULT_FREQUENCY_CAP }) : null });

export function withReentryPolicy(s: Settings, policy: Settings['reentry']['policy']): Settings {
  if (policy === s.reentry.policy) return s;
  return { ...s, reentry: policy === 'never' ? { policy } : { policy, days: DEFAULT_REENTRY_DAYS } };
}

/** A goal stage (null: no goal); the exit reason is kept when the goal changes. */
export const withGoalStage = (s: Settings, stage: Stage | null): Settings => ({
  ...s,
  goal: stage === null ? null : { stage, exitReason: s.goal?.exitReason ?? 'converted' },
});

export const withAudienceStage = (s: Settings, stage: Stage, on: boolean): Settings => ({ ...s, audience: { ...s.audience, stages: toggled(s.audience.stages, stage, on) } });
export const withAudienceRule = (s: Settings, index: number, rule: AttributeRule): Settings => ({ ...s, audience: { ...s.audience, rules: replaceAt(s.audience.rules, index, rule) } });
export const addAudienceRule = (s: Settings): Settings => ({ ...s, audience: { ...s.audience, rules: [...s.audience.rules, newAttributeRule()] } });
export const removeAudienceRule = (s: Settings, index: number): Settings => ({ ...s, audience: { ...s.audience, rules: removeAt(s.audience.rules, index) } });
