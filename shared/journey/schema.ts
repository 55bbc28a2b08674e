// The journey document: the one schema that is the type, the validator and (later) the
// exchange format. Plain data only — no canvas or React types in here.
import { z } from 'zod';

/** Ids are short, printable and safe to use in URLs, SQL parameters and DOM attributes. */
export const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"');

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const Position = z.object({ x: finite, y: finite });

/** Lifecycle stages of lead-relationship management, in funnel order. */
export const LIFECYCLE_STAGES = ['inquiry', 'mql', 'sal', 'sql', 'customer'] as const;
export const Stage = z.enum(LIFECYCLE_STAGES);

export const EntryParams = z.object({
  trigger: z.enum(['formSubmitted', 'listImport', 'stageReached', 'event']),
  /** Free text the campaign manager reads, e.g. "Whitepaper download form". */
  source: z.string().max(200).default(''),
});

export const SendEmailParams = z.object({
  templateId: Id.nullable().default(null),
  subject: z.string().max(300).default(''),
  topics: z.array(z.string().min(1).max(60)).max(20).default([]),
});

export const WaitParams = z.object({
  amount: finite.min(0, 'must not be negative').max(3650),
  unit: z.enum(['hours', 'days', 'businessDays']),
});

export const ConditionRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('engagement'),
    event: z.enum(['opened', 'clicked', 'downloaded']),
    /** The send-email node whose mailing is checked; null = any email of this journey. */
    emailNodeId: Id.nullable().default(null),
  }),
  z.object({ kind: z.literal('score'), atLeast: finite }),
  z.object({ kind: z.literal('stage'), atLeast: Stage }),
]);

export const ConditionParams = z.object({ rule: ConditionRule });

export const ExitParams = z.object({
  reason: z.enum(['converted', 'disqualified', 'unsubscribed', 'ended']),
});

const nodeBase = { id: Id, position: Position, label: z.string().max(120).optional() };

export const JourneyNode = z.discriminatedUnion('type', [
  z.object({ ...nodeBase, type: z.literal('entry'), params: EntryParams }),
  z.object({ ...nodeBase, type: z.literal('sendEmail'), params: SendEmailParams }),
  z.object({ ...nodeBase, type: z.literal('wait'), params: WaitParams }),
  z.object({ ...nodeBase, type: z.literal('condition'), params: ConditionParams }),
  z.object({ ...nodeBase, type: z.literal('exit'), params: ExitParams }),
]);

export const JourneyEdge = z.object({
  id: Id,
  source: Id,
  /** The named output of the source node this edge leaves from: next, yes, no, … */
  sourceOutput: z.string().min(1).max(40),
  target: Id,
});

export const JourneySettings = z.object({
  description: z.string().max(2000).default(''),
});

export const JOURNEY_SCHEMA_VERSION = 1;

export const JourneyDocument = z
  .object({
    schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
    id: Id,
    name: z.string().trim().min(1, 'must not be empty').max(200),
    settings: JourneySettings,
    nodes: z.array(JourneyNode).max(20_000),
    edges: z.array(JourneyEdge).max(50_000),
  })
  .superRefine((doc, ctx) => {
    // Structural integrity only; journey-quality problems (dead ends, …) belong to validation.
    const ids = new Set<string>();
    doc.nodes.forEach((node, index) => {
      if (ids.has(node.id)) {
        ctx.addIssue({ code: 'custom', path: ['nodes', index, 'id'], message: `duplicate node id "${node.id}"` });
      }
      ids.add(node.id);
    });
    const edgeIds = new Set<string>();
    doc.edges.forEach((edge, index) => {
      if (edgeIds.has(edge.id)) {
        ctx.addIssue({ code: 'custom', path: ['edges', index, 'id'], message: `duplicate edge id "${edge.id}"` });
      }
      edgeIds.add(edge.id);
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(edge[end])) {
          ctx.addIssue({ code: 'custom', path: ['edges', index, end], message: `no node with id "${edge[end]}"` });
        }
      }
    });
  });

export type JourneyDocument = z.infer<typeof JourneyDocument>;
export type JourneyNode = z.infer<typeof JourneyNode>;
export type JourneyEdge = z.infer<typeof JourneyEdge>;
export type NodeType = JourneyNode['type'];
export type NodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;
export type ConditionRule = z.infer<typeof ConditionRule>;
export type Stage = z.infer<typeof Stage>;
