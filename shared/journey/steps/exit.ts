// Exit: the prospect leaves the journey with an outcome.
import { z } from 'zod';
import { defineStepKind, plainStep } from './stepKind';

export const EXIT_REASONS = ['converted', 'disqualified', 'unsubscribed', 'ended'] as const;

export const ExitParams = z.object({ reason: z.enum(EXIT_REASONS) });

export const exit = defineStepKind('exit', ExitParams)({
  ...plainStep,
  group: 'flow',
  englishName: 'exit',
  terminal: true,
  outputs: () => [],
  defaults: () => ({ reason: 'ended' }),
  summary: (p) => ({ key: `summary.exit.${p.reason}` }),
});
