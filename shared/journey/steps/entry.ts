// Entry: where prospects start the journey, and what starts it.
import { z } from 'zod';
import { Stage } from '../primitives';
import { defineStepKind, NEXT, plainStep } from './stepKind';

export const ENTRY_TRIGGERS = ['formSubmitted', 'listImport', 'stageReached', 'event'] as const;
export const ENTRY_EVENTS = ['webinarSignup', 'download', 'formSubmit', 'visit'] as const;
type Trigger = (typeof ENTRY_TRIGGERS)[number];

export const EntryParams = z.object({
  trigger: z.enum(ENTRY_TRIGGERS),
  /** Free text the campaign manager reads, e.g. "Whitepaper download form". */
  source: z.string().max(200).default(''),
  /** For trigger "stageReached": the stage that starts the journey. */
  stage: Stage.nullable().default(null),
  /** For trigger "event": which event, e.g. webinar sign-up or download. */
  event: z.enum(ENTRY_EVENTS).nullable().default(null),
});
export type EntryParams = z.infer<typeof EntryParams>;

export const entry = defineStepKind('entry', EntryParams)({
  ...plainStep,
  group: 'flow',
  englishName: 'entry',
  acceptsInput: false,
  outputs: () => NEXT,
  defaults: () => ({ trigger: 'formSubmitted', source: '', stage: null, event: null }),
  summary: (p) => p.source || { key: `summary.trigger.${p.trigger}` },
});

/** What a stage or event trigger starts with. */
export const DEFAULT_ENTRY_STAGE = 'mql' as const;
export const DEFAULT_ENTRY_EVENT = 'webinarSignup' as const;

/** Another trigger; the stage or event it needs starts at a sensible value, the other is cleared. */
export function withTrigger(params: EntryParams, trigger: Trigger): EntryParams {
  return {
    ...params,
    trigger,
    stage: trigger === 'stageReached' ? (params.stage ?? DEFAULT_ENTRY_STAGE) : null,
    event: trigger === 'event' ? (params.event ?? DEFAULT_ENTRY_EVENT) : null,
  };
}
