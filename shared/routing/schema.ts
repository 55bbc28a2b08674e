// Lead routing: ordered rules send a qualified lead to a team or a rep; inside a team,
// round robin among reps with weekly capacity left; what nobody can take waits in a queue.
import { z } from 'zod';
import { AttributeRule, finite, Id, Topic } from '../journey/primitives';

export const Rep = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  /** Leads this rep can work per week. */
  weeklyCapacity: finite.int().min(0).max(10_000),
});

export const Team = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  reps: z.array(Rep).max(500),
});

export const RoutingRule = z.object({
  id: Id,
  /** All conditions must hold (an empty list always matches). */
  when: z.array(AttributeRule).max(20).default([]),
  /** Optional: the lead's strongest topic must be this one. */
  topTopic: Topic.nullable().default(null),
  assignTo: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('team'), teamId: Id }),
    z.object({ kind: z.literal('rep'), repId: Id }),
  ]),
});

export const RoutingModel = z.object({
  teams: z.array(Team).max(100).default([]),
  rules: z.array(RoutingRule).max(200).default([]),
  /** Name of the queue that holds leads no rule or rep could take. */
  fallbackQueue: z.string().trim().min(1).max(120).default('Unassigned leads'),
});

export type Rep = z.infer<typeof Rep>;
export type Team = z.infer<typeof Team>;
export type RoutingRule = z.infer<typeof RoutingRule>;
export type RoutingModel = z.infer<typeof RoutingModel>;
export const defaultRoutingModel = (): RoutingModel => RoutingModel.parse({});
