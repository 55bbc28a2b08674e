// The discrete-event engine. Prospects never interact except at a sales hand-off (shared
// weekly capacity), so each prospect advances through its own time-ordered events — its
// steps and the reactions it has scheduled — and a hand-off without a known assignment
// pauses it: the runner resolves all hand-offs in one global time-ordered queue and
// replays the paused prospects with their assignment times. A prospect's counts are
// journaled and committed only when its run is final, so replays never count twice.
// What each step does, and the order of checks, is the behaviour model in ./README.md;
// section numbers (§) below refer to it.
//
// The hot loop keeps one prospect's state in fields and typed arrays reused for the next
// prospect, so a step allocates nothing (see the commit history for the profile).
import { type AttributeValue, LIFECYCLE_STAGES, matchesRule } from '../journey/primitives';
import { matchingRule } from '../routing/route';
import type { ConditionRule, JourneyNode, NodeOf } from '../journey/schema';
import { Aggregate, MAX_EMAIL_BUCKET, OUTCOME, OUTCOMES, SCORE_BIN_WIDTH, SCORE_BINS, SCORE_MIN, STUCK_OUTCOMES, type TimelineStep } from './aggregate';
import { CLICK, EmailDraw, INTEREST_FACTOR, NEVER, OPEN, REACTION_KINDS, reactToWait, topicAffinity, UNSUBSCRIBE } from './behaviour';
import { durationEnd, holdSend, HOURS_PER_DAY, nextWeekdayTime } from './calendar';
import { ANY_EMAIL, type CompiledJourney, PSEUDO_EXITS, type PseudoExit, stageIndex, SWITCH_DEFAULT_OUTPUT } from './compile';
import type { Persona, Prospect } from './model';
import { Random } from './rng';
import { HandoffRequests } from './handoffs';
import { linkMatches, type TemplateLink } from '../templates/links';
import type { AttributeTable, GeneratedProfile } from './generate';
import { type IndexedTally, RuleTally } from './ruleTally';
import { Scorer } from './scorer';
import { chronological, REACTION_EVENTS } from './timeline';

export interface EngineSetup {
  journey: CompiledJourney;
  /** For generated prospects: their generator's attribute tables (GeneratedProfile indexes into them). */
  attributeTables?: readonly (readonly AttributeTable[])[];
  personas: ReadonlyMap<string, Persona>;
  seed: number;
  horizonHours: number;
  totalProspects: number;
  timelineSample: number;
  /** Prospect indexes [start, end) to keep per-prospect rows for. */
  rowRange?: readonly [number, number];
}

const NO_ASSIGNMENTS: readonly number[] = Object.freeze([]);
const MAX_STEPS = 2000;
// Pending reactions, by their index in REACTION_EVENTS.
const NO_REACTION = 3;
const FORM = 4;
const VISIT = 5;
/** For each pending kind, its index in the scorer's SCORED_REACTIONS (no reaction: none). */
const SCORED_KIND = [0, 1, 2, -1, 3, 4];
const PSEUDO_COLUMN = Object.fromEntries(PSEUDO_EXITS.map((exit, i) => [exit, i])) as Record<PseudoExit, number>;
const IS_STUCK = OUTCOMES.map((o) => STUCK_OUTCOMES.has(o));
const GRADES = 'ABCD';

/** A persona of the run with its affinity for each email step of the journey (§5.1), and the weights of each step's links (§5.5; null: links not known). */
interface PersonaPlan {
  persona: Persona;
  affinity: Float64Array;
  linkWeights: ({ weights: number[]; total: number } | null)[];
}

/** clickedLink of a scripted prospect's click: it counts for whichever link a step names. */
const ANY_LINK = -2;
/** clickedLink when no click (or a click on no link the template has). */
const NO_LINK = -1;

/** Simulates prospects one by one into an Aggregate. Not thread-safe; one per worker. */
export class Engine {
  readonly aggregate: Aggregate;
  /** Hand-offs of paused prospects, for the global sales queue (HandoffBook). */
  readonly requests = new HandoffRequests();
  private readonly j: CompiledJourney;
  private readonly scorer: Scorer;
  private readonly plans = new Map<string, PersonaPlan>();
  private readonly random = new Random(0, '');
  private readonly seed: number;
  private readonly horizon: number;
  private readonly sampleBelow: number;
  private readonly window;
  private readonly cap;
  private readonly goalOutcome: number;
  private readonly pseudo: number;
  private readonly noReactionHours: number;
  private readonly audience: RuleTally;
  /** Per persona of the generator: fit points and audience rules by attribute value index. */
  private readonly fitTables: IndexedTally[];
  private readonly audienceTables: IndexedTally[];
  /** A generated prospect whose attribute object is not written yet (attributes() writes it). */
  private unwritten: GeneratedProfile | null = null;
  /** The prospect is generated: its id is p<index>, made only when a timeline names it. */
  private generated = false;

  // Per-prospect scratch state, reused to keep the hot loop free of allocations.
  /** Per email slot: the times of the reactions to its latest send (behaviour.ts OPEN … UNSUBSCRIBE). */
  private readonly reactions: Float64Array;
  /** Per email slot: which of its links the latest send's click was on (an index into slotLinks), NO_LINK or ANY_LINK. */
  private readonly clickedLink: Int32Array;
  private readonly draw = new EmailDraw();
  /** One time to schedule that is in no other array (a no-reaction, a form or visit). */
  private readonly quiet = new Float64Array(1);
  /** Pending reactions [head, count), sorted by time. */
  private pendingAt = new Float64Array(32);
  private pendingKind = new Uint8Array(32);
  private pendingSlot = new Int32Array(32);
  private pendingHead = 0;
  private pendingCount = 0;
  private sendTimes = new Float64Array(32);
  private sendCount = 0;
  /** (kind, value) pairs: 0 = entered node, 1 = left by exit column, 2 = took edge. */
  private readonly journal = new Int32Array(MAX_STEPS * 6 + 16);
  private journalLength = 0;
  private readonly stageAt = new Float64Array(LIFECYCLE_STAGES.length);
  /** Per journey topic: 1 when the current prospect is interested in it (`interested`: in any). */
  private readonly interests: Uint8Array;
  private interested = false;
  private timeline: TimelineStep[] | null = null;
  private rank = 0;

  // The prospect being run.
  private prospect!: Prospect;
  private plan!: PersonaPlan;
  private index = 0;
  private attributes: Readonly<Record<string, AttributeValue>> = {};
  private t = 0;
  private node = 0;
  private stage = 0;
  /** Fit grade as an index in 'ABCD'. */
  private grade = 0;
  private unsubscribeAt = NEVER;
  private emails = 0;
  private suppressed = 0;
  private steps = 0;
  private entryT = 0;
  private admitted = false;
  /** When the current step hands over to the next (or where advance() moves the clock to). */
  private nextT = 0;
  /** The moment a stage change happens at: the step's time, or the time of the reaction that counts. */
  private now = 0;

  constructor(setup: EngineSetup) {
    const j = setup.journey;
    this.j = j;
    this.seed = setup.seed;
    this.horizon = setup.horizonHours;
    this.aggregate = Aggregate.for(j, setup.horizonHours, setup.rowRange);
    this.scorer = new Scorer(j.doc.scoring, j.topics);
    this.reactions = new Float64Array(Math.max(1, j.emailTopics.length) * REACTION_KINDS);
    this.interests = new Uint8Array(j.topics.length);
    this.clickedLink = new Int32Array(Math.max(1, j.emailTopics.length));
    for (const [id, persona] of setup.personas) {
      this.plans.set(id, { persona, affinity: Float64Array.from(j.emailTopics, (topics) => topicAffinity(persona, topics)), linkWeights: j.slotLinks.map((links) => linkWeights(persona, links)) });
    }
    // Keep full timelines for small runs; for large ones, record about three times the sample
    // by hash so the chunks can keep exactly the `timelineSample` smallest hashes between them.
    this.sampleBelow =
      setup.timelineSample === 0 ? 0 : setup.totalProspects <= setup.timelineSample ? 2 ** 32 : Math.min(2 ** 32, Math.floor(((3 * setup.timelineSample) / setup.totalProspects) * 2 ** 32));
    this.window = j.doc.settings.sendWindow;
    this.cap = j.doc.settings.frequencyCap;
    this.goalOutcome = j.doc.settings.goal?.exitReason === 'ended' ? OUTCOME.ended : OUTCOME.converted;
    this.pseudo = j.stride - PSEUDO_EXITS.length;
    this.noReactionHours = j.doc.scoring.engagement.noReactionDays * HOURS_PER_DAY;
    this.audience = new RuleTally(j.audienceRules.map((rule) => ({ rule, weight: 1 })));
    this.fitTables = (setup.attributeTables ?? []).map((tables) => this.scorer.fit.indexed(tables));
    this.audienceTables = (setup.attributeTables ?? []).map((tables) => this.audience.indexed(tables));
  }

  /**
   * Runs one prospect from entry. `assignments[k]` is the time its k-th hand-off was
   * assigned to sales (NEVER = still queued at the horizon); a hand-off beyond the known
   * ones pauses the run: the request goes to `requests`, and nothing is counted until the
   * prospect is run again with that assignment known.
   */
  run(prospect: Prospect, index: number, assignments: ArrayLike<number> = NO_ASSIGNMENTS, profile: GeneratedProfile | null = null): void {
    this.begin(prospect, index, profile);
    const j = this.j;
    if (this.node < 0) return this.finish(OUTCOME.deadEnd, this.t);
    this.journalPush(0, this.node);
    if (this.timeline) this.note(this.t, 'entered');
    let handoffs = 0;

    for (;;) {
      if (++this.steps > MAX_STEPS) return this.finish(OUTCOME.loopLimit, this.t);
      const node = this.node;
      const current: JourneyNode = j.nodes[node]!;
      let output = 0;
      // The moment the step hands over lives in a field, never in a local: a local fed by several
      // branches would box every time into a new heap number (V8), costing a GC per few steps.
      this.nextT = this.t;
      switch (current.type) {
        case 'entry':
          if (!this.admit()) return this.leave('notEligible', OUTCOME.notEligible, this.t);
          break;
        case 'sendEmail': {
          if (!prospect.consent) {
            // Never send without consent, whatever the journey says (§4).
            this.suppressed++;
            if (this.timeline) this.note(this.t, 'suppressed:noConsent');
            break;
          }
          if (this.sendCount === this.sendTimes.length) this.sendTimes = grow(this.sendTimes);
          this.sendTimes[this.sendCount] = this.t; // where this send will be kept: holdSend moves it (§8)
          holdSend(this.sendTimes, this.sendCount, this.window, this.cap, this.sendTimes, this.sendCount);
          this.nextT = this.sendTimes[this.sendCount]!;
          if (this.nextT > this.t) {
            if (this.timeline) this.note(this.t, 'held:sendWindowOrCap');
            if (this.advance()) return;
            this.t = this.nextT;
          }
          this.send(current.id, j.emailSlot[node]!);
          break;
        }
        case 'wait':
          this.nextT = current.params.mode === 'duration'
            ? durationEnd(this.t, current.params.amount, current.params.unit)
            : nextWeekdayTime(this.t, current.params.weekdays, current.params.time);
          break;
        case 'waitForEvent': {
          output = this.await(current, node);
          break;
        }
        case 'condition': {
          const forced = prospect.script?.conditions[current.id];
          output = (forced ?? this.holds(current.params.rule, node)) ? 0 : 1;
          break;
        }
        case 'split':
          output = this.branch(current, node);
          break;
        case 'adjustScore':
          this.now = this.scorer.clock = this.t;
          this.scorer.adjust(current.params.points, j.nodeTopic[node]!);
          this.rescore();
          break;
        case 'setStage':
          this.now = this.t;
          this.raiseStage(j.nodeStage[node]!);
          break;
        case 'handoff': {
          const ordinal = handoffs++;
          if (ordinal >= assignments.length) return this.requests.push(index, ordinal, this.t, this.routingRule());
          this.nextT = assignments[ordinal]!; // NEVER: still in the sales queue at the horizon
          if (this.nextT > this.t) {
            if (this.timeline) this.note(this.t, 'queued:salesCapacity');
            if (this.advance()) return;
            this.t = this.nextT;
          }
          this.now = this.t;
          this.raiseStage(j.nodeStage[node]!);
          break;
        }
        case 'updateAttribute':
          this.updateAttribute(current.params);
          break;
        case 'jump': {
          if (current.params.target.kind === 'journey') return this.leave('movedToJourney', OUTCOME.movedToJourney, this.t);
          const to = j.jumpTarget[node]!;
          if (to < 0) return this.finish(OUTCOME.deadEnd, this.t);
          this.journalPush(1, node * j.stride + this.pseudo + PSEUDO_COLUMN.jump);
          if (this.timeline) this.note(this.t, 'jump');
          this.node = to;
          this.journalPush(0, to);
          continue;
        }
        case 'webhook':
          break;
        case 'exit':
          return this.leave('exit', OUTCOME[current.params.reason], this.t);
        default: {
          const unreachable: never = current;
          throw new Error(`The simulator does not know the step kind "${(unreachable as JourneyNode).type}".`);
        }
      }

      if (this.advance()) return;
      const column = node * j.stride + output;
      const to = j.target[column]!;
      if (to < 0) return this.finish(OUTCOME.deadEnd, this.nextT);
      if (this.timeline && current.type !== 'sendEmail' && current.type !== 'entry') this.note(this.nextT, j.outputs[node]![output]!);
      this.journalPush(1, column);
      this.journalPush(2, j.edge[column]!);
      this.t = this.nextT;
      this.node = to;
      this.journalPush(0, to);
      if (this.timeline) this.note(this.t, 'entered');
    }
  }

  private begin(prospect: Prospect, index: number, profile: GeneratedProfile | null): void {
    const plan = this.plans.get(prospect.persona);
    if (!plan) throw new Error(`Prospect ${prospect.id} has persona "${prospect.persona}", which is not in the persona set.`);
    this.prospect = prospect;
    this.plan = plan;
    this.index = index;
    // The stream of a prospect's id (a generated one's is p<index>: hashed without making the string).
    this.rank = profile ? this.random.reseedIndexed(this.seed, 'p', index) : this.random.reseed(this.seed, prospect.id);
    this.timeline = this.rank < this.sampleBelow ? [] : null;
    // Small arrays: plain loops cost less than fill() calls.
    const reactions = this.reactions;
    for (let i = 0; i < reactions.length; i++) reactions[i] = NEVER;
    for (let s = 0; s < this.stageAt.length; s++) this.stageAt[s] = NEVER;
    for (let s = 0; s < this.clickedLink.length; s++) this.clickedLink[s] = NO_LINK;
    this.pendingHead = this.pendingCount = 0;
    this.sendCount = 0;
    this.journalLength = 0;
    this.scorer.reset();
    if (this.interested) {
      this.interests.fill(0);
      this.interested = false;
    }
    for (const topic of prospect.interests) {
      const k = this.j.topicIndex.get(topic);
      if (k === undefined) continue;
      this.interests[k] = 1;
      this.interested = true;
    }
    this.attributes = prospect.attributes;
    this.unwritten = profile;
    this.generated = profile !== null;
    this.grade = this.scorer.gradeOf(profile ? lookUp(this.fitTables[profile.persona]!, profile) : this.scorer.fit.sum(prospect.attributes));
    this.stage = stageIndex(prospect.stage);
    this.unsubscribeAt = NEVER;
    this.emails = this.suppressed = this.steps = 0;
    this.admitted = false;
    this.entryT = this.t = Math.min(prospect.enteredAfterHours, this.horizon);
    this.node = this.j.entry;
    for (let s = 0; s <= this.stage; s++) this.stageAt[s] = this.t;
  }

  /** §3: consent, audience stages, audience rules, and not already at the goal. */
  private admit(): boolean {
    const j = this.j;
    if (!this.prospect.consent && j.doc.settings.consent.required) return false;
    if (j.audienceStages !== null && !j.audienceStages.has(LIFECYCLE_STAGES[this.stage]!)) return false;
    const audience = this.unwritten ? lookUp(this.audienceTables[this.unwritten.persona]!, this.unwritten) : this.audience.sum(this.attributes);
    if (audience < j.audienceRules.length) return false;
    if (this.stage >= j.goalRank) return false;
    this.admitted = true;
    return true;
  }

  /**
   * §7: moves the clock from t to nextT at the current step. Reactions up to then count in
   * time order; a disqualification, a goal met or an unsubscribe on the way ends the journey
   * at that moment; past the horizon the prospect ends as waiting here. True when it ended.
   */
  private advance(): boolean {
    const j = this.j;
    const until = this.nextT;
    if (this.grade >= this.scorer.disqualifyFrom) return this.left('disqualified', OUTCOME.disqualified, this.t);
    if (this.stage >= j.goalRank) return this.left('goal', this.goalOutcome, this.t);
    const limit = until < this.horizon ? until : this.horizon;
    while (this.pendingHead < this.pendingCount && this.pendingAt[this.pendingHead]! <= limit) {
      const at = this.pendingAt[this.pendingHead]!;
      if (this.unsubscribeAt < at) return this.left('unsubscribed', OUTCOME.unsubscribed, this.unsubscribeAt);
      this.applyNextPending();
      if (this.stage >= j.goalRank) return this.left('goal', this.goalOutcome, at);
    }
    if (this.unsubscribeAt <= limit) return this.left('unsubscribed', OUTCOME.unsubscribed, this.unsubscribeAt);
    if (until > this.horizon) {
      this.finish(OUTCOME.waiting, this.horizon);
      return true;
    }
    return false;
  }

  /** §5: sends the email of `slot` at t and schedules the reactions to it. */
  private send(emailNodeId: string, slot: number): void {
    const t = this.t;
    if (this.sendCount === this.sendTimes.length) this.sendTimes = grow(this.sendTimes);
    this.sendTimes[this.sendCount++] = t;
    this.emails++;
    const base = slot * REACTION_KINDS;
    const r = this.reactions;
    const script = this.prospect.script;
    const draw = this.draw;
    draw.sentAt = t;
    if (script) draw.scripted(r, base, script, emailNodeId);
    else {
      const persona = this.plan.persona;
      const windowStart = t - persona.fatigue.windowDays * HOURS_PER_DAY;
      let recent = 0;
      for (let i = this.sendCount - 1; i >= 0 && this.sendTimes[i]! > windowStart; i--) recent++;
      draw.extra = recent - 1;
      draw.affinity = this.plan.affinity[slot]!;
      const topics = this.j.slotTopics[slot]!;
      for (let i = 0; i < topics.length; i++) {
        if (this.interests[topics[i]!] === 1) {
          draw.affinity *= INTEREST_FACTOR;
          break;
        }
      }
      draw.draw(r, base, persona, this.random);
    }
    this.clickedLink[slot] = r[base + CLICK] === NEVER ? NO_LINK : script ? ANY_LINK : this.pickLink(slot);
    // Open, click and download count when they happen; no open or click in time counts then (§5.3).
    const quiet = this.quiet;
    quiet[0] = t + this.noReactionHours;
    for (let kind = OPEN; kind <= NO_REACTION; kind++) {
      if (kind !== NO_REACTION) {
        if (r[base + kind] !== NEVER) this.schedule(r, base + kind, kind, slot);
      } else if (r[base + OPEN]! > quiet[0]! && r[base + CLICK]! > quiet[0]!) this.schedule(quiet, 0, NO_REACTION, slot);
    }
    if (r[base + UNSUBSCRIBE]! < this.unsubscribeAt) this.unsubscribeAt = r[base + UNSUBSCRIBE]!;
    if (this.timeline) this.note(t, 'sent');
  }

  /** §5.4: sets nextT to the moment the awaited reaction happens, or to the deadline; returns the output. */
  private await(current: NodeOf<'waitForEvent'>, node: number): number {
    const p = current.params;
    const deadline = durationEnd(this.t, p.timeout.amount, p.timeout.unit);
    let at: number;
    if (p.event === 'form' || p.event === 'visit') {
      at = reactToWait(this.prospect, this.plan.persona, this.random, this.t, p.event);
      this.quiet[0] = at;
      if (at <= deadline) this.schedule(this.quiet, 0, p.event === 'form' ? FORM : VISIT, -1);
    } else {
      // A named email's reaction counts whenever it happened; "any email" counts reactions from now on.
      const slot = this.j.watchedSlot[node]!;
      at = this.reactionTime(slot, p.event === 'open' ? 0 : p.event === 'click' ? 1 : 2, slot === ANY_EMAIL ? this.t : 0, node);
    }
    if (at > deadline) {
      this.nextT = deadline;
      return 1;
    }
    if (at > this.t) this.nextT = at;
    return 0;
  }

  /**
   * The time of a reaction to the email slot's latest send, or the first at or after `from` to
   * any email; a click only when it was on the link the step `node` names (§5.5).
   */
  private reactionTime(slot: number, kind: number, from: number, node: number): number {
    const masks = kind === CLICK ? this.j.linkMatch[node]! : null;
    if (slot >= 0) return masks && !this.clickedOn(slot, masks) ? NEVER : this.reactions[slot * REACTION_KINDS + kind]!;
    if (slot !== ANY_EMAIL) return NEVER;
    let first = NEVER;
    for (let s = 0; s * REACTION_KINDS < this.reactions.length; s++) {
      const at = this.reactions[s * REACTION_KINDS + kind]!;
      if (at >= from && at < first && (!masks || this.clickedOn(s, masks))) first = at;
    }
    return first;
  }

  /** Whether the latest click on slot's email was on the link these masks mark. */
  private clickedOn(slot: number, masks: readonly (Uint8Array | null)[]): boolean {
    const mask = masks[slot];
    const clicked = this.clickedLink[slot]!;
    return mask === null || mask === undefined || clicked === ANY_LINK || (clicked >= 0 && mask[clicked] === 1);
  }

  /** Which link of the slot's email a click is on: by the persona's weights, equal by default (§5.5). */
  private pickLink(slot: number): number {
    const links = this.plan.linkWeights[slot];
    if (!links || links.total === 0) return NO_LINK; // links not known, none, or none this persona clicks
    return links.weights.length === 1 ? 0 : this.random.weighted(links.weights, links.total);
  }

  private holds(rule: ConditionRule, node: number): boolean {
    const j = this.j;
    switch (rule.kind) {
      case 'engagement':
        return this.reactionTime(j.watchedSlot[node]!, rule.event === 'opened' ? 0 : rule.event === 'clicked' ? 1 : 2, 0, node) <= this.t;
      case 'score':
        this.scorer.clock = this.t;
        this.scorer.decay();
        return this.scorer.engagement >= rule.atLeast;
      case 'topicScore':
        this.scorer.clock = this.t;
        this.scorer.decay();
        return this.scorer.topicScores[j.nodeTopic[node]!]! >= rule.atLeast;
      case 'fitGrade':
        return this.grade <= GRADES.indexOf(rule.atLeast);
      case 'stage':
        return this.stage >= j.nodeStage[node]!;
      case 'attribute':
        return matchesRule(this.attributesNow(), rule.rule);
      case 'hasConsent':
        return this.prospect.consent;
    }
  }

  private branch(current: NodeOf<'split'>, node: number): number {
    const j = this.j;
    const outs = j.outputs[node]!;
    const scripted = this.prospect.script?.splits[current.id];
    if (scripted !== undefined && outs.includes(scripted)) return outs.indexOf(scripted);
    if (current.params.mode === 'percent') return this.random.weighted(j.splitWeights[node]!, j.splitTotals[node]!);
    const value = this.attributesNow()[current.params.attribute];
    const match = value === undefined ? undefined : j.switchCases[node]!.get(String(value).trim().toLowerCase());
    return match ?? outs.indexOf(SWITCH_DEFAULT_OUTPUT);
  }

  /** The routing rule (index) that takes this lead now, -1 for none: matched here, where the attributes are. */
  private routingRule(): number {
    const routing = this.j.doc.routing;
    if (routing.rules.length === 0) return -1;
    this.scorer.clock = this.t;
    this.scorer.decay();
    const rule = matchingRule(routing, { attributes: this.attributesNow(), topTopic: this.scorer.topTopic() });
    return rule ? routing.rules.indexOf(rule) : -1;
  }

  /** The prospect's attributes; a generated prospect's are written out the first time a step reads one. */
  private attributesNow(): Readonly<Record<string, AttributeValue>> {
    if (this.unwritten) {
      this.unwritten.materialize();
      this.unwritten = null;
    }
    return this.attributes;
  }

  private updateAttribute(p: NodeOf<'updateAttribute'>['params']): void {
    const attributes = { ...this.attributesNow() };
    if (p.action === 'set') attributes[p.attribute] = p.value;
    else {
      const tags = new Set(String(attributes.tags ?? '').split(',').filter(Boolean));
      if (p.action === 'addTag') tags.add(p.tag);
      else tags.delete(p.tag);
      attributes.tags = [...tags].join(',');
    }
    this.attributes = attributes;
    this.grade = this.scorer.gradeOf(this.scorer.fit.sum(attributes));
  }

  /** Raises the stage (never lowers it), as of `now`. */
  private raiseStage(to: number): void {
    for (let s = this.stage + 1; s <= to; s++) if (this.stageAt[s] === NEVER) this.stageAt[s] = this.now;
    if (to > this.stage) this.stage = to;
  }

  /** The stage rules after a score change, as of `now`. */
  private rescore(): void {
    this.raiseStage(this.scorer.stageFor(this.stage, this.grade));
  }

  /** Inserts a future reaction at times[i], keeping the pending ones sorted by time (a prospect has few). */
  private schedule(times: Float64Array, i: number, kind: number, slot: number): void {
    if (this.pendingCount === this.pendingAt.length) {
      this.pendingAt = grow(this.pendingAt);
      this.pendingKind = grow(this.pendingKind);
      this.pendingSlot = grow(this.pendingSlot);
    }
    const pendingAt = this.pendingAt;
    let k = this.pendingCount++;
    while (k > this.pendingHead && pendingAt[k - 1]! > times[i]!) {
      pendingAt[k] = pendingAt[k - 1]!;
      this.pendingKind[k] = this.pendingKind[k - 1]!;
      this.pendingSlot[k] = this.pendingSlot[k - 1]!;
      k--;
    }
    pendingAt[k] = times[i]!;
    this.pendingKind[k] = kind;
    this.pendingSlot[k] = slot;
  }

  /** Scores the earliest pending reaction (§6) and applies the stage rules. */
  private applyNextPending(): void {
    const h = this.pendingHead++;
    const at = this.pendingAt[h]!;
    const kind = this.pendingKind[h]!;
    const slot = this.pendingSlot[h]!;
    const topics = slot >= 0 ? this.j.slotTopics[slot]! : null;
    this.now = this.scorer.clock = at;
    if (kind === NO_REACTION) this.scorer.noReaction(topics);
    else this.scorer.reaction(SCORED_KIND[kind]!, topics);
    this.rescore();
    if (this.timeline) this.note(at, REACTION_EVENTS[kind]!);
    if (this.pendingHead === this.pendingCount) this.pendingHead = this.pendingCount = 0;
  }

  /** Leaves the journey from the current step by a way other than its outputs. */
  private leave(exit: PseudoExit, outcome: number, at: number): void {
    if (this.timeline) this.note(at, exit === 'exit' ? `exit:${OUTCOMES[outcome]}` : exit);
    this.journalPush(1, this.node * this.j.stride + this.pseudo + PSEUDO_COLUMN[exit]);
    return this.finish(outcome, at);
  }

  private left(exit: PseudoExit, outcome: number, at: number): true {
    this.leave(exit, outcome, at);
    return true;
  }

  private finish(outcome: number, at: number): void {
    this.scorer.clock = at;
    this.scorer.decay();
    this.commit(outcome, at);
  }

  private journalPush(kind: number, value: number): void {
    if (this.journalLength + 2 > this.journal.length) return; // bounded by MAX_STEPS
    this.journal[this.journalLength++] = kind;
    this.journal[this.journalLength++] = value;
  }

  private note(t: number, event: string): void {
    this.timeline!.push({ t: round3(t), nodeId: this.j.nodes[this.node]?.id ?? '', event, score: this.scorer.engagement, stage: LIFECYCLE_STAGES[this.stage]! });
  }

  /** Applies the journaled counts and the prospect's final place to the aggregate (§10). */
  private commit(outcome: number, at: number): void {
    const agg = this.aggregate;
    const journal = this.journal;
    for (let i = 0; i < this.journalLength; i += 2) {
      const value = journal[i + 1]!;
      if (journal[i] === 0) agg.nodeEntered[value]!++;
      else if (journal[i] === 1) agg.nodeExits[value]!++;
      else if (value >= 0) agg.edgeTraversals[value]!++;
    }
    const node = this.node;
    if (IS_STUCK[outcome] && node >= 0) agg.nodeHolding[node]!++;
    agg.prospects++;
    agg.steps += this.steps;
    agg.outcomes[outcome]!++;
    agg.emailsSent += this.emails;
    agg.suppressedNoConsent += this.suppressed;
    agg.emailsPerProspect[Math.min(this.emails, MAX_EMAIL_BUCKET)]!++;
    if (outcome === OUTCOME.unsubscribed) agg.unsubscribesPerDay[Math.min(Math.floor(at / 24), agg.unsubscribesPerDay.length - 1)]!++;
    const engagement = this.scorer.engagement;
    // Only prospects the audience admitted are counted in the funnel and the score distributions (§3).
    if (this.admitted) {
      const hoursPerStage = agg.hoursPerStage;
      for (let s = 0; s < LIFECYCLE_STAGES.length; s++) {
        const reached = this.stageAt[s]!;
        if (reached === NEVER) continue;
        agg.stageReached[s]!++;
        agg.stageHours[s * hoursPerStage + Math.min(Math.floor(reached - this.entryT), hoursPerStage - 1)]!++;
      }
      const bin = Math.floor((engagement - SCORE_MIN) / SCORE_BIN_WIDTH);
      agg.engagement[bin < 0 ? 0 : bin >= SCORE_BINS ? SCORE_BINS - 1 : bin]!++;
      agg.grades[this.grade]!++;
    }
    let finalStage = 0;
    for (let s = LIFECYCLE_STAGES.length - 1; s > 0; s--) {
      if (this.stageAt[s] !== NEVER) {
        finalStage = s;
        break;
      }
    }
    agg.rows?.set(this.index, outcome, finalStage, engagement, this.emails, this.grade);
    if (this.timeline) {
      const p = this.prospect;
      agg.timelines.push({
        index: this.index,
        rank: this.rank,
        prospectId: this.generated ? `p${this.index}` : p.id,
        name: p.name,
        persona: p.persona,
        outcome: OUTCOMES[outcome]!,
        finalNodeId: this.j.nodes[node]?.id ?? null,
        steps: chronological(this.timeline),
      });
      this.timeline = null;
    }
  }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The persona's weight for each link of an email (§5.5): 1, or the weight it gives a name the link answers to. */
function linkWeights(persona: Persona, links: readonly TemplateLink[] | null): PersonaPlan['linkWeights'][number] {
  if (!links) return null;
  const weights = links.map((link) => weightOf(persona, link));
  return { weights, total: weights.reduce((a, b) => a + b, 0) };
}

const weightOf = (persona: Persona, link: TemplateLink): number => {
  for (const [name, weight] of Object.entries(persona.linkWeights)) if (linkMatches(link, name)) return weight;
  return 1;
};

/** A tally of a generated prospect's attributes, by looking its value indexes up. */
function lookUp(tally: IndexedTally, profile: GeneratedProfile): number {
  let sum = tally.constant;
  for (let k = 0; k < tally.perTable.length; k++) {
    const sums = tally.perTable[k];
    if (sums) sum += sums[profile.values[k]!]!;
  }
  return sum;
}

function grow<T extends Float64Array | Uint8Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
