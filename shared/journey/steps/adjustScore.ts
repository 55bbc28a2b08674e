// Adjust score: adds (or takes away) engagement points, overall or for one topic.
import { z } from 'zod';
import { finite, Topic } from '../primitives';
import { defineStepKind, NEXT, plainStep } from './stepKind';

export const AdjustScoreParams = z.object({
  points: finite.min(-1000).max(1000),
  /** Adjusts this topic's score instead of overall engagement when set. */
  topic: Topic.nullable().default(null),
});

export const adjustScore = defineStepKind('adjustScore', AdjustScoreParams)({
  ...plainStep,
  group: 'lead',
  englishName: 'score step',
  outputs: () => NEXT,
  defaults: () => ({ points: 10, topic: null }),
  summary: (p) => ({
    key: p.topic ? 'summary.adjustTopic' : 'summary.adjust',
    values: { points: p.points > 0 ? `+${p.points}` : String(p.points), topic: p.topic ?? '' },
  }),
});
