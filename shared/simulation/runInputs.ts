// What a run is started with, declared once: the prospect choice that the API contract,
// the Run tab's form and the service share, and the inputs stored with each run, read back
// through a versioned schema (rows of earlier versions still read).
import { z } from 'zod';
import { finite, Id } from '../journey/primitives';
import { MAX_GENERATED_PROSPECTS, Persona, SimulationOptions } from './model';

/** Where a run's prospects come from: a stored prospect set, or generated from a persona mix (absent: the set's default mix). */
export const ProspectChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), setId: Id }),
  z.object({
    kind: z.literal('generate'),
    count: z
      .number()
      .int(`The number of prospects must be a whole number from 1 to ${MAX_GENERATED_PROSPECTS.toLocaleString('en')}.`)
      .min(1, `The number of prospects must be a whole number from 1 to ${MAX_GENERATED_PROSPECTS.toLocaleString('en')}.`)
      .max(MAX_GENERATED_PROSPECTS, `The number of prospects must be a whole number from 1 to ${MAX_GENERATED_PROSPECTS.toLocaleString('en')}.`),
    mix: z.record(Id, finite.min(0)).optional(),
  }),
]);
export type ProspectChoice = z.infer<typeof ProspectChoice>;

export const RUN_INPUTS_VERSION = 2;

const inputsV1 = {
  prospects: ProspectChoice,
  /** Prospects in the run. */
  total: z.number().int().min(0),
  options: SimulationOptions,
  /** The personas used, when not the default set. */
  personas: z.union([z.literal('default'), z.array(Persona)]),
  journeyName: z.string(),
};

/** Version 2: every field present; null where nothing was known. */
export const RunInputs = z.object({
  version: z.literal(RUN_INPUTS_VERSION),
  ...inputsV1,
  /** What the journey did (journeyFingerprint) and its number of steps when the run started. */
  journeyFingerprint: z.string().nullable(),
  journeySteps: z.number().int().min(0).nullable(),
  /** The prospect set's name when the run started. */
  sourceName: z.string().nullable(),
});
export type RunInputs = z.infer<typeof RunInputs>;

/** Version 1 (no version field): fingerprint, steps and source name were added later and may be missing. */
const RunInputsV1 = z.object({
  ...inputsV1,
  journeyFingerprint: z.string().optional(),
  journeySteps: z.number().int().min(0).optional(),
  sourceName: z.string().optional(),
});

/**
 * Stored inputs (JSON) of any version, as the current version, with the version they were
 * stored as (version 1 runs generated their prospects with an earlier generator); or what is
 * wrong with them.
 */
export function readRunInputs(json: string): { ok: true; inputs: RunInputs; storedVersion: number } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: 'they are not JSON' };
  }
  const versioned = typeof raw === 'object' && raw !== null && 'version' in raw;
  const parsed = versioned ? RunInputs.safeParse(raw) : RunInputsV1.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${issue.path.join('.') || 'inputs'}: ${issue.message}` };
  }
  if ('version' in parsed.data) return { ok: true, inputs: parsed.data, storedVersion: parsed.data.version };
  const v1 = parsed.data;
  return {
    ok: true,
    inputs: { ...v1, version: RUN_INPUTS_VERSION, journeyFingerprint: v1.journeyFingerprint ?? null, journeySteps: v1.journeySteps ?? null, sourceName: v1.sourceName ?? null },
    storedVersion: 1,
  };
}
