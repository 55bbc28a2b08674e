// Hand-off: routes the lead to sales (a team or rep by the routing rules). With answer
// branches on, the lead goes on by what sales answered: accepted, rejected, no answer, or
// not handed over because it failed sales' feasibility check (shared/sales).
import { z } from 'zod';
import { Stage } from '../primitives';
import { defineStepKind, NEXT, plainStep, stageText } from './stepKind';

export const HandoffParams = z.object({
  /** Free text for sales, e.g. why this lead is handed over now. */
  note: z.string().max(500).default(''),
  /** Stage the lead is set to when sales takes it (sales accepted by default). */
  stage: Stage.default('sal'),
  /**
   * On: one output per answer of sales. Off (files from before the sales side): the lead
   * goes on along "next" whatever sales answered.
   */
  branchOnAnswer: z.boolean().default(false),
});
export type HandoffParams = z.infer<typeof HandoffParams>;

/** The outputs of a hand-off that branches on the answer, in the engine's order. */
export const ANSWER_OUTPUTS = ['accepted', 'rejected', 'noAnswer', 'notFeasible'] as const;
const OPTIONAL_ANSWERS = ANSWER_OUTPUTS.slice(1);
export type HandoffAnswer = (typeof ANSWER_OUTPUTS)[number];

export const handoffOutputs = (p: HandoffParams): readonly string[] => (p.branchOnAnswer ? ANSWER_OUTPUTS : NEXT);

export const handoff = defineStepKind('handoff', HandoffParams)({
  ...plainStep,
  group: 'lead',
  englishName: 'hand-off step',
  outputs: handoffOutputs,
  // A journey may simply end for leads sales sends back, does not answer or cannot take.
  optionalOutputs: (p) => (p.branchOnAnswer ? OPTIONAL_ANSWERS : []),
  defaults: () => ({ note: '', stage: 'sal', branchOnAnswer: true }),
  summary: (p) => p.note || { key: 'summary.handoff', values: { stage: stageText(p.stage) } },
});
