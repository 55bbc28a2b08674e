// The journey document: the one schema that is the type, the validator and the basis of
// the exchange format. Plain data only — no canvas or React types in here.
import { z } from 'zod';
import { RoutingModel } from '../routing/schema';
import { ScoringModel } from '../scoring/schema';
import {
  AttributeName,
  AttributeRule,
  Duration,
  finite,
  FitGrade,
  Id,
  Position,
  Stage,
  TimeOfDay,
  Topic,
  Weekday,
} from './primitives';

export { Id, Position, Stage, LIFECYCLE_STAGES } from './primitives';

// ── node parameters ────────────────────────────────────────────────────────────────────

export const EntryParams = z.object({
  trigger: z.enum(['formSubmitted', 'listImport', 'stageReached', 'event']),
  /** Free text the campaign manager reads, e.g. "Whitepaper download form". */
  source: z.string().max(200).default(''),
  /** For trigger "stageReached": the stage that starts the journey. */
  stage: Stage.nullable().default(null),
  /** For trigger "event": which event, e.g. webinar sign-up or download. */
  event: z.enum(['webinarSignup', 'download', 'formSubmit', 'visit']).nullable().default(null),
});

export const SendEmailParams = z.object({
  templateId: Id.nullable().default(null),
  /** Overrides the template's subject when not empty. */
  subject: z.string().max(300).default(''),
  topics: z.array(Topic).max(20).default([]),
});

export const WaitParams = z.discriminatedUnion('mode', [
  Duration.extend({ mode: z.literal('duration') }),
  z.object({
    mode: z.literal('until'),
    /** Waits until the next of these weekdays (1 = Monday) at this time, in the send window's time zone. */
    weekdays: z.array(Weekday).min(1, 'choose at least one weekday').max(7),
    time: TimeOfDay,
  }),
]);

export const REACTION_EVENTS = ['open', 'click', 'download', 'form', 'visit'] as const;

export const WaitForEventParams = z.object({
  event: z.enum(REACTION_EVENTS),
  /** The send-email node whose mailing is watched (open, click, download); null = any email. */
  emailNodeId: Id.nullable().default(null),
  /** For clicks: only this link counts (empty = any link). For form/visit: the form or page. */
  target: z.string().max(500).default(''),
  timeout: Duration,
});

export const ConditionRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('engagement'),
    event: z.enum(['opened', 'clicked', 'downloaded']),
    /** The send-email node whose mailing is checked; null = any email of this journey. */
    emailNodeId: Id.nullable().default(null),
    /** For "clicked": only a click on this link counts (its name, address or last path segment); absent or empty = any link. */
    link: z.string().max(500).optional(),
  }),
  z.object({ kind: z.literal('score'), atLeast: finite }),
  z.object({ kind: z.literal('topicScore'), topic: Topic, atLeast: finite }),
  z.object({ kind: z.literal('fitGrade'), atLeast: FitGrade }),
  z.object({ kind: z.literal('stage'), atLeast: Stage }),
  z.object({ kind: z.literal('attribute'), rule: AttributeRule }),
  z.object({ kind: z.literal('hasConsent') }),
]);

export const ConditionParams = z.object({ rule: ConditionRule });

const OutputId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"');

export const SplitParams = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('percent'),
    branches: z
      .array(z.object({ id: OutputId, label: z.string().max(60).default(''), percent: finite.min(0).max(100) }))
      .min(2, 'a split needs at least two branches')
      .max(10),
  }),
  z.object({
    mode: z.literal('switch'),
    attribute: AttributeName,
    cases: z
      .array(z.object({ id: OutputId, value: z.string().max(200) }))
      .min(1, 'a switch needs at least one case')
      .max(20),
  }),
]);

export const AdjustScoreParams = z.object({
  points: finite.min(-1000).max(1000),
  /** Adjusts this topic's score instead of overall engagement when set. */
  topic: Topic.nullable().default(null),
});

export const SetStageParams = z.object({ stage: Stage });

export const HandoffParams = z.object({
  /** Free text for sales, e.g. why this lead is handed over now. */
  note: z.string().max(500).default(''),
  /** Stage the lead is set to on hand-off (sales accepted by default). */
  stage: Stage.default('sal'),
});

export const UpdateAttributeParams = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set'), attribute: AttributeName, value: z.union([z.string().max(200), finite, z.boolean()]) }),
  z.object({ action: z.literal('addTag'), tag: z.string().trim().min(1).max(60) }),
  z.object({ action: z.literal('removeTag'), tag: z.string().trim().min(1).max(60) }),
]);

export const JumpParams = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('node'), nodeId: Id }),
    z.object({ kind: z.literal('journey'), journeyId: Id, journeyName: z.string().max(200).default('') }),
  ]),
});

export const WebhookParams = z.object({
  /** Kept in the export for the sending platform; the simulator treats it as a no-op. */
  url: z.string().max(2000).default(''),
  method: z.enum(['POST', 'PUT']).default('POST'),
  note: z.string().max(500).default(''),
});

export const ExitParams = z.object({
  reason: z.enum(['converted', 'disqualified', 'unsubscribed', 'ended']),
});

// ── nodes and edges ────────────────────────────────────────────────────────────────────

const nodeBase = { id: Id, position: Position, label: z.string().max(120).optional() };

export const JourneyNode = z.discriminatedUnion('type', [
  z.object({ ...nodeBase, type: z.literal('entry'), params: EntryParams }),
  z.object({ ...nodeBase, type: z.literal('sendEmail'), params: SendEmailParams }),
  z.object({ ...nodeBase, type: z.literal('wait'), params: WaitParams }),
  z.object({ ...nodeBase, type: z.literal('waitForEvent'), params: WaitForEventParams }),
  z.object({ ...nodeBase, type: z.literal('condition'), params: ConditionParams }),
  z.object({ ...nodeBase, type: z.literal('split'), params: SplitParams }),
  z.object({ ...nodeBase, type: z.literal('adjustScore'), params: AdjustScoreParams }),
  z.object({ ...nodeBase, type: z.literal('setStage'), params: SetStageParams }),
  z.object({ ...nodeBase, type: z.literal('handoff'), params: HandoffParams }),
  z.object({ ...nodeBase, type: z.literal('updateAttribute'), params: UpdateAttributeParams }),
  z.object({ ...nodeBase, type: z.literal('jump'), params: JumpParams }),
  z.object({ ...nodeBase, type: z.literal('webhook'), params: WebhookParams }),
  z.object({ ...nodeBase, type: z.literal('exit'), params: ExitParams }),
]);

export const JourneyEdge = z.object({
  id: Id,
  source: Id,
  /** The named output of the source node this edge leaves from: next, yes, no, A, … */
  sourceOutput: OutputId,
  target: Id,
});

// ── settings ───────────────────────────────────────────────────────────────────────────

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
    .object({ stage: Stage, exitReason: z.enum(['converted', 'ended']).default('converted') })
    .nullable()
    .default(null),
  sendWindow: z
    .object({
      weekdays: z.array(Weekday).min(1, 'choose at least one weekday').max(7).default([1, 2, 3, 4, 5]),
      startHour: finite.int().min(0).max(23).default(8),
      endHour: finite.int().min(1).max(24).default(18),
      timeZone: z.string().min(1).max(64).default('Europe/Berlin'),
    })
    .refine((w) => w.endHour > w.startHour, { message: 'the window must end after it starts', path: ['endHour'] })
    .nullable()
    .default(null),
  frequencyCap: z
    .object({ maxEmails: finite.int().min(1).max(100), perDays: finite.min(1).max(365) })
    .nullable()
    .default(null),
  consent: z
    .object({
      /** When on, prospects without marketing consent never enter. */
      required: z.boolean().default(true),
    })
    .prefault({}),
});

export const JOURNEY_SCHEMA_VERSION = 1;

/** The document's shape without cross-reference checks; validation reports those itself. */
export const JourneyDocumentShape = z.object({
  schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
  id: Id,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  settings: JourneySettings.prefault({}),
  scoring: ScoringModel.prefault({}),
  routing: RoutingModel.prefault({}),
  nodes: z.array(JourneyNode).max(20_000),
  edges: z.array(JourneyEdge).max(50_000),
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
export type NodeType = JourneyNode['type'];
export type NodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;
export type ConditionRule = z.infer<typeof ConditionRule>;
