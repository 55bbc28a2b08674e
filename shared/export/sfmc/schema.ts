// What Journey Builder's POST /interaction/v1/interactions accepts, as Salesforce's documentation
// of the Journey Specification shows it (pages named in wire.ts, read 2026-12-01): the journey's
// required key, name and workflowApiVersion (0.5 or 1.0); one entry event; activities with a key,
// a type and outcomes whose next names another activity or is null (the end); the configuration
// each activity format documents; joins as outcomes sharing a next; random-split shares as whole
// percents above 0 and below 100 adding up to 100; an engagement split naming an email activity.
import { z } from 'zod';

const Outcome = z.object({ key: z.string().min(1), next: z.string().nullable(), arguments: z.record(z.string(), z.unknown()).optional(), metaData: z.object({ label: z.string() }).strict().optional() }).strict();
const base = { key: z.string().min(1).max(200), name: z.string().max(200), outcomes: z.array(Outcome), metaData: z.record(z.string(), z.unknown()).optional() };
const Activity = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('EMAILV2'), configurationArguments: z.object({ triggeredSend: z.object({ emailId: z.string().nullable(), emailSubject: z.string(), preHeader: z.string() }).strict() }).strict() }).strict(),
  z
    .object({
      ...base,
      type: z.literal('WAIT'),
      configurationArguments: z.object({ waitDuration: z.number().int().min(1), waitUnit: z.enum(['minutes', 'hours', 'days', 'weeks', 'months']), specifiedTime: z.string().regex(/^\d\d:\d\d$/).optional() }).strict(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('ENGAGEMENTDECISION'), configurationArguments: z.object({ refActivityCustomerKey: z.string(), statsTypeId: z.union([z.literal(2), z.literal(3), z.literal(6)]), statusUrlId: z.string() }).strict() }).strict(),
  z.object({ ...base, type: z.literal('MULTICRITERIADECISION'), configurationArguments: z.object({ criteria: z.record(z.string(), z.string()) }).strict() }).strict(),
  z.object({ ...base, type: z.literal('RANDOMSPLIT'), configurationArguments: z.object({}).strict() }).strict(),
  z.object({ ...base, type: z.literal('DATAEXTENSIONUPDATE'), arguments: z.object({ value: z.union([z.string(), z.number(), z.boolean()]) }).strict(), configurationArguments: z.object({ dataExtensionId: z.string(), field: z.string() }).strict() }).strict(),
  z
    .object({
      ...base,
      type: z.literal('REST'),
      arguments: z.object({ execute: z.object({ inArguments: z.array(z.record(z.string(), z.unknown())), outArguments: z.array(z.unknown()) }).strict() }).strict(),
      configurationArguments: z.object({ url: z.string(), method: z.string(), useJwt: z.boolean(), timeout: z.number().int().max(100_000) }).strict(),
    })
    .strict(),
]);

export const SfmcJourneyCreate = z
  .object({
    key: z.string().min(1),
    name: z.string().min(1),
    description: z.string(),
    workflowApiVersion: z.union([z.literal(0.5), z.literal(1)]),
    entryMode: z.enum(['SingleEntryAcrossAllVersions', 'MultipleEntries']),
    triggers: z
      .array(
        z
          .object({
            key: z.string(),
            name: z.string(),
            type: z.literal('Event'),
            eventDefinitionKey: z.string().min(1),
            arguments: z.object({}).strict(),
            configurationArguments: z.object({ criteria: z.string().optional() }).strict(),
            metaData: z.object({ eventDefinitionKey: z.string() }).strict(),
            outcomes: z.array(z.never()),
          })
          .strict(),
      )
      .length(1, 'a journey has a single entry event'),
    activities: z.array(Activity),
    goals: z.array(z.object({ key: z.string(), name: z.string(), type: z.literal('ContactDecision'), configurationArguments: z.object({ criteria: z.string() }).strict() }).strict()),
    exits: z.array(z.unknown()),
  })
  .strict()
  .superRefine((journey, ctx) => {
    const keys = new Map<string, (typeof journey.activities)[number]>();
    journey.activities.forEach((a, i) => {
      if (keys.has(a.key)) ctx.addIssue({ code: 'custom', path: ['activities', i, 'key'], message: `activity key ${a.key} is used twice` });
      keys.set(a.key, a);
    });
    const incoming = new Map<string, number>();
    journey.activities.forEach((a, i) => {
      a.outcomes.forEach((o, j) => {
        if (o.next !== null) {
          if (!keys.has(o.next)) ctx.addIssue({ code: 'custom', path: ['activities', i, 'outcomes', j, 'next'], message: `no activity ${o.next}` });
          incoming.set(o.next, (incoming.get(o.next) ?? 0) + 1);
        }
      });
      if (a.type === 'RANDOMSPLIT') {
        const shares = a.outcomes.map((o) => o.arguments?.percentage);
        if (shares.some((p) => typeof p !== 'number' || !Number.isInteger(p) || p <= 0 || p >= 100) || shares.reduce((s: number, p) => s + Number(p), 0) !== 100) {
          ctx.addIssue({ code: 'custom', path: ['activities', i, 'outcomes'], message: 'random split shares must be whole percents between 0 and 100 adding up to 100' });
        }
      }
      if (a.type === 'ENGAGEMENTDECISION' && keys.get(a.configurationArguments.refActivityCustomerKey)?.type !== 'EMAILV2') {
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'configurationArguments', 'refActivityCustomerKey'], message: 'an engagement split names an email activity' });
      }
      if (a.type === 'MULTICRITERIADECISION' && a.outcomes.filter((o) => !(o.key in a.configurationArguments.criteria)).length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'configurationArguments', 'criteria'], message: 'every outcome but the remainder has criteria' });
      }
    });
    if (journey.activities.length > 0) {
      const first = journey.activities[0]!;
      if (incoming.has(first.key)) ctx.addIssue({ code: 'custom', path: ['activities', 0], message: 'the first activity is the one nothing leads to' });
    }
  });
