// The scoring model: engagement points per reaction (overall and per topic), decay with
// inactivity, a fit grade from profile rules, and stage rules that combine the two.
import { z } from 'zod';
import { AttributeRule, finite, FitGrade, Stage } from '../journey/primitives';

export const ENGAGEMENT_EVENTS = ['open', 'click', 'download', 'form', 'webinar', 'visit'] as const;
export const EngagementEvent = z.enum(ENGAGEMENT_EVENTS);
export type EngagementEvent = z.infer<typeof EngagementEvent>;

const points = finite.min(-1000).max(1000);

/** What earns or costs engagement points in the model, in the order the scoring form shows them. */
export const POINT_EVENTS = [...ENGAGEMENT_EVENTS, 'noReaction'] as const;
/** The grades with a threshold of their own; below C's a prospect is D. */
export const GRADES_WITH_THRESHOLDS = ['A', 'B', 'C'] as const;

export const ScoringModel = z.object({
  engagement: z
    .object({
      open: points.default(5),
      click: points.default(10),
      download: points.default(20),
      form: points.default(15),
      webinar: points.default(15),
      visit: points.default(2),
      /** Applied once per mailing that got no open or click within noReactionDays. */
      noReaction: points.default(-10),
      noReactionDays: finite.min(1).max(365).default(7),
    })
    .prefault({}),
  decay: z
    .object({
      /** Engagement loses this share per full week without any reaction (0 = no decay). */
      percentPerWeek: finite.min(0).max(100).default(10),
      /** Decay starts after this many days without a reaction. */
      afterInactiveDays: finite.min(0).max(365).default(14),
    })
    .prefault({}),
  /** Keep a score per topic, fed by the topics of each email reacted to. */
  topicScores: z.boolean().default(true),
  fit: z
    .object({
      rules: z.array(AttributeRule.extend({ points: points })).max(200).default([]),
      /** Minimum fit points for each grade; below gradeC the grade is D. */
      thresholds: z
        .object({ A: finite.default(60), B: finite.default(35), C: finite.default(15) })
        .prefault({})
        .refine((t) => t.A >= t.B && t.B >= t.C, { message: 'thresholds must satisfy A ≥ B ≥ C', params: { reason: 'gradeOrder' } }),
    })
    .prefault({}),
  stageRules: z
    .array(
      z.object({
        toStage: Stage,
        minEngagement: finite.default(0),
        minFit: FitGrade.default('D'),
      }),
    )
    .max(20)
    .default([]),
  /** Disqualify (exit) a prospect whose fit grade falls to this grade or worse; null = never. */
  disqualifyAtFit: FitGrade.nullable().default(null),
});

export type ScoringModel = z.infer<typeof ScoringModel>;
export const defaultScoringModel = (): ScoringModel => ScoringModel.parse({});
