import { describe, expect, it } from 'vitest';
import { isAttributeName, matchesRule, ruleValueFromText, ruleValueToText, withOperator } from '../../../../shared/journey/primitives';
import { ScoringModel, defaultScoringModel } from '../../../../shared/scoring/schema';
import {
  applyRecord,
  computeScores,
  createScoreState,
  fitScore,
  HOURS_PER_DAY,
  HOURS_PER_WEEK,
  isDisqualified,
  stageFromRules,
  topTopic,
} from '../../../../shared/scoring/score';

const model = (overrides: object = {}) => ScoringModel.parse(overrides);
const profile = { attributes: {}, stage: 'inquiry' as const };

describe('engagement scoring', () => {
  it('uses the documented default points', () => {
    const m = defaultScoringModel();
    expect(m.engagement).toMatchObject({ open: 5, click: 10, download: 20, form: 15, webinar: 15, noReaction: -10 });
    const scores = computeScores(
      m,
      profile,
      [
        { kind: 'reaction', event: 'open', at: 1 },
        { kind: 'reaction', event: 'click', at: 2 },
        { kind: 'reaction', event: 'download', at: 3 },
        { kind: 'noReaction', at: 200 },
      ],
      200,
    );
    expect(scores.engagement).toBe(5 + 10 + 20 - 10);
  });

  it('feeds topic scores from the topics of each email, and adjustments to their topic only', () => {
    const scores = computeScores(
      defaultScoringModel(),
      profile,
      [
        { kind: 'reaction', event: 'click', at: 1, topics: ['pricing', 'security'] },
        { kind: 'reaction', event: 'open', at: 2, topics: ['pricing'] },
        { kind: 'adjust', at: 3, points: 7, topic: 'security' },
        { kind: 'adjust', at: 4, points: -3, topic: null },
      ],
      4,
    );
    expect(scores.topics).toEqual({ pricing: 15, security: 17 });
    expect(scores.engagement).toBe(12);
    expect(topTopic(scores.topics)).toBe('security');
  });

  it('decays engagement per full week of inactivity after the grace period', () => {
    const m = model({ decay: { percentPerWeek: 10, afterInactiveDays: 14 } });
    const history = [{ kind: 'reaction' as const, event: 'download' as const, at: 0, topics: ['x'] }];
    expect(computeScores(m, profile, history, 14 * HOURS_PER_DAY).engagement).toBe(20);
    expect(computeScores(m, profile, history, 14 * HOURS_PER_DAY + HOURS_PER_WEEK).engagement).toBe(18);
    const threeWeeks = computeScores(m, profile, history, 14 * HOURS_PER_DAY + 3 * HOURS_PER_WEEK);
    expect(threeWeeks.engagement).toBeCloseTo(20 * 0.9 ** 3, 1);
    expect(threeWeeks.topics.x).toBeCloseTo(20 * 0.9 ** 3, 1);
  });

  it('does not charge the same inactive week twice, and a reaction restarts the clock', () => {
    const m = model({ decay: { percentPerWeek: 50, afterInactiveDays: 0 } });
    const state = createScoreState();
    applyRecord(m, state, { kind: 'reaction', event: 'download', at: 0 });
    applyRecord(m, state, { kind: 'noReaction', at: HOURS_PER_WEEK }); // 20 → 10, then −10
    expect(state.engagement).toBe(0);
    applyRecord(m, state, { kind: 'reaction', event: 'click', at: HOURS_PER_WEEK + 1 }); // same week: no new decay
    expect(state.engagement).toBe(10);
    applyRecord(m, state, { kind: 'reaction', event: 'open', at: 2 * HOURS_PER_WEEK }); // < 1 week since last reaction
    expect(state.engagement).toBe(15);
  });
});

describe('fit grade and stage rules', () => {
  const m = model({
    fit: {
      rules: [
        { attribute: 'seniority', operator: 'in', value: ['executive', 'director'], points: 30 },
        { attribute: 'companySize', operator: 'gte', value: 200, points: 25 },
        { attribute: 'industry', operator: 'equals', value: 'Software', points: 10 },
        { attribute: 'role', operator: 'equals', value: 'Student', points: -50 },
      ],
      thresholds: { A: 60, B: 35, C: 15 },
    },
    stageRules: [
      { toStage: 'mql', minEngagement: 50, minFit: 'B' },
      { toStage: 'sql', minEngagement: 120, minFit: 'A' },
    ],
    disqualifyAtFit: 'D',
  });

  it('grades fit A–D from profile rules (case-insensitive values)', () => {
    expect(fitScore(m, { seniority: 'Executive', companySize: 500, industry: 'software' })).toEqual({ points: 65, grade: 'A' });
    expect(fitScore(m, { seniority: 'director', companySize: 20 })).toEqual({ points: 30, grade: 'C' });
    expect(fitScore(m, { seniority: 'director', companySize: 250 }).grade).toBe('B');
    expect(fitScore(m, { role: 'Student' })).toEqual({ points: -50, grade: 'D' });
  });

  it('moves stages forward only, when engagement and fit both qualify', () => {
    expect(stageFromRules(m, 'inquiry', 60, 'B')).toBe('mql');
    expect(stageFromRules(m, 'inquiry', 60, 'C')).toBe('inquiry');
    expect(stageFromRules(m, 'inquiry', 130, 'A')).toBe('sql');
    expect(stageFromRules(m, 'sal', 60, 'B')).toBe('sal'); // never backwards
  });

  it('disqualifies at the configured grade', () => {
    expect(isDisqualified(m, 'D')).toBe(true);
    expect(isDisqualified(m, 'C')).toBe(false);
    expect(isDisqualified(defaultScoringModel(), 'D')).toBe(false);
  });

  it('computes everything from profile and history in one call', () => {
    const scores = computeScores(
      m,
      { attributes: { seniority: 'executive', companySize: 300, industry: 'Software' }, stage: 'inquiry' },
      [
        { kind: 'reaction', event: 'download', at: 0 },
        { kind: 'reaction', event: 'download', at: 1 },
        { kind: 'reaction', event: 'click', at: 2 },
      ],
      3,
    );
    expect(scores).toMatchObject({ engagement: 50, fit: { grade: 'A' }, stage: 'mql', disqualified: false });
  });

  it('refuses grade thresholds out of order', () => {
    expect(ScoringModel.safeParse({ fit: { thresholds: { A: 10, B: 20, C: 5 } } }).success).toBe(false);
  });
});

describe('attribute rule values as edited', () => {
  it('reads text for the operator: lists for "is one of", numbers when numeric, nothing for "is set"', () => {
    expect(ruleValueFromText('in', 'DE, AT , ,CH')).toEqual(['DE', 'AT', 'CH']);
    expect(ruleValueFromText('gte', ' 200 ')).toBe(200);
    expect(ruleValueFromText('equals', 'Software')).toBe('Software');
    expect(ruleValueFromText('exists', 'whatever')).toBe('');
    expect(ruleValueToText(['DE', 'AT'])).toBe('DE, AT');
    // Switching to "is one of" turns the text into a list, so the rule still matches.
    const rule = withOperator({ attribute: 'country', operator: 'equals', value: 'DE' }, 'in');
    expect(rule.value).toEqual(['DE']);
    expect(matchesRule({ country: 'de' }, rule)).toBe(true);
    expect(isAttributeName('companySize')).toBe(true);
    expect(isAttributeName('1st field')).toBe(false);
  });
});
