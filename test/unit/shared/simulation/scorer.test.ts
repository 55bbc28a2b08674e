import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIT_GRADES, LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import { ScoringModel } from '../../../../shared/scoring/schema';
import { applyDecay, applyRecord, createScoreState, fitScore, type ScoreRecord, stageFromRules, topTopic } from '../../../../shared/scoring/score';
import { SCORED_REACTIONS, Scorer } from '../../../../shared/simulation/scorer';

const TOPICS = ['case-study', 'lead-scoring', 'pricing'];

const model = fc.record({
  percentPerWeek: fc.constantFrom(0, 10, 35),
  afterInactiveDays: fc.constantFrom(0, 3, 14),
  topicScores: fc.boolean(),
  minEngagement: fc.integer({ min: 0, max: 60 }),
  minFit: fc.constantFrom(...FIT_GRADES),
});

const step = fc.oneof(
  fc.record({ kind: fc.constant('reaction' as const), event: fc.integer({ min: 0, max: 4 }), gap: fc.double({ min: 0, max: 400, noNaN: true }), topics: fc.subarray(TOPICS) }),
  fc.record({ kind: fc.constant('noReaction' as const), gap: fc.double({ min: 0, max: 400, noNaN: true }), topics: fc.subarray(TOPICS) }),
  fc.record({ kind: fc.constant('adjust' as const), gap: fc.double({ min: 0, max: 400, noNaN: true }), points: fc.integer({ min: -30, max: 30 }), topic: fc.option(fc.constantFrom(...TOPICS)) }),
);

describe('the simulator scorer', () => {
  it('scores any history exactly as shared/scoring does (engagement, topics, decay, stage, top topic)', () => {
    fc.assert(
      fc.property(model, fc.array(step, { maxLength: 30 }), fc.constantFrom(...FIT_GRADES), (m, steps, grade) => {
        const scoring = ScoringModel.parse({
          decay: { percentPerWeek: m.percentPerWeek, afterInactiveDays: m.afterInactiveDays },
          topicScores: m.topicScores,
          stageRules: [{ toStage: 'mql', minEngagement: m.minEngagement, minFit: m.minFit }, { toStage: 'sql', minEngagement: m.minEngagement + 40 }],
        });
        const scorer = new Scorer(scoring, TOPICS);
        const state = createScoreState();
        let stage = 'inquiry' as (typeof LIFECYCLE_STAGES)[number];
        let stageIndex = 0;
        const gradeIndex = FIT_GRADES.indexOf(grade);
        let at = 0;
        for (const s of steps) {
          at += s.gap;
          const topics = Int32Array.from(s.kind === 'adjust' ? [] : s.topics, (t) => TOPICS.indexOf(t));
          let record: ScoreRecord;
          scorer.clock = at;
          if (s.kind === 'reaction') {
            record = { kind: 'reaction', event: SCORED_REACTIONS[s.event]!, at, topics: s.topics };
            scorer.reaction(s.event, topics);
          } else if (s.kind === 'noReaction') {
            record = { kind: 'noReaction', at, topics: s.topics };
            scorer.noReaction(topics);
          } else {
            record = { kind: 'adjust', at, points: s.points, topic: s.topic };
            scorer.adjust(s.points, s.topic === null ? -1 : TOPICS.indexOf(s.topic));
          }
          applyRecord(scoring, state, record);
          stage = stageFromRules(scoring, stage, state.engagement, grade);
          stageIndex = scorer.stageFor(stageIndex, gradeIndex);
          expect(LIFECYCLE_STAGES[stageIndex]).toBe(stage);
        }
        at += 1000;
        applyDecay(scoring, state, at);
        scorer.clock = at;
        scorer.decay();
        expect(scorer.engagement).toBe(state.engagement);
        for (const [i, topic] of TOPICS.entries()) expect(scorer.topicScores[i]).toBe(state.topics[topic] ?? 0);
        expect(scorer.topTopic()).toBe(topTopic(state.topics));
      }),
      { numRuns: 300 },
    );
  });

  it('grades fit as shared/scoring does, remembering rule results per attribute value', () => {
    const scoring = ScoringModel.parse({
      fit: {
        rules: [
          { attribute: 'seniority', operator: 'in', value: ['executive', 'director'], points: 25 },
          { attribute: 'companySize', operator: 'gte', value: 200, points: 20 },
          { attribute: 'companySize', operator: 'gte', value: 50, points: 10 },
          { attribute: 'role', operator: 'equals', value: 'Student', points: -40 },
          { attribute: 'toString', operator: 'exists', points: 5 }, // inherited names are not attributes
        ],
      },
    });
    const scorer = new Scorer(scoring, []);
    fc.assert(
      fc.property(
        fc.record({ seniority: fc.constantFrom('executive', 'Director ', 'manager', undefined), companySize: fc.constantFrom(10, 60, 250, '250', undefined), role: fc.constantFrom('Student', 'CMO', undefined) }),
        (picked) => {
          const attributes = Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
          expect(FIT_GRADES[scorer.fitGrade(attributes)]).toBe(fitScore(scoring, attributes).grade);
        },
      ),
    );
  });
});
