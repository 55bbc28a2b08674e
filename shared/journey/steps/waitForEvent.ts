// Wait for a reaction: an open, click or download of an email (or any email), a form or a
// page visit — taking the "reacted" output when it happens in time, else "timed out".
import { z } from 'zod';
import { Duration, Id } from '../primitives';
import { checkEmailReference, emailName, referencesOf } from './references';
import { defineStepKind, durationText, plainStep } from './stepKind';

export const REACTION_EVENTS = ['open', 'click', 'download', 'form', 'visit'] as const;
/** Reactions to an email; the others (form, visit) are not tied to one. */
export const EMAIL_REACTION_EVENTS: readonly string[] = ['open', 'click', 'download'];

export const WaitForEventParams = z.object({
  event: z.enum(REACTION_EVENTS),
  /** The send-email node whose mailing is watched (open, click, download); null = any email. */
  emailNodeId: Id.nullable().default(null),
  /** For clicks: only this link counts (empty = any link). For form/visit: the form or page. */
  target: z.string().max(500).default(''),
  timeout: Duration,
});
export type WaitForEventParams = z.infer<typeof WaitForEventParams>;

const OUTPUTS = ['event', 'timeout'] as const;

export const waitForEvent = defineStepKind('waitForEvent', WaitForEventParams)({
  ...plainStep,
  group: 'flow',
  englishName: 'wait-for-reaction step',
  takesTime: true,
  outputs: () => OUTPUTS,
  defaults: () => ({ event: 'open', emailNodeId: null, target: '', timeout: { amount: 3, unit: 'days' } }),
  references: (p) => (EMAIL_REACTION_EVENTS.includes(p.event) ? referencesOf(p.emailNodeId) : []),
  withReferences: (p, map) => ({ ...p, emailNodeId: p.emailNodeId === null ? null : map(p.emailNodeId) }),
  check(node, c) {
    const p = node.params;
    if (p.timeout.amount === 0) c.error('wait_zero', `${c.Name} has a timeout of zero: nobody can react in time.`, { variant: 'timeout', step: c.step });
    if (EMAIL_REACTION_EVENTS.includes(p.event)) checkEmailReference(p.emailNodeId, c);
  },
  summary: (p, c) => ({
    key: `summary.waitForEvent.${p.event}`,
    values: { email: emailName(p.emailNodeId, c), timeout: durationText(p.timeout.amount, p.timeout.unit) },
  }),
});
