// Lead scoring as pure functions. Time is in hours (the simulator's clock); a history is
// a list of scored happenings in time order. The incremental form (ScoreState + apply…)
// is what the simulator uses per prospect; computeScores folds a whole history with it.
import {
  type AttributeValue,
  FIT_GRADES,
  type FitGrade,
  gradeAtLeast,
  matchesRule,
  type Stage,
  stageRank,
} from '../journey/primitives';
import type { EngagementEvent, ScoringModel } from './schema';

export const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 168;

export type ScoreRecord =
  | { kind: 'reaction'; event: EngagementEvent; at: number; topics?: readonly string[] }
  | { kind: 'noReaction'; at: number; topics?: readonly string[] }
  | { kind: 'adjust'; at: number; points: number; topic: string | null };

export interface ScoreState {
  engagement: number;
  topics: Record<string, number>;
  /** Time of the last reaction (open, click, …), or null before the first one. */
  lastReactionAt: number | null;
  /** Weeks of inactivity already charged since lastReactionAt. */
  decayedWeeks: number;
}

export const createScoreState = (): ScoreState => ({ engagement: 0, topics: {}, lastReactionAt: null, decayedWeeks: 0 });

/** Applies decay for the full weeks of inactivity up to `at`. */
export function applyDecay(model: ScoringModel, state: ScoreState, at: number): void {
  const { percentPerWeek, afterInactiveDays } = model.decay;
  if (percentPerWeek <= 0 || state.lastReactionAt === null) return;
  const inactive = at - state.lastReactionAt - afterInactiveDays * HOURS_PER_DAY;
  const weeks = inactive <= 0 ? 0 : Math.floor(inactive / HOURS_PER_WEEK);
  const due = weeks - state.decayedWeeks;
  if (due <= 0) return;
  const factor = (1 - percentPerWeek / 100) ** due;
  state.engagement = round2(state.engagement * factor);
  for (const topic of Object.keys(state.topics)) state.topics[topic] = round2(state.topics[topic]! * factor);
  state.decayedWeeks = weeks;
}

export function applyRecord(model: ScoringModel, state: ScoreState, record: ScoreRecord): void {
  applyDecay(model, state, record.at);
  let points: number;
  let topics: readonly string[] = [];
  if (record.kind === 'reaction') {
    points = model.engagement[record.event];
    topics = record.topics ?? [];
    state.lastReactionAt = record.at;
    state.decayedWeeks = 0;
  } else if (record.kind === 'noReaction') {
    points = model.engagement.noReaction;
    topics = record.topics ?? [];
  } else {
    // An explicit adjustment goes to its topic only, or to engagement when it has none.
    if (record.topic !== null) {
      if (model.topicScores) addTopic(state, record.topic, record.points);
      return;
    }
    points = record.points;
  }
  state.engagement = round2(state.engagement + points);
  if (model.topicScores) for (const topic of topics) addTopic(state, topic, points);
}

function addTopic(state: ScoreState, topic: string, points: number): void {
  state.topics[topic] = round2((state.topics[topic] ?? 0) + points);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface FitResult {
  points: number;
  grade: FitGrade;
}

/** Fit points from profile rules, and the grade they earn. */
export function fitScore(model: ScoringModel, attributes: Readonly<Record<string, AttributeValue | undefined>>): FitResult {
  let points = 0;
  for (const rule of model.fit.rules) if (matchesRule(attributes, rule)) points += rule.points;
  const { A, B, C } = model.fit.thresholds;
  const grade: FitGrade = points >= A ? 'A' : points >= B ? 'B' : points >= C ? 'C' : 'D';
  return { points, grade };
}

/** The stage the stage rules allow; stages only ever move forward. */
export function stageFromRules(model: ScoringModel, current: Stage, engagement: number, grade: FitGrade): Stage {
  let best = current;
  for (const rule of model.stageRules) {
    if (stageRank(rule.toStage) > stageRank(best) && engagement >= rule.minEngagement && gradeAtLeast(grade, rule.minFit)) {
      best = rule.toStage;
    }
  }
  return best;
}

export function isDisqualified(model: ScoringModel, grade: FitGrade): boolean {
  return model.disqualifyAtFit !== null && FIT_GRADES.indexOf(grade) >= FIT_GRADES.indexOf(model.disqualifyAtFit);
}

export interface Scores {
  engagement: number;
  topics: Record<string, number>;
  fit: FitResult;
  stage: Stage;
  disqualified: boolean;
}

/** (profile, history) → scores at time `at`: the whole model in one pure call. */
export function computeScores(
  model: ScoringModel,
  profile: { attributes: Readonly<Record<string, AttributeValue | undefined>>; stage: Stage },
  history: readonly ScoreRecord[],
  at: number,
): Scores {
  const state = createScoreState();
  for (const record of [...history].sort((a, b) => a.at - b.at)) applyRecord(model, state, record);
  applyDecay(model, state, at);
  const fit = fitScore(model, profile.attributes);
  return {
    engagement: state.engagement,
    topics: state.topics,
    fit,
    stage: stageFromRules(model, profile.stage, state.engagement, fit.grade),
    disqualified: isDisqualified(model, fit.grade),
  };
}

/** The topic with the highest score, or null when there is none above zero. */
export function topTopic(topics: Readonly<Record<string, number>>): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [topic, score] of Object.entries(topics)) {
    if (score > bestScore || (score === bestScore && best !== null && topic < best)) {
      best = topic;
      bestScore = score;
    }
  }
  return best;
}
