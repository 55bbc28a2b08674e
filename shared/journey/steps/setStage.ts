// Set stage: moves the prospect to a lifecycle stage (stages only move forward).
import { z } from 'zod';
import { Stage } from '../primitives';
import { defineStepKind, NEXT, plainStep, stageText } from './stepKind';

export const SetStageParams = z.object({ stage: Stage });

export const setStage = defineStepKind('setStage', SetStageParams)({
  ...plainStep,
  group: 'lead',
  englishName: 'set-stage step',
  outputs: () => NEXT,
  defaults: () => ({ stage: 'mql' }),
  summary: (p) => ({ key: 'summary.setStage', values: { stage: stageText(p.stage) } }),
});
