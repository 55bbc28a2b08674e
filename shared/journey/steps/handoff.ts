// Hand-off: routes the lead to sales (a team or rep by the routing rules) and sets its stage.
import { z } from 'zod';
import { Stage } from '../primitives';
import { defineStepKind, NEXT, plainStep, stageText } from './stepKind';

export const HandoffParams = z.object({
  /** Free text for sales, e.g. why this lead is handed over now. */
  note: z.string().max(500).default(''),
  /** Stage the lead is set to on hand-off (sales accepted by default). */
  stage: Stage.default('sal'),
});

export const handoff = defineStepKind('handoff', HandoffParams)({
  ...plainStep,
  group: 'lead',
  englishName: 'hand-off step',
  outputs: () => NEXT,
  defaults: () => ({ note: '', stage: 'sal' }),
  summary: (p) => p.note || { key: 'summary.handoff', values: { stage: stageText(p.stage) } },
});
