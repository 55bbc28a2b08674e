// Exchange format v1: one self-contained JSON document with the journey (settings,
// scoring, routing, sales, costs and account settings included) and every template it
// references. Later additions are optional with defaults, so files from before them still read
// as v1: a file without "sales" and "costs" comes in with sales off and the default figures,
// one without "accounts" with account mode off.
import { z } from 'zod';
import { Id, Topic } from '../journey/primitives';
import { JourneyDocumentShape } from '../journey/schema';

export const EXCHANGE_FORMAT = 'nurture-studio.journey';
export const EXCHANGE_FORMAT_VERSION = 1;

export const TEMPLATE_LANGUAGES = ['en', 'de'] as const;

export const ExchangeTemplate = z.object({
  id: Id,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  subject: z.string().max(300),
  preheader: z.string().max(300).default(''),
  topics: z.array(Topic).max(20).default([]),
  language: z.enum(TEMPLATE_LANGUAGES).default('en'),
  mjml: z.string().max(1_000_000, 'must be at most 1,000,000 characters'),
  /** Compiled HTML when the exporting app could compile it, else null. */
  html: z.string().max(5_000_000).nullable().default(null),
});

export const ExchangeDocument = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  journey: JourneyDocumentShape,
  templates: z.array(ExchangeTemplate).max(1000).default([]),
});

export type ExchangeTemplate = z.infer<typeof ExchangeTemplate>;
export type ExchangeDocument = z.infer<typeof ExchangeDocument>;

/** The published JSON Schema of the format (what a file may contain). */
export function exchangeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExchangeDocument, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://nurture.studio/schema/journey-exchange.v1.json',
    title: 'Nurture Studio journey exchange format, version 1',
    description:
      'A journey with its settings, scoring, routing, sales, costs and account settings, and every email template it references. ' +
      'Generated from the zod schema in shared/exchange/format.ts.',
    ...schema,
  };
}
