// Lead scoring for the simulator's hot loop: the rules of shared/scoring/score.ts (README §6),
// with topics numbered and scores in a typed array, so scoring a reaction allocates nothing.
// scorer.test.ts checks it against computeScores on random histories.
import { type AttributeValue, FIT_GRADES, LIFECYCLE_STAGES } from '../journey/primitives';
import type { ScoringModel } from '../scoring/schema';
import { RuleTally } from './ruleTally';

/** Scored reactions, in the order of REACTION_EVENTS' engine counterpart (open, click, download, form, visit). */
export const SCORED_REACTIONS = ['open', 'click', 'download', 'form', 'visit'] as const;

const HOURS_PER_DAY = 24;
const HOURS_PER_WEEK = 168;
const round2 = (n: number) => Math.round(n * 100) / 100;

interface StageRule {
  rank: number;
  minEngagement: number;
  /** Index in FIT_GRADES of the worst grade that still qualifies. */
  minFit: number;
}

/**
 * One prospect's scores at a time; reset for the next prospect. Records happen at `clock`,
 * which the engine sets first (a time passed as an argument would be boxed into a new heap
 * number on every call V8 does not inline).
 */
export class Scorer {
  /** The moment the next record happens at (hours). */
  clock = 0;
  engagement = 0;
  /** Per topic of `topics`, its score. */
  readonly topicScores: Float64Array;
  /** When the last reaction counted, whether there was one, and the weeks of decay applied since (read by an account's trace). */
  lastReactionAt = 0;
  reacted = false;
  decayedWeeks = 0;
  private readonly points: Float64Array;
  private readonly noReactionPoints: number;
  private readonly keepTopics: boolean;
  readonly decayFactor: number;
  readonly decayAfterHours: number;
  private readonly stageRules: StageRule[];
  /** Grade index from which a prospect is disqualified (FIT_GRADES.length = never). */
  readonly disqualifyFrom: number;
  /** Fit points of attributes (fitGrade; the engine also looks them up by value for generated prospects). */
  readonly fit: RuleTally;

  constructor(
    private readonly model: ScoringModel,
    /** Every topic scored or read, sorted: the first of equal scores is the alphabetically first. */
    readonly topics: readonly string[],
  ) {
    this.topicScores = new Float64Array(topics.length);
    const e = model.engagement;
    this.points = Float64Array.from(SCORED_REACTIONS.map((kind) => e[kind]));
    this.noReactionPoints = e.noReaction;
    this.keepTopics = model.topicScores;
    this.decayFactor = model.decay.percentPerWeek > 0 ? 1 - model.decay.percentPerWeek / 100 : 1;
    this.decayAfterHours = model.decay.afterInactiveDays * HOURS_PER_DAY;
    this.stageRules = model.stageRules.map((r) => ({ rank: LIFECYCLE_STAGES.indexOf(r.toStage), minEngagement: r.minEngagement, minFit: FIT_GRADES.indexOf(r.minFit) }));
    this.disqualifyFrom = model.disqualifyAtFit === null ? FIT_GRADES.length : FIT_GRADES.indexOf(model.disqualifyAtFit);
    this.fit = new RuleTally(model.fit.rules.map((rule) => ({ rule, weight: rule.points })));
  }

  reset(): void {
    this.engagement = 0;
    for (let i = 0; i < this.topicScores.length; i++) this.topicScores[i] = 0;
    this.reacted = false;
    this.clock = 0;
    this.lastReactionAt = 0;
    this.decayedWeeks = 0;
  }

  /** Applies decay for the full weeks of inactivity up to the clock. */
  decay(): void {
    if (this.decayFactor === 1 || !this.reacted) return;
    const inactive = this.clock - this.lastReactionAt - this.decayAfterHours;
    const weeks = inactive <= 0 ? 0 : Math.floor(inactive / HOURS_PER_WEEK);
    const due = weeks - this.decayedWeeks;
    if (due <= 0) return;
    const factor = this.decayFactor ** due;
    this.engagement = round2(this.engagement * factor);
    const scores = this.topicScores;
    for (let i = 0; i < scores.length; i++) if (scores[i] !== 0) scores[i] = round2(scores[i]! * factor);
    this.decayedWeeks = weeks;
  }

  /** A reaction (index into SCORED_REACTIONS) to an email with these topic indexes (null: none). */
  reaction(kind: number, topics: Int32Array | null): void {
    this.decay();
    this.lastReactionAt = this.clock;
    this.reacted = true;
    this.decayedWeeks = 0;
    this.add(this.points[kind]!, topics);
  }

  /** No open or click of a mailing within the no-reaction days. */
  noReaction(topics: Int32Array | null): void {
    this.decay();
    this.add(this.noReactionPoints, topics);
  }

  /** An adjust-score step: to the topic (index) when it names one, else to engagement. */
  adjust(points: number, topic: number): void {
    this.decay();
    if (topic >= 0) {
      if (this.keepTopics) this.topicScores[topic] = round2(this.topicScores[topic]! + points);
      return;
    }
    this.engagement = round2(this.engagement + points);
  }

  private add(points: number, topics: Int32Array | null): void {
    this.engagement = round2(this.engagement + points);
    if (!this.keepTopics || topics === null) return;
    for (let i = 0; i < topics.length; i++) {
      const topic = topics[i]!;
      this.topicScores[topic] = round2(this.topicScores[topic]! + points);
    }
  }

  /** The stage (index) the stage rules allow from `stage` with fit grade `grade` (index); never lower. */
  stageFor(stage: number, grade: number): number {
    let best = stage;
    for (const rule of this.stageRules) {
      if (rule.rank > best && this.engagement >= rule.minEngagement && grade <= rule.minFit) best = rule.rank;
    }
    return best;
  }

  /** The topic with the highest score above zero (alphabetically first of equals), or null. */
  topTopic(): string | null {
    let best = -1;
    for (let i = 0; i < this.topicScores.length; i++) if (this.topicScores[i]! > 0 && (best < 0 || this.topicScores[i]! > this.topicScores[best]!)) best = i;
    return best < 0 ? null : this.topics[best]!;
  }

  /** The fit grade (index in FIT_GRADES) of these attributes. */
  fitGrade(attributes: Readonly<Record<string, AttributeValue | undefined>>): number {
    return this.gradeOf(this.fit.sum(attributes));
  }

  /** The fit grade (index in FIT_GRADES) these fit points earn. */
  gradeOf(points: number): number {
    const { A, B, C } = this.model.fit.thresholds;
    return points >= A ? 0 : points >= B ? 1 : points >= C ? 2 : 3;
  }
}
