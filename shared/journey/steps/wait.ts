// Wait: for a while, or until the next of some weekdays at a time.
import { z } from 'zod';
import { Duration, TimeOfDay, Weekday } from '../primitives';
import { defineStepKind, durationText, NEXT, plainStep, type StepText } from './stepKind';

export const WAIT_MODES = ['duration', 'until'] as const;

export const WaitParams = z.discriminatedUnion('mode', [
  Duration.extend({ mode: z.literal('duration') }),
  z.object({
    mode: z.literal('until'),
    /** Waits until the next of these weekdays (1 = Monday) at this time, in the send window's time zone. */
    weekdays: z.array(Weekday).min(1, 'choose at least one weekday').max(7),
    time: TimeOfDay,
  }),
]);
export type WaitParams = z.infer<typeof WaitParams>;

export const wait = defineStepKind('wait', WaitParams)({
  ...plainStep,
  group: 'flow',
  englishName: 'wait step',
  takesTime: true,
  outputs: () => NEXT,
  defaults: () => ({ mode: 'duration', amount: 1, unit: 'days' }),
  check(node, c) {
    if (node.params.mode === 'duration' && node.params.amount === 0) c.error('wait_zero', `${c.Name} waits for zero time.`, { variant: 'wait', step: c.step });
  },
  summary: (p): StepText =>
    p.mode === 'duration'
      ? { key: 'summary.waitFor', values: { duration: durationText(p.amount, p.unit) } }
      : { key: 'summary.waitUntil', values: { days: p.weekdays.map((d) => ({ key: `weekdays.${d}` })), time: p.time } },
});

/** The wait in another mode, with that mode's starting values (one day; Monday 09:00). */
export function withWaitMode(params: WaitParams, mode: WaitParams['mode']): WaitParams {
  if (mode === params.mode) return params;
  return mode === 'duration' ? { mode, amount: 1, unit: 'days' } : { mode, weekdays: [1], time: '09:00' };
}
