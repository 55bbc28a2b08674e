// Sample prospects and the personas that drive their behaviour in the simulator.
import { z } from 'zod';
import { ANSWER_OUTPUTS } from '../journey/steps/handoff';
import { finite, Id, Stage, Topic } from '../journey/primitives';
import { AccountBehaviour } from '../accounts/schema';

const probability = finite.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const hours = finite.min(0).max(24 * 3650);

export const Persona = z.object({
  id: Id,
  name: z.string().trim().min(1).max(80),
  description: z.string().max(500).default(''),
  /** Chance to open an email (before topic affinity and fatigue). */
  open: probability,
  clickGivenOpen: probability,
  downloadGivenClick: probability,
  /** Chance to unsubscribe from an opened email. */
  unsubscribe: probability,
  /** Chance to send a form / visit the site while a journey waits for it. */
  form: probability.default(0.05),
  visit: probability.default(0.2),
  /** Share of this persona that consented to marketing email. */
  consentRate: probability.default(0.97),
  delays: z
    .object({
      /** Median hours from send to open, from open to click, from click to download. */
      openMedianHours: hours.default(6),
      clickMedianHours: hours.default(0.1),
      downloadMedianHours: hours.default(0.05),
      formMedianHours: hours.default(24),
      /** σ of the log-normal delay: 0 = always the median. */
      spread: finite.min(0).max(3).default(1),
    })
    .prefault({}),
  /** Multiplies open and click chances for emails on these topics (1 = neutral). */
  topicAffinity: z.record(Topic, finite.min(0).max(5)).default({}),
  /** Relative weight of a link when a click picks one (by its name, address or last path segment; 1 = as any other). */
  linkWeights: z.record(z.string().trim().min(1).max(500), finite.min(0).max(100)).default({}),
  fatigue: z
    .object({
      windowDays: finite.min(1).max(60).default(7),
      /** Each email beyond the first in the window cuts the open chance by this share. */
      openPenaltyPerEmail: finite.min(0).max(1).default(0.1),
      /** …and raises the unsubscribe chance by this share. */
      unsubscribeBoostPerEmail: finite.min(0).max(10).default(0.5),
    })
    .prefault({}),
  /** For generated prospects: weighted values per attribute. */
  profile: z
    .record(z.string().min(1).max(60), z.array(z.object({ value: z.union([z.string().max(200), finite]), weight: finite.min(0) })).min(1).max(100))
    .default({}),
});
export type Persona = z.infer<typeof Persona>;

export const PersonaSet = z.object({
  format: z.literal('nurture-studio.personas'),
  /** Persona id → weight, for generating prospects when no mix is given. */
  defaultMix: z.record(Id, finite.min(0)).default({}),
  personas: z.array(Persona).min(1).max(100),
  /** Buying centres: colleagues' influence, and the accounts generated prospects come in (shared/accounts). */
  accounts: AccountBehaviour.prefault({}),
});
export type PersonaSet = z.infer<typeof PersonaSet>;

const scriptedHours = hours.nullable().default(null);
export const ScriptedEmail = z.object({
  /** Hours after the send; null = never. */
  open: scriptedHours,
  click: scriptedHours,
  download: scriptedHours,
  unsubscribe: scriptedHours,
});

/** An explicit list of reactions, for walking one path exactly. Emails not listed are ignored. */
export const Script = z.object({
  /** Keyed by send-email step id. */
  emails: z.record(Id, ScriptedEmail).default({}),
  /** Hours after a wait for a form / visit starts; null = never. */
  form: scriptedHours,
  visit: scriptedHours,
  /** Branch to take at a split, keyed by split step id (else the split decides as usual). */
  splits: z.record(Id, z.string().min(1).max(40)).default({}),
  /** Forced answer of a condition step, keyed by its id (else the prospect's data decides). */
  conditions: z.record(Id, z.boolean()).default({}),
  /** Forced answer of sales at a hand-off step, keyed by its id (else the chances decide); only with sales simulated. */
  handoffs: z.record(Id, z.enum(ANSWER_OUTPUTS)).default({}),
});
export type Script = z.infer<typeof Script>;

/**
 * The key of the company (account) a prospect works for: like an Id, with "." allowed so a
 * company's domain can be its key ("acme.example"). Contacts with the same key share the
 * account attributes (accounts.ts).
 */
export const AccountKey = z
  .string()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must start with a letter or digit and contain only letters, digits, "_", "." and "-"');

export const Prospect = z.object({
  id: Id,
  /** The account (company) of this contact; absent = the prospect is alone. */
  account: AccountKey.optional(),
  name: z.string().max(200).default(''),
  email: z.string().max(320).default(''),
  persona: Id,
  consent: z.boolean(),
  stage: Stage.default('inquiry'),
  attributes: z.record(z.string().min(1).max(60), z.union([z.string().max(500), finite, z.boolean()])).default({}),
  /** Topics this prospect cares about (raise open and click chances on those topics). */
  interests: z.array(Topic).max(20).default([]),
  /** When the prospect enters the journey, in hours after the run starts. */
  enteredAfterHours: hours.default(0),
  script: Script.nullable().default(null),
});
export type Prospect = z.infer<typeof Prospect>;

/** The largest number of prospects a run generates, and the longest horizon a run simulates. */
export const MAX_GENERATED_PROSPECTS = 2_000_000;
export const MAX_HORIZON_DAYS = 3650;

export const SimulationOptions = z.object({
  seed: finite.int().min(0).max(2 ** 31 - 1).default(1),
  horizonDays: finite.min(1).max(MAX_HORIZON_DAYS).default(90),
  /** Generated prospects enter spread evenly-at-random over these first days. */
  entrySpreadDays: finite.min(0).max(365).default(14),
  /** Full timelines are kept for every prospect up to this many, else for a sample of that size. */
  timelineSample: finite.int().min(0).max(10_000).default(200),
});
export type SimulationOptions = z.infer<typeof SimulationOptions>;
