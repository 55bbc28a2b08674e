// The journey document: the one schema that is the type, the validator and the basis of
// the exchange format. Plain data only — no canvas or React types in here.
import { z } from 'zod';
import { AccountModel } from '../accounts/schema';
import { RoutingModel } from '../routing/schema';
import { CostModel, SalesModel } from '../sales/schema';
import { ScoringModel } from '../scoring/schema';
import { AttributeRule, finite, Id, OutputId, Position, Stage, Weekday } from './primitives';
import { type AnyStepKind, type NodeType, STEP_KINDS } from './steps/registry';

export { Id, Position, Stage, LIFECYCLE_STAGES } from './primitives';
export type { NodeType } from './steps/registry';
export { type ConditionRule } from './steps/condition';

// ── nodes ──────────────────────────────────────────────────────────────────────────────
// Each kind's parameters live in its own module (steps/); the node union is built from the
// registry, so a new kind needs no edit here.

const nodeBase = { id: Id, position: Position, label: z.string().max(120).optional() };

type NodeSchema<K extends AnyStepKind> = z.ZodObject<{
  id: typeof Id;
  position: typeof Position;
  label: typeof nodeBase.label;
  type: z.ZodLiteral<K['type']>;
  params: K['params'];
}>;
// A mapped type keeps a tuple a tuple only when it is generic, hence the type parameter.
type NodeSchemasOf<T extends readonly AnyStepKind[]> = { readonly [I in keyof T]: T[I] extends AnyStepKind ? NodeSchema<T[I]> : never };
type NodeSchemas = NodeSchemasOf<typeof STEP_KINDS>;

// The cast keeps the tuple's element types, which Array.map cannot express.
const nodeSchemas = STEP_KINDS.map((kind) => z.object({ ...nodeBase, type: z.literal(kind.type), params: kind.params })) as unknown as NodeSchemas;

export const JourneyNode = z.discriminatedUnion('type', nodeSchemas);


export const JourneyEdge = z.object({
  id: Id,
  source: Id,
  /** The named output of the source node this edge leaves from: next, yes, no, A, … */
  sourceOutput: OutputId,
  target: Id,
});

// ── settings ───────────────────────────────────────────────────────────────────────────

/** Emails go out only on these weekdays between these hours, in this time zone. */
export const SendWindow = z
  .object({
    weekdays: z.array(Weekday).min(1, 'choose at least one weekday').max(7).default([1, 2, 3, 4, 5]),
    startHour: finite.int().min(0).max(23).default(8),
    endHour: finite.int().min(1).max(24).default(18),
    timeZone: z.string().min(1).max(64).default('Europe/Berlin'),
  })
  .refine((w) => w.endHour > w.startHour, { message: 'the window must end after it starts', path: ['endHour'], params: { reason: 'windowOrder' } });

/** At most maxEmails emails to one prospect within any perDays days. */
export const FrequencyCap = z.object({ maxEmails: finite.int().min(1).max(100), perDays: finite.min(1).max(365) });

export const REENTRY_POLICIES = ['never', 'afterDays'] as const;
/** How the canvas draws and tidies the journey: steps follow each other rightwards or downwards. */
export const LAYOUT_DIRECTIONS = ['leftToRight', 'topToBottom'] as const;
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number];
export const layoutOf = (settings: { layout?: LayoutDirection | undefined }): LayoutDirection => settings.layout ?? 'leftToRight';
export const GOAL_EXITS = ['converted', 'ended'] as const;

export const JourneySettings = z.object({
  description: z.string().max(2000).default(''),
  audience: z
    .object({
      /** Stages a prospect may be in to enter (empty = any). */
      stages: z.array(Stage).max(5).default([]),
      /** All must hold to enter. */
      rules: z.array(AttributeRule).max(50).default([]),
    })
    .prefault({}),
  reentry: z
    .discriminatedUnion('policy', [
      z.object({ policy: z.literal('never') }),
      z.object({ policy: z.literal('afterDays'), days: finite.min(1).max(3650) }),
    ])
    .default({ policy: 'never' }),
  /** Checked after every step: reaching the stage ends the journey with this exit reason. */
  goal: z
    .object({ stage: Stage, exitReason: z.enum(GOAL_EXITS).default('converted') })
    .nullable()
    .default(null),
  sendWindow: SendWindow.nullable().default(null),
  frequencyCap: FrequencyCap.nullable().default(null),
  consent: z
    .object({
      /** When on, prospects without marketing consent never enter. */
      required: z.boolean().default(true),
    })
    .prefault({}),
  /**
   * Canvas only (no effect on sending): the direction steps are drawn and tidied in. Absent
   * means left to right (layoutOf), so files from before it import, and export, unchanged.
   */
  layout: z.enum(LAYOUT_DIRECTIONS).optional(),
});

export const JOURNEY_SCHEMA_VERSION = 1;
/** The most steps and connections one journey may hold. */
export const MAX_NODES = 20_000;
export const MAX_EDGES = 50_000;

/** The document's shape without cross-reference checks; validation reports those itself. */
export const JourneyDocumentShape = z.object({
  schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
  id: Id,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  settings: JourneySettings.prefault({}),
  scoring: ScoringModel.prefault({}),
  routing: RoutingModel.prefault({}),
  /** What sales does with handed-over leads; absent in files from before it (sales off). */
  sales: SalesModel.prefault({}),
  costs: CostModel.prefault({}),
  /** Buying centres: account scoring and the account-level hand-off; absent in files from before it (off). */
  accounts: AccountModel.prefault({}),
  nodes: z.array(JourneyNode).max(MAX_NODES),
  edges: z.array(JourneyEdge).max(MAX_EDGES),
});

/** What may be stored: the shape plus structural integrity (unique ids, edges between nodes). */
export const JourneyDocument = JourneyDocumentShape.superRefine((doc, ctx) => {
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
export type JourneySettings = z.infer<typeof JourneySettings>;
export type JourneyNode = z.infer<typeof JourneyNode>;
export type JourneyEdge = z.infer<typeof JourneyEdge>;
export type NodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;
