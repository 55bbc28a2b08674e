// Webhook: a call the sending platform makes (kept in the export; the simulator passes it).
import { z } from 'zod';
import { defineStepKind, NEXT, plainStep } from './stepKind';

export const WEBHOOK_METHODS = ['POST', 'PUT'] as const;

export const WebhookParams = z.object({
  /** Kept in the export for the sending platform; the simulator treats it as a no-op. */
  url: z.string().max(2000).default(''),
  method: z.enum(WEBHOOK_METHODS).default('POST'),
  note: z.string().max(500).default(''),
});

export const webhook = defineStepKind('webhook', WebhookParams)({
  ...plainStep,
  group: 'messages',
  englishName: 'webhook step',
  outputs: () => NEXT,
  defaults: () => ({ url: '', method: 'POST', note: '' }),
  summary: (p) => p.note || p.url || { key: 'summary.webhook' },
});
