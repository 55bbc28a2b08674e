// The discrete-event engine. Prospects never interact except at a sales hand-off (shared
// weekly capacity), so each prospect advances through its own time-ordered events — its
// steps and the reactions it has scheduled — and a hand-off without a known assignment
// pauses it: the runner resolves all hand-offs in one global time-ordered queue and
// replays the paused prospects with their assignment times. A prospect's counts are
// journaled and committed only when its run is final, so replays never count twice.
// What each step does, and the order of checks, is the behaviour model in ./README.md;
// section numbers (§) below refer to it.
import { type FitGrade, gradeAtLeast, LIFECYCLE_STAGES, matchesRule, stageRank } from '../journey/primitives';
import type { JourneyNode } from '../journey/schema';
import type { ScoringModel } from '../scoring/schema';
import { applyDecay, applyRecord, createScoreState, fitScore, isDisqualified, type ScoreState, stageFromRules, topTopic } from '../scoring/score';
import { Aggregate, MAX_EMAIL_BUCKET, OUTCOME, type Outcome, SCORE_BIN_WIDTH, SCORE_BINS, SCORE_MIN, STUCK_OUTCOMES, type TimelineStep } from './aggregate';
import { type EmailReaction, NEVER, reactToEmail, reactToWait } from './behaviour';
import { durationEnd, nextSendTime, nextWeekdayTime } from './calendar';
import { type CompiledJourney, pseudoIndex, stageIndex, SWITCH_DEFAULT_OUTPUT } from './compile';
import type { Persona, Prospect } from './model';
import { hashString, Random } from './rng';

/** A hand-off waiting for the global queue: the prospect's `ordinal`-th, at time t. */
export interface HandoffRequest {
  index: number;
  ordinal: number;
  t: number;
  attributes: Record<string, string | number | boolean>;
  topTopic: string | null;
}

export interface EngineSetup {
  journey: CompiledJourney;
  scoring: ScoringModel;
  personas: ReadonlyMap<string, Persona>;
  seed: number;
  horizonHours: number;
  totalProspects: number;
  timelineSample: number;
  /** Prospect indexes [start, end) to keep per-prospect rows for. */
  rowRange?: readonly [number, number];
}

const MAX_STEPS = 2000;
const REACTION_KINDS = 4; // open, click, download, unsubscribe — per email slot
const PENDING_OPEN = 0;
const PENDING_CLICK = 1;
const PENDING_DOWNLOAD = 2;
const PENDING_NO_REACTION = 3;
const PENDING_FORM = 4;
const PENDING_VISIT = 5;
const PENDING_EVENTS = ['open', 'click', 'download', 'noReaction', 'form', 'visit'] as const;

export type RunResult = { kind: 'done' } | { kind: 'paused'; request: HandoffRequest };

/** Simulates prospects one by one into an Aggregate. Not thread-safe; one per worker. */
export class Engine {
  readonly aggregate: Aggregate;
  private readonly j: CompiledJourney;
  private readonly sampleBelow: number;
  private readonly window;
  private readonly cap;
  // Per-prospect scratch state, reused to keep the hot loop free of allocations.
  private readonly reactions: Float64Array;
  private readonly reaction: EmailReaction = { openAt: NEVER, clickAt: NEVER, downloadAt: NEVER, unsubscribeAt: NEVER };
  private pendingAt = new Float64Array(64);
  private pendingKind = new Uint8Array(64);
  private pendingSlot = new Int32Array(64);
  private pendingCount = 0;
  private readonly journal = new Int32Array(MAX_STEPS * 3 + 16);
  private journalLength = 0;
  private sendTimes: number[] = [];
  private readonly stageAt = new Float64Array(LIFECYCLE_STAGES.length);
  private score: ScoreState = createScoreState();
  private timeline: TimelineStep[] | null = null;
  private rank = 0;

  constructor(private readonly setup: EngineSetup) {
    this.j = setup.journey;
    this.aggregate = Aggregate.for(setup.journey, setup.horizonHours, setup.rowRange);
    this.reactions = new Float64Array(Math.max(1, setup.journey.emailTopics.length) * REACTION_KINDS);
    // Keep full timelines for small runs; for large ones, record about three times the sample
    // by hash so the chunks can keep exactly the `timelineSample` smallest hashes between them.
    this.sampleBelow =
      setup.totalProspects <= setup.timelineSample ? 2 ** 32 : Math.min(2 ** 32, Math.floor(((3 * setup.timelineSample) / setup.totalProspects) * 2 ** 32));
    this.window = setup.journey.doc.settings.sendWindow;
    this.cap = setup.journey.doc.settings.frequencyCap;
  }

  /**
   * Runs one prospect from entry. `assignments[k]` is the time its k-th hand-off was
   * assigned to sales (NEVER = still queued at the horizon); a hand-off beyond the known
   * ones pauses the run.
   */
  run(prospect: Prospect, index: number, assignments: readonly number[] = []): RunResult {
    const j = this.j;
    const setup = this.setup;
    const persona = setup.personas.get(prospect.persona);
    if (!persona) throw new Error(`Prospect ${prospect.id} has persona "${prospect.persona}", which is not in the persona set.`);
    const random = new Random(setup.seed, prospect.id);
    const horizon = setup.horizonHours;
    const scoring = setup.scoring;

    // ── reset per-prospect state ──
    this.reactions.fill(NEVER);
    this.pendingCount = 0;
    this.journalLength = 0;
    this.sendTimes.length = 0;
    this.stageAt.fill(NEVER);
    this.score = createScoreState();
    const rank = hashString(prospect.id, setup.seed);
    this.rank = rank;
    this.timeline = setup.timelineSample > 0 && rank < this.sampleBelow ? [] : null;
    let attributes = prospect.attributes;
    let fit = fitScore(scoring, attributes);
    let stage = stageIndex(prospect.stage);
    let unsubscribeAt = NEVER;
    let emails = 0;
    let handoffs = 0;
    let steps = 0;
    let admitted = false;
    const entryT = Math.min(prospect.enteredAfterHours, horizon);
    let t = entryT;
    let node = j.entry;
    for (let s = 0; s <= stage; s++) this.stageAt[s] = t;

    const finish = (outcome: Outcome, at: number): RunResult => {
      applyDecay(scoring, this.score, at);
      this.commit(outcome, admitted, node, at, entryT, emails, steps, fit.grade, prospect, index);
      return { kind: 'done' };
    };
    const leave = (exit: Parameters<typeof pseudoIndex>[1], outcome: Outcome, at: number): RunResult => {
      this.note(at, exit === 'exit' ? `exit:${outcome}` : exit, node, stage);
      this.journalPush(1, node * j.stride + pseudoIndex(j, exit));
      return finish(outcome, at);
    };
    const raiseStage = (to: number, at: number) => {
      for (let s = stage + 1; s <= to; s++) if (this.stageAt[s] === NEVER) this.stageAt[s] = at;
      if (to > stage) stage = to;
    };
    const rescore = (at: number) => raiseStage(stageRank(stageFromRules(scoring, LIFECYCLE_STAGES[stage]!, this.score.engagement, fit.grade)), at);

    const goalOutcome: Outcome = j.doc.settings.goal?.exitReason === 'ended' ? 'ended' : 'converted';
    /**
     * Moves the clock from t to `until` at the current step (README: "Moving the clock"):
     * reactions up to then count in time order; a disqualification, a goal met or an
     * unsubscribe on the way ends the journey at that moment; past the horizon the
     * prospect ends as waiting here. Returns that end, or null to go on.
     */
    const advance = (until: number): RunResult | null => {
      if (isDisqualified(scoring, fit.grade)) return leave('disqualified', 'disqualified', t);
      if (stage >= j.goalRank) return leave('goal', goalOutcome, t);
      const limit = until < horizon ? until : horizon;
      while (this.pendingCount > 0 && this.pendingAt[0]! <= limit) {
        const at = this.pendingAt[0]!;
        if (unsubscribeAt < at) return leave('unsubscribed', 'unsubscribed', unsubscribeAt);
        this.applyFirstPending(scoring, rescore, node, stage);
        if (stage >= j.goalRank) return leave('goal', goalOutcome, at);
      }
      if (unsubscribeAt <= limit) return leave('unsubscribed', 'unsubscribed', unsubscribeAt);
      if (until > horizon) return finish('waiting', horizon);
      return null;
    };

    if (node < 0) return finish('deadEnd', t);
    this.journalPush(0, node);
    this.note(t, 'entered', node, stage);

    for (;;) {
      if (++steps > MAX_STEPS) return finish('loopLimit', t);

      const current: JourneyNode = j.nodes[node]!;
      let output = 0;
      let nextT = t;
      switch (current.type) {
        case 'entry': {
          const eligible =
            (prospect.consent || !j.doc.settings.consent.required) &&
            (j.audienceStages === null || j.audienceStages.has(LIFECYCLE_STAGES[stage]!)) &&
            j.audienceRules.every((rule) => matchesRule(attributes, rule)) &&
            stage < j.goalRank; // one who already meets the goal is not enrolled
          admitted = eligible;
          if (!eligible) return leave('notEligible', 'notEligible', t);
          break;
        }
        case 'sendEmail': {
          if (!prospect.consent) {
            // Never send without consent, whatever the journey says.
            this.aggregate.suppressedNoConsent++;
            this.note(t, 'suppressed:noConsent', node, stage);
            break;
          }
          const sendAt = this.nextAllowedSend(t);
          if (sendAt > t) {
            this.note(t, 'held:sendWindowOrCap', node, stage);
            const ended = advance(sendAt);
            if (ended) return ended;
            t = sendAt;
            nextT = t;
          }
          const slot = j.emailSlot[node]!;
          this.sendTimes.push(t);
          emails++;
          const windowStart = t - persona.fatigue.windowDays * 24;
          let recent = 0;
          for (let i = this.sendTimes.length - 1; i >= 0 && this.sendTimes[i]! > windowStart; i--) recent++;
          const r = this.reaction;
          reactToEmail(r, prospect, persona, random, t, current.id, j.emailTopics[slot]!, recent);
          const base = slot * REACTION_KINDS;
          this.reactions[base] = r.openAt;
          this.reactions[base + 1] = r.clickAt;
          this.reactions[base + 2] = r.downloadAt;
          this.reactions[base + 3] = r.unsubscribeAt;
          if (r.openAt !== NEVER) this.schedule(r.openAt, PENDING_OPEN, slot);
          if (r.clickAt !== NEVER) this.schedule(r.clickAt, PENDING_CLICK, slot);
          if (r.downloadAt !== NEVER) this.schedule(r.downloadAt, PENDING_DOWNLOAD, slot);
          const quietUntil = t + scoring.engagement.noReactionDays * 24;
          if (r.openAt > quietUntil && r.clickAt > quietUntil) this.schedule(quietUntil, PENDING_NO_REACTION, slot);
          if (r.unsubscribeAt < unsubscribeAt) unsubscribeAt = r.unsubscribeAt;
          this.note(t, 'sent', node, stage);
          break;
        }
        case 'wait':
          nextT = current.params.mode === 'duration'
            ? durationEnd(t, current.params.amount, current.params.unit)
            : nextWeekdayTime(t, current.params.weekdays, current.params.time);
          break;
        case 'waitForEvent': {
          const p = current.params;
          const deadline = durationEnd(t, p.timeout.amount, p.timeout.unit);
          let happensAt: number;
          if (p.event === 'form' || p.event === 'visit') {
            happensAt = reactToWait(prospect, persona, random, t, p.event);
            if (happensAt <= deadline) this.schedule(happensAt, p.event === 'form' ? PENDING_FORM : PENDING_VISIT, -1);
          } else {
            // A named email's reaction counts whenever it happened; "any email" counts reactions from now on.
            const kind = p.event === 'open' ? 0 : p.event === 'click' ? 1 : 2;
            happensAt = this.reactionTime(p.emailNodeId, kind, p.emailNodeId === null ? t : 0);
          }
          if (happensAt <= deadline) {
            nextT = happensAt > t ? happensAt : t;
          } else {
            output = 1;
            nextT = deadline;
          }
          break;
        }
        case 'condition': {
          const forced = prospect.script?.conditions[current.id];
          output = (forced ?? this.holds(current, t, stage, fit.grade, prospect.consent, attributes)) ? 0 : 1;
          break;
        }
        case 'split': {
          const scripted = prospect.script?.splits[current.id];
          const outs = j.outputs[node]!;
          if (scripted !== undefined && outs.includes(scripted)) output = outs.indexOf(scripted);
          else if (current.params.mode === 'percent') {
            const weights = j.splitWeights[node]!;
            output = random.weighted(weights, weights.reduce((a, b) => a + b, 0) || 1);
          } else {
            const value = attributes[current.params.attribute];
            const key = value === undefined ? undefined : String(value).trim().toLowerCase();
            const match = key === undefined ? undefined : j.switchCases[node]!.get(key);
            output = match ?? outs.indexOf(SWITCH_DEFAULT_OUTPUT);
          }
          break;
        }
        case 'adjustScore':
          applyRecord(scoring, this.score, { kind: 'adjust', at: t, points: current.params.points, topic: current.params.topic });
          rescore(t);
          break;
        case 'setStage':
          raiseStage(stageIndex(current.params.stage), t);
          break;
        case 'handoff': {
          const ordinal = handoffs++;
          if (ordinal >= assignments.length) {
            return {
              kind: 'paused',
              request: { index, ordinal, t, attributes: { ...attributes }, topTopic: topTopic(this.score.topics) },
            };
          }
          const assignedAt = assignments[ordinal]!; // NEVER: still in the sales queue at the horizon
          if (assignedAt > t) {
            this.note(t, 'queued:salesCapacity', node, stage);
            const ended = advance(assignedAt);
            if (ended) return ended;
          }
          t = assignedAt;
          nextT = t;
          raiseStage(stageIndex(current.params.stage), t);
          break;
        }
        case 'updateAttribute': {
          const p = current.params;
          attributes = { ...attributes };
          if (p.action === 'set') attributes[p.attribute] = p.value;
          else {
            const tags = new Set(String(attributes.tags ?? '').split(',').filter(Boolean));
            if (p.action === 'addTag') tags.add(p.tag);
            else tags.delete(p.tag);
            attributes.tags = [...tags].join(',');
          }
          fit = fitScore(scoring, attributes);
          break;
        }
        case 'jump': {
          if (current.params.target.kind === 'journey') return leave('movedToJourney', 'movedToJourney', t);
          const to = j.jumpTarget[node]!;
          if (to < 0) return finish('deadEnd', t);
          this.journalPush(1, node * j.stride + pseudoIndex(j, 'jump'));
          this.note(t, 'jump', node, stage);
          node = to;
          this.journalPush(0, node);
          continue;
        }
        case 'webhook':
          break;
        case 'exit':
          return leave('exit', current.params.reason, t);
      }

      const ended = advance(nextT);
      if (ended) return ended;
      const to = j.target[node * j.stride + output]!;
      if (to < 0) return finish('deadEnd', nextT);
      const outputName = j.outputs[node]![output]!;
      if (current.type !== 'sendEmail' && current.type !== 'entry') this.note(nextT, outputName, node, stage);
      this.journalPush(1, node * j.stride + output);
      this.journalPush(2, j.edge[node * j.stride + output]!);
      t = nextT;
      node = to;
      this.journalPush(0, node);
      this.note(t, 'entered', node, stage);
    }
  }

  private nextAllowedSend(t: number): number {
    let at = nextSendTime(t, this.window);
    const cap = this.cap;
    if (!cap) return at;
    const span = cap.perDays * 24;
    // Move past the oldest send in the window until fewer than maxEmails remain in it.
    for (let guard = 0; guard < 1000; guard++) {
      let inWindow = 0;
      let oldest = NEVER;
      for (let i = this.sendTimes.length - 1; i >= 0; i--) {
        const sent = this.sendTimes[i]!;
        if (sent <= at - span) break;
        inWindow++;
        oldest = sent;
      }
      if (inWindow < cap.maxEmails) return at;
      // The k-th most recent send leaves the window first once enough have expired.
      const expiring = this.sendTimes[this.sendTimes.length - cap.maxEmails]!;
      at = nextSendTime(Math.max(at, expiring + span), this.window);
      if (oldest === NEVER) return at;
    }
    return at;
  }

  /** The time of a reaction to the email step (latest send), or the first at or after `from` to any email. */
  private reactionTime(emailNodeId: string | null, kind: number, from = 0): number {
    if (emailNodeId !== null) {
      const slot = this.j.emailSlot[this.j.indexOf.get(emailNodeId) ?? -1] ?? -1;
      return slot < 0 ? NEVER : this.reactions[slot * REACTION_KINDS + kind]!;
    }
    let first = NEVER;
    for (let i = kind; i < this.reactions.length; i += REACTION_KINDS) {
      const at = this.reactions[i]!;
      if (at >= from && at < first) first = at;
    }
    return first;
  }

  private holds(
    node: Extract<JourneyNode, { type: 'condition' }>,
    t: number,
    stage: number,
    grade: FitGrade,
    consent: boolean,
    attributes: Readonly<Record<string, string | number | boolean>>,
  ): boolean {
    const rule = node.params.rule;
    switch (rule.kind) {
      case 'engagement':
        return this.reactionTime(rule.emailNodeId, rule.event === 'opened' ? 0 : rule.event === 'clicked' ? 1 : 2) <= t;
      case 'score':
        applyDecay(this.setup.scoring, this.score, t);
        return this.score.engagement >= rule.atLeast;
      case 'topicScore':
        applyDecay(this.setup.scoring, this.score, t);
        return (this.score.topics[rule.topic] ?? 0) >= rule.atLeast;
      case 'fitGrade':
        return gradeAtLeast(grade, rule.atLeast);
      case 'stage':
        return stage >= stageIndex(rule.atLeast);
      case 'attribute':
        return matchesRule(attributes, rule.rule);
      case 'hasConsent':
        return consent;
    }
  }

  /** Inserts a future reaction, keeping the pending list sorted by time. */
  private schedule(at: number, kind: number, slot: number): void {
    if (this.pendingCount === this.pendingAt.length) {
      const grow = <T extends Float64Array | Uint8Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.pendingAt = grow(this.pendingAt);
      this.pendingKind = grow(this.pendingKind);
      this.pendingSlot = grow(this.pendingSlot);
    }
    let i = this.pendingCount++;
    while (i > 0 && this.pendingAt[i - 1]! > at) {
      this.pendingAt[i] = this.pendingAt[i - 1]!;
      this.pendingKind[i] = this.pendingKind[i - 1]!;
      this.pendingSlot[i] = this.pendingSlot[i - 1]!;
      i--;
    }
    this.pendingAt[i] = at;
    this.pendingKind[i] = kind;
    this.pendingSlot[i] = slot;
  }

  /** Applies the earliest pending reaction to the score (and maybe the stage). */
  private applyFirstPending(scoring: ScoringModel, rescore: (at: number) => void, node: number, stage: number): void {
    const at = this.pendingAt[0]!;
    const kind = this.pendingKind[0]!;
    const slot = this.pendingSlot[0]!;
    const topics = slot >= 0 ? this.j.emailTopics[slot]! : [];
    if (kind === PENDING_NO_REACTION) applyRecord(scoring, this.score, { kind: 'noReaction', at, topics });
    else applyRecord(scoring, this.score, { kind: 'reaction', event: PENDING_EVENTS[kind] as 'open', at, topics });
    rescore(at);
    if (this.timeline) this.note(at, PENDING_EVENTS[kind]!, node, stage);
    this.pendingAt.copyWithin(0, 1, this.pendingCount);
    this.pendingKind.copyWithin(0, 1, this.pendingCount);
    this.pendingSlot.copyWithin(0, 1, this.pendingCount);
    this.pendingCount--;
  }

  private journalPush(kind: number, value: number): void {
    if (this.journalLength + 2 > this.journal.length) return; // bounded by MAX_STEPS
    this.journal[this.journalLength++] = kind;
    this.journal[this.journalLength++] = value;
  }

  private note(t: number, event: string, node: number, stage: number): void {
    if (!this.timeline) return;
    this.timeline.push({ t: round3(t), nodeId: this.j.nodes[node]?.id ?? '', event, score: this.score.engagement, stage: LIFECYCLE_STAGES[stage]! });
  }

  /** Applies the journaled counts and the prospect's final place to the aggregate. */
  private commit(outcome: Outcome, admitted: boolean, node: number, at: number, entryT: number, emails: number, steps: number, grade: FitGrade, prospect: Prospect, index: number): void {
    const agg = this.aggregate;
    const journal = this.journal;
    for (let i = 0; i < this.journalLength; i += 2) {
      const value = journal[i + 1]!;
      if (journal[i] === 0) agg.nodeEntered[value]!++;
      else if (journal[i] === 1) agg.nodeExits[value]!++;
      else if (value >= 0) agg.edgeTraversals[value]!++;
    }
    if (STUCK_OUTCOMES.has(outcome) && node >= 0) agg.nodeHolding[node]!++;
    agg.prospects++;
    agg.steps += steps;
    agg.outcomes[OUTCOME[outcome]]!++;
    agg.emailsSent += emails;
    agg.emailsPerProspect[Math.min(emails, MAX_EMAIL_BUCKET)]!++;
    if (outcome === 'unsubscribed') agg.unsubscribesPerDay[Math.min(Math.floor(at / 24), agg.unsubscribesPerDay.length - 1)]!++;
    const hoursPerStage = agg.stageHours.length / LIFECYCLE_STAGES.length;
    // Only prospects the audience admitted are counted in the funnel and the score distributions.
    if (admitted) {
      for (let s = 0; s < LIFECYCLE_STAGES.length; s++) {
        const reached = this.stageAt[s]!;
        if (reached === NEVER) continue;
        agg.stageReached[s]!++;
        agg.stageHours[s * hoursPerStage + Math.min(Math.floor(reached - entryT), hoursPerStage - 1)]!++;
      }
      const bin = Math.floor((this.score.engagement - SCORE_MIN) / SCORE_BIN_WIDTH);
      agg.engagement[bin < 0 ? 0 : bin >= SCORE_BINS ? SCORE_BINS - 1 : bin]!++;
      agg.grades['ABCD'.indexOf(grade)]!++;
    }
    let finalStage = 0;
    for (let s = LIFECYCLE_STAGES.length - 1; s > 0; s--) {
      if (this.stageAt[s] !== NEVER) {
        finalStage = s;
        break;
      }
    }
    agg.rows?.set(index, OUTCOME[outcome], finalStage, this.score.engagement, emails, 'ABCD'.indexOf(grade));
    if (this.timeline) {
      agg.timelines.push({
        index,
        rank: this.rank,
        prospectId: prospect.id,
        name: prospect.name,
        persona: prospect.persona,
        outcome,
        finalNodeId: this.j.nodes[node]?.id ?? null,
        steps: chronological(this.timeline),
      });
    }
    this.timeline = null;
  }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

const REACTION_EVENTS = new Set<string>(PENDING_EVENTS);

/**
 * Reactions are noted when the engine gets to them, which can be after later steps; a
 * timeline reads in time order, with each reaction placed at the step the prospect was at.
 */
function chronological(steps: TimelineStep[]): TimelineStep[] {
  // At the same moment, a reaction comes before the move it caused (the click, then "reacted").
  const reaction = (step: TimelineStep) => (REACTION_EVENTS.has(step.event) ? 0 : 1);
  const ordered = steps.map((step, i) => ({ step, i })).sort((a, b) => a.step.t - b.step.t || reaction(a.step) - reaction(b.step) || a.i - b.i);
  let at = '';
  return ordered.map(({ step }) => {
    if (!REACTION_EVENTS.has(step.event)) {
      at = step.nodeId;
      return step;
    }
    return at && at !== step.nodeId ? { ...step, nodeId: at } : step;
  });
}
