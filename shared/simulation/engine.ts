// The discrete-event engine. Prospects never interact except at a sales hand-off (shared
// weekly capacity) and, with account mode on, within their account (accountRun.ts, README
// §12), so each prospect advances through its own time-ordered events — its
// steps and the reactions it has scheduled — and a hand-off without a known assignment
// pauses it: the runner resolves all hand-offs in one global time-ordered queue and
// replays the paused prospects with their assignment times. A prospect's counts are
// journaled and committed only when its run is final, so replays never count twice.
// What each step does, and the order of checks, is the behaviour model in ./README.md (§ below).
// One prospect's state lives in fields and typed arrays reused for the next: a step allocates nothing.
import { type AttributeValue, LIFECYCLE_STAGES, matchesRule, stageRank } from '../journey/primitives';
import { ACCOUNT_ATTRIBUTES } from './accounts';
import { type AccountState, answerOfRoles, type ContactReads, type ContactTrace, type DecayRule, PAUSED_COLLEAGUE, READ } from './accountRun';
import { BUYING_ROLE_ATTRIBUTES, BUYING_ROLES, buyingRoleOf } from '../accounts/schema';
import type { ConditionRule, JourneyNode, NodeOf } from '../journey/schema';
import { matchingRule } from '../routing/route';
import { Aggregate, OUTCOME, OUTCOMES, type ProspectEnd, type Timeline, type TimelineStep } from './aggregate';
import { CLICK, DOWNLOAD, NEVER, OPEN, REACTION_KINDS, reactToWait } from './behaviour';
import { durationEnd, HOURS_PER_DAY, nextWeekdayTime } from './calendar';
import { ANY_EMAIL, type CompiledJourney, PSEUDO_EXITS, type PseudoExit, STEP_KIND, SWITCH_DEFAULT_OUTPUT } from './compile';
import type { AttributeTable, GeneratedProfile } from './generate';
import { HandoffRequests, REFUSED } from './handoffs';
import { MAX_STEPS, StepJournal } from './journal';
import { Mail, NO_REACTION, type PersonaPlan, personaPlan } from './mail';
import type { Persona, Prospect } from './model';
import { PendingReactions } from './pending';
import { hashIndexed, hashString, Random } from './rng';
import { ANSWER, ANSWER_OUTPUT, SalesDesk } from './salesDesk';
import { ProspectSales, SALES_COUNT } from './salesTally';
import { type IndexedTally, lookUp, RuleTally } from './ruleTally';
import { REJECTION_REASONS } from '../sales/schema';
import { Scorer } from './scorer';
import { chronological, REACTION_EVENTS } from './timeline';

export interface EngineSetup {
  journey: CompiledJourney;
  /** For generated prospects: their generator's attribute tables (GeneratedProfile indexes into them), and its personas in that order. */
  attributeTables?: readonly (readonly AttributeTable[])[];
  generatorPersonas?: readonly string[];
  personas: ReadonlyMap<string, Persona>;
  seed: number;
  horizonHours: number;
  totalProspects: number;
  timelineSample: number;
  /** Prospect indexes [start, end) to keep per-prospect rows for. */
  rowRange?: readonly [number, number];
}

// A typed array like the assignment times a replay passes: one kind of array at that spot keeps V8's code for it.
const NO_ASSIGNMENTS = new Float64Array(0);
// Pending reactions, by their index in REACTION_EVENTS (OPEN, CLICK, DOWNLOAD, NO_REACTION come first).
const FORM = 4;
const VISIT = 5;
/** For each pending kind, its index in the scorer's SCORED_REACTIONS (no reaction: none). */
const SCORED_KIND = [0, 1, 2, -1, 3, 4];
const PSEUDO_COLUMN = Object.fromEntries(PSEUDO_EXITS.map((exit, i) => [exit, i])) as Record<PseudoExit, number>;
const GRADES = 'ABCD';
// Sales' milestones travel as pending events after the reactions (REACTION_EVENTS order).
const QUALIFIED = 6;
const WON = 7;
/** Sales accepted the contact's account (a colleague handed it over): the contact becomes SAL then (§12.3). */
const ACCOUNT_ACCEPTED = 8;
const SQL = LIFECYCLE_STAGES.indexOf('sql');
const CUSTOMER = LIFECYCLE_STAGES.indexOf('customer');

/** Simulates prospects one by one into an Aggregate. Not thread-safe; one per worker. */
export class Engine {
  readonly aggregate: Aggregate;
  /** Hand-offs of paused prospects, for the global sales queue (HandoffBook). */
  readonly requests = new HandoffRequests();
  private readonly j: CompiledJourney;
  private readonly scorer: Scorer;
  private readonly plans = new Map<string, PersonaPlan>();
  /** The plans by the generator's persona numbers (GeneratedProfile.persona): no lookup by name. */
  private readonly generatedPlans: PersonaPlan[];
  /**
   * Per exit step, the outcome its reason names. Looked up by number: OUTCOME[reason] in the loop
   * sees a different key at each exit, and V8 throws away the loop's optimised code for that.
   */
  private readonly exitOutcome: Int32Array;
  /** Whether colleagues boost the send being made (§12.4). */
  private boostedNow = false;
  /** A generated prospect's interests come from few shared arrays: their topic numbers, worked out once each. */
  private readonly interestTopics = new Map<readonly string[], Int32Array>();
  private readonly random = new Random(0, '');
  private readonly seed: number;
  private readonly horizon: number;
  private readonly sampleBelow: number;
  private readonly window;
  private readonly cap;
  private readonly goalOutcome: number;
  private readonly pseudo: number;
  private readonly audience: RuleTally;
  /** Per persona of the generator: fit points and audience rules by attribute value index. */
  private readonly fitTables: IndexedTally[];
  private readonly audienceTables: IndexedTally[];
  private readonly desk: SalesDesk;
  /** The current prospect's dealings with sales, committed with it. */
  private readonly sales = new ProspectSales();
  /** When the lead becomes an SQL and when its deal closes (times to schedule, kept in an array). */
  private readonly milestones = new Float64Array(2);
  // Buying centres (§12). accountLevel: the journey hands whole accounts over and this contact has one.
  private readonly accountMode: boolean;
  /** Account mode with the account-level hand-off (§12.3). */
  private readonly accountHandoff: boolean;
  private accountLevel = false;
  /** The prospect belongs to an account (its hand-over counts among the accounts'). */
  private hasAccount = false;
  /** The account being run together (null: the contact is alone, or its account has no other contact). */
  private account: AccountState | null = null;
  private trace: ContactTrace | null = null;
  private reads: ContactReads | null = null;
  /** Fit points of the account attributes only (account fit). */
  private readonly accountFit: RuleTally;
  private readonly companyFitRules: boolean;
  private role = -1;
  /** A generated contact's account number (-1: none). */
  private accountNumber = -1;
  /** When sales accepted the account a colleague handed over (NEVER: not); the contact is SAL from then. */
  private accountAcceptedAt = NEVER;
  /** Downloads of the colleagues in their latest runs (none: no send of this run is boosted, no need to look). */
  private colleagueDownloads = 0;
  private readonly acceptedTime = new Float64Array(1);
  /** This run handed its account over (with these roles engaged), or joined a colleague's hand-off. */
  private handedOver = false;
  private rolesAtHandover = 0;
  private joined = false;
  /** Whether the run stopped at a hand-off without an assignment (its account waits for the sales queue). */
  paused = false;
  /** A generated prospect whose attribute object is not written yet (attributes() writes it). */
  private unwritten: GeneratedProfile | null = null;
  /** The prospect is generated: its id is p<index>, made only when a timeline names it. */
  private generated = false;

  // Per-prospect scratch state, reused to keep the hot loop free of allocations.
  private readonly mail: Mail;
  private readonly pending = new PendingReactions();
  /** When the form or visit a wait is for happens (a time to schedule that is in no other array). */
  private readonly formAt = new Float64Array(1);
  private journal = new StepJournal();
  /** The engine's own journal; a contact run with its account journals into its kept run instead (no copy). */
  private readonly ownJournal = this.journal;
  private ownSendTimes: Float64Array;
  /** What countProspect reads at the end of a run (one object, reused). */
  private readonly end: ProspectEnd;
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
  /** The grade sales judges the lead by: the contact's, or its account's (§12.3). */
  private salesGrade = 0;
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
    this.mail = new Mail(j, j.doc.scoring.engagement.noReactionDays * HOURS_PER_DAY);
    this.ownSendTimes = this.mail.sendTimes;
    this.interests = new Uint8Array(j.topics.length);
    for (const [id, persona] of setup.personas) this.plans.set(id, personaPlan(persona, j));
    this.generatedPlans = (setup.generatorPersonas ?? []).map((id) => this.plans.get(id)!);
    this.exitOutcome = Int32Array.from(this.j.nodes, (n) => (n.type === 'exit' ? OUTCOME[n.params.reason] : -1));
    // Keep full timelines for small runs; for large ones, record about three times the sample
    // by hash so the chunks can keep exactly the `timelineSample` smallest hashes between them.
    this.sampleBelow =
      setup.timelineSample === 0 ? 0 : setup.totalProspects <= setup.timelineSample ? 2 ** 32 : Math.min(2 ** 32, Math.floor(((3 * setup.timelineSample) / setup.totalProspects) * 2 ** 32));
    this.window = j.doc.settings.sendWindow;
    this.cap = j.doc.settings.frequencyCap;
    this.goalOutcome = j.doc.settings.goal?.exitReason === 'ended' ? OUTCOME.ended : OUTCOME.converted;
    this.pseudo = j.stride - PSEUDO_EXITS.length;
    this.audience = new RuleTally(j.audienceRules.map((rule) => ({ rule, weight: 1 })));
    this.end = { index: 0, outcome: 0, at: 0, node: 0, steps: 0, emails: 0, suppressed: 0, admitted: false, entryT: 0, stageAt: this.stageAt, engagement: 0, grade: 0, sales: this.sales };
    this.desk = new SalesDesk(j.doc.sales, j.doc.routing);
    this.fitTables = (setup.attributeTables ?? []).map((tables) => this.scorer.fit.indexed(tables));
    this.audienceTables = (setup.attributeTables ?? []).map((tables) => this.audience.indexed(tables));
    this.accountMode = j.doc.accounts.enabled;
    this.accountHandoff = this.accountMode && j.doc.accounts.handoff === 'account';
    const companyRules = j.doc.scoring.fit.rules.filter((rule) => (ACCOUNT_ATTRIBUTES as readonly string[]).includes(rule.attribute));
    this.accountFit = new RuleTally(companyRules.map((rule) => ({ rule, weight: rule.points })));
    this.companyFitRules = companyRules.length > 0;
  }

  /** How engagement decays, for reading a colleague's score from its trace. */
  get decayRule(): DecayRule {
    return { factor: this.scorer.decayFactor, afterHours: this.scorer.decayAfterHours };
  }

  /** The next runs are contacts of this account, run together (null: alone). */
  inAccount(account: AccountState | null): void {
    this.account = account;
  }

  /**
   * Runs one prospect from entry. `assignments[k]` is the time its k-th hand-off was
   * assigned to sales (NEVER = still queued at the horizon); a hand-off beyond the known
   * ones pauses the run: the request goes to `requests`, and nothing is counted until the
   * prospect is run again with that assignment known.
   */
  run(prospect: Prospect, index: number, assignments: Float64Array = NO_ASSIGNMENTS, profile: GeneratedProfile | null = null): void {
    this.begin(prospect, index, profile);
    const j = this.j;
    if (this.node < 0) return this.finish(OUTCOME.deadEnd, this.t);
    this.journal.entered(this.node);
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
      switch (j.kind[node]) {
        case STEP_KIND.entry:
          if (!this.admit()) return this.leave('notEligible', OUTCOME.notEligible, this.t);
          break;
        case STEP_KIND.sendEmail: {
          if (!prospect.consent) {
            // Never send without consent, whatever the journey says (§4).
            this.suppressed++;
            if (this.timeline) this.note(this.t, 'suppressed:noConsent');
            break;
          }
          this.mail.hold(this.t, this.window, this.cap); // §8
          this.nextT = this.mail.sendTimes[this.mail.count]!;
          if (this.nextT > this.t) {
            if (this.timeline) this.note(this.t, 'held:sendWindowOrCap');
            if (this.advance()) return;
            this.t = this.nextT;
          }
          // §12.4: colleagues sway the open chance. The send itself is the same call either way, so
          // V8 compiles the loop alike with and without accounts.
          const swayed = this.account !== null && this.account.boostHours > 0 && prospect.script === null;
          if (swayed) this.sway();
          this.mail.send(j.emailSlot[node]!, current.id, prospect.script, this.plan, this.interests, this.random, this.pending);
          if (swayed && this.mail.decidedByBoost(this.account!.boost)) this.readBoost(node);
          this.emails++;
          if (this.timeline) this.note(this.t, 'sent');
          break;
        }
        case STEP_KIND.wait: {
          const p = (current as NodeOf<'wait'>).params;
          this.nextT = p.mode === 'duration' ? durationEnd(this.t, p.amount, p.unit) : nextWeekdayTime(this.t, p.weekdays, p.time);
          break;
        }
        case STEP_KIND.waitForEvent:
          output = this.await(current as NodeOf<'waitForEvent'>, node);
          break;
        case STEP_KIND.condition: {
          const forced = prospect.script?.conditions[current.id];
          output = (forced ?? this.holds((current as NodeOf<'condition'>).params.rule, node)) ? 0 : 1;
          break;
        }
        case STEP_KIND.split:
          output = this.branch(current as NodeOf<'split'>, node);
          break;
        case STEP_KIND.adjustScore:
          this.now = this.scorer.clock = this.t;
          this.scorer.adjust((current as NodeOf<'adjustScore'>).params.points, j.nodeTopic[node]!);
          if (this.trace !== null) this.traceScore();
          this.rescore();
          break;
        case STEP_KIND.setStage:
          this.now = this.t;
          this.raiseStage(j.nodeStage[node]!);
          break;
        case STEP_KIND.handoff: {
          // §9: feasibility, the sales queue, then sales' answer (§9a). §12.3: first, a colleague's
          // hand-off of the account that sales still has takes this contact along.
          const branches = (current as NodeOf<'handoff'>).params.branchOnAnswer;
          if (this.accountLevel && this.account !== null) {
            // §12.3: a colleague's hand-off sales still has takes this contact along.
            const joined = this.account.openHandover(this.account.self, this.t);
            if (joined === PAUSED_COLLEAGUE) {
              this.reads!.push(READ.handover, this.t, 0, PAUSED_COLLEAGUE);
              return this.pause();
            }
            if (joined >= 0) {
              output = this.join(joined, branches);
              if (output < 0) return;
              break;
            }
            this.reads!.push(READ.handover, this.t, 0, -1);
          }
          const forced = this.desk.enabled ? prospect.script?.handoffs[current.id] : undefined;
          if (forced === 'notFeasible' || (forced === undefined && this.desk.enabled && this.desk.hasFeasibilityRules && !this.desk.feasible(this.attributesNow()))) {
            output = this.notFeasible(SALES_COUNT.notFeasibleRules, branches);
            break;
          }
          const ordinal = handoffs++;
          const rule = this.routingRule();
          if (ordinal >= assignments.length) {
            if (this.account === null) return this.requests.push(index, ordinal, this.t, rule);
            const request = this.account.runs[this.account.self]!.request;
            request.ordinal = ordinal;
            request.t = this.t;
            request.rule = rule;
            return this.pause();
          }
          if (assignments[ordinal] === REFUSED) {
            output = this.notFeasible(SALES_COUNT.notFeasibleCapacity, branches);
            break;
          }
          this.nextT = assignments[ordinal]!; // NEVER: still in the sales queue at the horizon
          if (this.nextT > this.t) {
            if (this.timeline) this.note(this.t, 'queued:salesCapacity');
            if (this.advance()) return;
            this.t = this.nextT;
          }
          this.sales.reachedRep(this.t);
          this.sales.counts[SALES_COUNT.handedOff]!++;
          if (!this.desk.enabled) {
            if (this.accountLevel) this.handOver(this.t, ANSWER.accepted);
            this.now = this.t;
            this.raiseStage(j.nodeStage[node]!);
            break;
          }
          const answer = this.answer(rule, forced === undefined ? 0 : ANSWER[forced]);
          if (answer < 0) return;
          output = branches ? ANSWER_OUTPUT[answer]! : 0;
          break;
        }
        case STEP_KIND.updateAttribute:
          this.updateAttribute((current as NodeOf<'updateAttribute'>).params);
          break;
        case STEP_KIND.jump: {
          if ((current as NodeOf<'jump'>).params.target.kind === 'journey') return this.leave('movedToJourney', OUTCOME.movedToJourney, this.t);
          const to = j.jumpTarget[node]!;
          if (to < 0) return this.finish(OUTCOME.deadEnd, this.t);
          this.journal.left(node * j.stride + this.pseudo + PSEUDO_COLUMN.jump);
          if (this.timeline) this.note(this.t, 'jump');
          this.node = to;
          this.journal.entered(to);
          continue;
        }
        case STEP_KIND.webhook:
          break;
        case STEP_KIND.exit:
          return this.leave('exit', this.exitOutcome[node]!, this.t);
        default:
          throw new Error(`The simulator has no rule for steps of kind "${current.type}".`); // STEP_KIND lists every kind
      }

      if (this.advance()) return;
      const column = node * j.stride + output;
      const to = j.target[column]!;
      if (to < 0) return j.endsHere[column] === 1 ? this.endAtOutput(column, output) : this.finish(OUTCOME.deadEnd, this.nextT);
      if (this.timeline && current.type !== 'sendEmail' && current.type !== 'entry') this.note(this.nextT, j.outputs[node]![output]!);
      this.journal.left(column);
      this.journal.took(j.edge[column]!);
      this.t = this.nextT;
      this.node = to;
      this.journal.entered(to);
      if (this.timeline) this.note(this.t, 'entered');
    }
  }

  private begin(prospect: Prospect, index: number, profile: GeneratedProfile | null): void {
    const plan = profile ? this.generatedPlans[profile.persona] : this.plans.get(prospect.persona);
    if (!plan) throw new Error(`Prospect ${prospect.id} has persona "${prospect.persona}", which is not in the persona set.`);
    this.prospect = prospect;
    this.plan = plan;
    this.index = index;
    // The stream of a prospect's id (a generated one's is p<index>: hashed without making the string).
    const accountKey = profile ? (profile.account >= 0 ? profile.account : undefined) : prospect.account;
    if (this.account === null && accountKey === undefined) {
      // A prospect alone: most runs, kept lean.
      this.rank = profile ? this.random.reseedIndexed(this.seed, 'p', index) : this.random.reseed(this.seed, prospect.id);
      this.accountNumber = this.role = -1;
      // A prospect without an account is its account alone (§12): handed over as one, but counted among the contacts only.
      this.accountLevel = this.accountHandoff;
      this.hasAccount = false;
      this.accountAcceptedAt = NEVER;
      this.handedOver = this.joined = this.paused = false;
      this.trace = this.reads = null;
      if (this.journal !== this.ownJournal) {
        this.journal = this.ownJournal;
        this.mail.sendTimes = this.ownSendTimes;
      }
    } else this.beginInAccount(prospect, index, profile, accountKey);
    this.timeline = this.rank < this.sampleBelow ? [] : null;
    // Small arrays: plain loops cost less than fill() calls.
    this.mail.clear();
    for (let s = 0; s < this.stageAt.length; s++) this.stageAt[s] = NEVER;
    this.pending.clear();
    if (this.accountAcceptedAt !== NEVER) {
      this.acceptedTime[0] = this.accountAcceptedAt;
      this.pending.add(this.acceptedTime, 0, ACCOUNT_ACCEPTED, -1);
    }
    this.journal.clear();
    this.sales.clear();
    this.scorer.reset();
    if (this.interested) {
      this.interests.fill(0);
      this.interested = false;
    }
    if (profile) {
      let topics = this.interestTopics.get(prospect.interests);
      if (topics === undefined) {
        topics = this.topicNumbers(prospect.interests);
        // (A persona liking many topics gets a new array per prospect: those are not kept.)
        if (this.interestTopics.size < 4096) this.interestTopics.set(prospect.interests, topics);
      }
      for (let i = 0; i < topics.length; i++) this.interests[topics[i]!] = 1;
      if (topics.length > 0) this.interested = true;
    } else {
      for (const topic of prospect.interests) {
        const k = this.j.topicIndex.get(topic);
        if (k === undefined) continue;
        this.interests[k] = 1;
        this.interested = true;
      }
    }
    this.attributes = prospect.attributes;
    this.unwritten = profile;
    this.generated = profile !== null;
    this.grade = this.scorer.gradeOf(profile ? lookUp(this.fitTables[profile.persona]!, profile.values) : this.scorer.fit.sum(prospect.attributes));
    this.stage = stageRank(prospect.stage);
    this.emails = this.suppressed = this.steps = 0;
    this.admitted = false;
    this.entryT = this.t = Math.min(prospect.enteredAfterHours, this.horizon);
    this.node = this.j.entry;
    for (let s = 0; s <= this.stage; s++) this.stageAt[s] = this.t;
  }

  /** For a sampled contact of an account, its company's name (the `company` attribute), to show beside the account's key. */
  private companyName(): { company?: string } {
    if (!this.hasAccount) return {};
    const company = this.attributesNow().company;
    return typeof company === 'string' && company.trim() !== '' ? { company: company.trim() } : {};
  }

  /** The journey's numbers of these topics (those it has). */
  private topicNumbers(topics: readonly string[]): Int32Array {
    return Int32Array.from(topics.flatMap((topic) => (this.j.topicIndex.has(topic) ? [this.j.topicIndex.get(topic)!] : [])));
  }

  /** begin() for a contact of an account (§12): its rank is its account's, and run together, its trace and reads. */
  private beginInAccount(prospect: Prospect, index: number, profile: GeneratedProfile | null, accountKey: string | number | undefined): void {
    const account = this.account;
    this.accountAcceptedAt = NEVER;
    this.accountNumber = profile ? profile.account : -1;
    if (profile) this.random.reseedIndexed(this.seed, 'p', index);
    else this.random.reseed(this.seed, prospect.id);
    // An account's contacts are sampled together: by the account's hash.
    if (account !== null) this.rank = account.rank;
    else this.rank = typeof accountKey === 'string' ? hashString(`account:${accountKey}`, this.seed) : hashIndexed('account:', accountKey!, this.seed);
    this.accountLevel = this.accountHandoff;
    this.hasAccount = true;
    this.handedOver = this.joined = this.paused = false;
    this.role = profile ? profile.role : buyingRoleOf(prospect.attributes);
    // Run together, the contact writes its steps and sends straight into its kept run.
    const keep = account === null ? null : account.runs[account.self]!;
    this.journal = keep === null ? this.ownJournal : keep.journal;
    this.mail.sendTimes = keep === null ? this.ownSendTimes : keep.sendTimes;
    if (account === null) {
      this.trace = this.reads = null;
      return;
    }
    keep!.request.t = -1;
    this.trace = account.traces[account.self]!;
    this.trace.clear(this.role);
    this.reads = account.reads[account.self]!;
    this.reads.clear();
    this.colleagueDownloads = account.downloads() - this.trace.downloads;
    this.accountAcceptedAt = NEVER;
    if (this.accountLevel) {
      // §12.3: the whole account goes to the rep: when sales accepts it, every contact is SAL.
      const at = account.acceptedByColleague(account.self);
      this.reads.push(READ.accountAccepted, 0, at, 0);
      this.accountAcceptedAt = at;
    }
  }

  /** §3: consent, audience stages, audience rules, and not already at the goal. */
  private admit(): boolean {
    const j = this.j;
    if (!this.prospect.consent && j.doc.settings.consent.required) return false;
    if (j.audienceStages !== null && !j.audienceStages.has(LIFECYCLE_STAGES[this.stage]!)) return false;
    const audience = this.unwritten ? lookUp(this.audienceTables[this.unwritten.persona]!, this.unwritten.values) : this.audience.sum(this.attributes);
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
    const pending = this.pending;
    while (pending.dueBy(limit)) {
      if (this.mail.unsubscribeAt < pending.at[pending.head]!) return this.left('unsubscribed', OUTCOME.unsubscribed, this.mail.unsubscribeAt);
      this.applyNextPending();
      if (this.stage >= j.goalRank) return this.left('goal', this.goalOutcome, this.now);
    }
    if (this.mail.unsubscribeAt <= limit) return this.left('unsubscribed', OUTCOME.unsubscribed, this.mail.unsubscribeAt);
    if (until > this.horizon) {
      this.finish(OUTCOME.waiting, this.horizon);
      return true;
    }
    return false;
  }

  /** §5.4: sets nextT to the moment the awaited reaction happens, or to the deadline; returns the output. */
  private await(current: NodeOf<'waitForEvent'>, node: number): number {
    const p = current.params;
    const deadline = durationEnd(this.t, p.timeout.amount, p.timeout.unit);
    let at: number;
    if (p.event === 'form' || p.event === 'visit') {
      at = reactToWait(this.prospect, this.plan.persona, this.random, this.t, p.event);
      this.formAt[0] = at;
      if (at <= deadline) this.pending.add(this.formAt, 0, p.event === 'form' ? FORM : VISIT, -1);
    } else {
      // A named email's reaction counts whenever it happened; "any email" counts reactions from now on.
      const slot = this.j.watchedSlot[node]!;
      this.mail.reactionTime(slot, p.event === 'open' ? OPEN : p.event === 'click' ? CLICK : DOWNLOAD, slot === ANY_EMAIL ? this.t : 0, this.j.linkMatch[node]!);
      at = this.mail.found;
    }
    if (at > deadline) {
      this.nextT = deadline;
      return 1;
    }
    if (at > this.t) this.nextT = at;
    return 0;
  }

  private holds(rule: ConditionRule, node: number): boolean {
    const j = this.j;
    switch (rule.kind) {
      case 'engagement':
        this.mail.reactionTime(j.watchedSlot[node]!, rule.event === 'opened' ? OPEN : rule.event === 'clicked' ? CLICK : DOWNLOAD, 0, j.linkMatch[node]!);
        return this.mail.found <= this.t;
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
      case 'accountScore':
      case 'roleEngaged':
      case 'rolesEngaged':
      case 'accountFit':
        return this.accountHolds(rule);
    }
  }

  /** §12.2: a rule on the contact's account (a contact without colleagues is its account alone). */
  private accountHolds(rule: Extract<ConditionRule, { kind: 'accountScore' | 'roleEngaged' | 'rolesEngaged' | 'accountFit' }>): boolean {
    switch (rule.kind) {
      case 'accountScore':
        return this.accountScoreAtLeast(rule.atLeast);
      case 'roleEngaged':
        return this.rolesAnswer(READ.roleEngaged, BUYING_ROLES.indexOf(rule.role));
      case 'rolesEngaged':
        return this.rolesAnswer(READ.rolesEngaged, rule.atLeast);
      case 'accountFit':
        return this.accountGrade() <= GRADES.indexOf(rule.atLeast);
    }
  }

  /**
   * Whether the account's engagement is at least `atLeast` now: a read of the colleagues, of
   * which only the answer is checked when the account settles (a colleague's change that
   * leaves it the same needs no second run).
   */
  private accountScoreAtLeast(atLeast: number): boolean {
    if (this.account === null) {
      this.scorer.clock = this.t;
      this.scorer.decay();
      return this.scorer.engagement >= atLeast;
    }
    const own = this.trace!.changes;
    const yes = this.account.accountScore(this.account.self, this.t, own) >= atLeast;
    this.reads!.pushAnswer(READ.scoreAtLeast, this.t, yes, own, atLeast);
    return yes;
  }

  /** Whether a role is engaged (READ.roleEngaged, a role's index) or at least n roles are (READ.rolesEngaged), as an answer read like accountScoreAtLeast's. */
  private rolesAnswer(kind: number, param: number): boolean {
    if (this.account === null) return answerOfRoles(kind, param, this.rolesNow());
    const own = this.trace!.changes;
    const yes = answerOfRoles(kind, param, this.account.rolesEngaged(this.account.self, this.t, own));
    this.reads!.pushAnswer(kind, this.t, yes, own, param);
    return yes;
  }

  /** The roles engaged in the account now, as bits by BUYING_ROLES index. */
  private rolesNow(): number {
    if (this.account === null) {
      this.scorer.clock = this.t;
      this.scorer.decay();
      return this.role >= 0 && this.scorer.engagement >= this.j.doc.accounts.engagedAtLeast ? 1 << this.role : 0;
    }
    const own = this.trace!.changes;
    const roles = this.account.rolesEngaged(this.account.self, this.t, own);
    this.reads!.push(READ.roles, this.t, roles, own);
    return roles;
  }

  /** The account's fit grade: the fit rules on company attributes only. */
  private accountGrade(): number {
    // Without a fit rule on company fields, the account's fit is the contact's own.
    return this.companyFitRules ? this.scorer.gradeOf(this.accountFit.sum(this.attributesNow())) : this.grade;
  }

  /** §12.4: the boost of the coming send: a colleague's download within the influence window before now. */
  private sway(): void {
    const account = this.account!;
    this.boostedNow = this.colleagueDownloads > 0 && account.boosted(account.self, this.t);
    this.mail.boost = this.boostedNow ? account.boost : 1;
  }

  /** An open the boost decided is a read of the colleagues (§12.5): any other comes out the same with or without it. */
  private readBoost(node: number): void {
    const slot = this.j.emailSlot[node]!;
    this.reads!.pushOpen(this.t, this.mail.reactions[slot * REACTION_KINDS + OPEN] !== NEVER, this.boostedNow, this.mail.openBase, this.mail.openDraw);
  }

  /** Records the contact's engagement for its colleagues' reads. */
  private traceScore(): void {
    const scorer = this.scorer;
    this.trace!.score(this.now, scorer.engagement, scorer.reacted ? scorer.lastReactionAt : -1, scorer.decayedWeeks);
  }

  /** This contact hands its account over now; sales answers at `answeredAt` (§12.3). */
  private handOver(answeredAt: number, answer: number): void {
    // An account is counted as handed over once, with the roles engaged the first time (§12.6).
    if (!this.handedOver) this.rolesAtHandover = this.rolesNow();
    this.handedOver = true;
    this.trace?.handover(this.t, answeredAt, answer);
  }

  /**
   * §12.3: the contact joins the hand-off `joined` (colleague * 65536 + its number) of its
   * account: no lead of its own, no capacity; it waits for that answer and goes on by it.
   * Returns the output, or −1 when the journey ended on the way.
   */
  private join(joined: number, branches: boolean): number {
    const trace = this.account!.traces[joined >>> 16]!;
    const k = joined & 0xffff;
    const answer = trace.answer[k]!;
    const answeredAt = trace.answeredAt[k]!;
    this.reads!.push(READ.handover, this.t, answer * 1e9 + answeredAt, joined);
    this.joined = true;
    if (this.timeline) this.note(this.t, 'sales:joinedAccount');
    if (answeredAt > this.t) {
      this.nextT = answeredAt;
      if (this.advance()) return -1;
      this.t = this.nextT;
    }
    this.now = this.t;
    if (answer === ANSWER.accepted) {
      this.raiseStage(this.desk.enabled ? SQL - 1 : this.j.nodeStage[this.node]!);
      if (this.timeline) this.note(this.t, 'sales:accepted');
    } else if (answer === ANSWER.rejected && this.desk.recycling.enabled) {
      if (this.stage > this.desk.recycleTo) this.stage = this.desk.recycleTo;
      this.nextT = this.t + this.desk.recycling.coolOffHours;
      if (this.timeline) this.note(this.t, 'sales:recycled');
    }
    return branches ? ANSWER_OUTPUT[answer]! : 0;
  }

  /** Stops at a hand-off whose assignment is not known yet: the account is run again when it is. */
  private pause(): void {
    this.paused = true;
    if (this.trace !== null) {
      this.trace.paused = true;
      this.trace.pausedAt = this.t;
    }
  }

  private branch(current: NodeOf<'split'>, node: number): number {
    const j = this.j;
    const outs = j.outputs[node]!;
    const scripted = this.prospect.script?.splits[current.id];
    if (scripted !== undefined && outs.includes(scripted)) return outs.indexOf(scripted);
    if (current.params.mode === 'percent') return this.random.weighted(j.splitWeights[node]!, j.splitTotals[node]!);
    // buyingRole: the contact's buying role, from `buyingRole` or a `role` that names one (§12.1).
    const attribute = current.params.attribute;
    const value = attribute === BUYING_ROLE_ATTRIBUTES[0] ? BUYING_ROLES[buyingRoleOf(this.attributesNow())] : this.attributesNow()[attribute];
    const match = value === undefined ? undefined : j.switchCases[node]!.get(String(value).trim().toLowerCase());
    return match ?? outs.indexOf(SWITCH_DEFAULT_OUTPUT);
  }

  /** §9a: a lead sales' feasibility check refuses; the output it takes. */
  private notFeasible(counter: number, branches: boolean): number {
    this.sales.refused(counter, ANSWER.notFeasible);
    if (this.timeline) this.note(this.t, 'sales:notFeasible');
    return branches ? ANSWER_OUTPUT[ANSWER.notFeasible]! : 0;
  }

  /**
   * §9a: the rep's answer to the lead assigned now. Sales answers whatever the prospect does
   * meanwhile, so the answer (within the run), its reason and an accepted lead's deal are
   * drawn and counted at once; then the clock moves to the answer (reactions on the way count
   * first) and, if the lead is still in the journey, an accepted one becomes SAL, a rejected
   * one is recycled and rests. Sets nextT to when the journey goes on; returns the ANSWER
   * code, or −1 when the journey ended on the way. `forced`: the answer a test script names (0: none).
   */
  private answer(rule: number, forced: number): number {
    const desk = this.desk;
    const sales = this.sales;
    const counts = sales.counts;
    const random = this.random;
    this.scorer.clock = this.t;
    this.scorer.decay();
    // §12.3: with the account-level hand-off, sales judges the account: its fit and its engagement.
    if (this.accountLevel) this.salesGrade = this.accountGrade();
    else this.salesGrade = this.grade;
    const engaged = this.accountLevel ? this.accountScoreAtLeast(desk.engagedAtLeast) : this.scorer.engagement >= desk.engagedAtLeast;
    const drawn = desk.answer(random, rule, this.salesGrade, engaged);
    const answer = forced || drawn;
    const again = sales.recycled > 0;
    if (again) counts[SALES_COUNT.handedOffAgain]!++;
    // A local, not this.milestones: drawDeal() writes the deal's times there.
    const answeredAt = this.t + (answer === ANSWER.noAnswer ? desk.responseHours : desk.answerDelay(random));
    if (this.accountLevel) this.handOver(answeredAt, answer);
    let reason = 0;
    if (answeredAt <= this.horizon) {
      sales.answer = answer;
      if (answer === ANSWER.noAnswer) counts[SALES_COUNT.noAnswer]!++;
      else if (answer === ANSWER.accepted) {
        counts[SALES_COUNT.accepted]!++;
        if (again) counts[SALES_COUNT.acceptedAgain]!++;
        if (sales.acceptedAt === NEVER) this.drawDeal(answeredAt);
      } else {
        reason = desk.reason(random);
        counts[SALES_COUNT.rejected]!++;
        counts[SALES_COUNT.reasons + reason]!++;
        sales.reason = reason + 1;
      }
    }
    this.nextT = answeredAt;
    if (this.advance()) return -1;
    this.t = this.nextT;
    this.now = this.t;
    if (answer === ANSWER.noAnswer) {
      if (this.timeline) this.note(this.t, 'sales:noAnswer');
    } else if (answer === ANSWER.accepted) {
      // With sales simulated, acceptance makes an SAL; SQL and customer are sales' to reach (drawDeal).
      this.raiseStage(SQL - 1);
      if (this.timeline) this.note(this.t, 'sales:accepted');
    } else {
      if (this.timeline) this.note(this.t, `sales:rejected:${REJECTION_REASONS[reason]}`);
      if (desk.recycling.enabled) {
        sales.recycled++;
        if (this.stage > desk.recycleTo) this.stage = desk.recycleTo;
        this.nextT = this.t + desk.recycling.coolOffHours;
        if (this.timeline) this.note(this.t, 'sales:recycled');
      }
    }
    return answer;
  }

  /** At the first acceptance (at `at`): whether and when the lead becomes an SQL, whether its deal is won, when it closes, its value. */
  private drawDeal(at: number): void {
    const desk = this.desk;
    const sales = this.sales;
    sales.acceptedAt = at;
    sales.grade = this.salesGrade;
    sales.afterRecycling = sales.recycled > 0;
    const toSql = desk.qualification(this.random, this.salesGrade);
    if (toSql < 0) return;
    sales.won = desk.wins(this.random, this.salesGrade);
    const cycle = desk.cycle(this.random);
    sales.valueCents = desk.valueCents(this.salesGrade, () => this.attributesNow());
    const times = this.milestones;
    times[0] = sales.sqlAt = at + toSql;
    times[1] = sales.closeAt = sales.sqlAt + cycle;
    this.pending.add(times, 0, QUALIFIED, -1);
    if (sales.won) this.pending.add(times, 1, WON, -1);
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

  /** Notes that the stage (and those before it) had been reached by `at`, for the funnel. */
  private reached(stage: number, at: number): void {
    for (let s = 0; s <= stage; s++) if (this.stageAt[s]! > at) this.stageAt[s] = at;
  }

  /** The stage rules after a score change, as of `now`. */
  private rescore(): void {
    this.raiseStage(this.scorer.stageFor(this.stage, this.grade));
  }

  /** Scores the earliest pending reaction (§6) and applies the stage rules. */
  private applyNextPending(): void {
    const pending = this.pending;
    const h = pending.take();
    const kind = pending.kind[h]!;
    if (kind >= QUALIFIED) {
      this.now = pending.at[h]!;
      this.raiseStage(kind === QUALIFIED ? SQL : kind === WON ? CUSTOMER : SQL - 1);
      if (this.timeline) this.note(this.now, REACTION_EVENTS[kind]!);
      return;
    }
    const slot = pending.slot[h]!;
    const topics = slot >= 0 ? this.j.slotTopics[slot]! : null;
    this.now = this.scorer.clock = pending.at[h]!;
    if (kind === NO_REACTION) this.scorer.noReaction(topics);
    else this.scorer.reaction(SCORED_KIND[kind]!, topics);
    if (this.trace !== null) {
      this.traceScore();
      if (kind === DOWNLOAD) this.trace.download(this.now);
    }
    this.rescore();
    if (this.timeline) this.note(this.now, REACTION_EVENTS[kind]!);
  }

  /** Leaves the journey from the current step by a way other than its outputs. */
  private leave(exit: PseudoExit, outcome: number, at: number): void {
    if (this.timeline) this.note(at, exit === 'exit' ? `exit:${OUTCOMES[outcome]}` : exit);
    this.journal.left(this.node * this.j.stride + this.pseudo + PSEUDO_COLUMN[exit]);
    return this.finish(outcome, at);
  }

  /** An output that may stay unconnected (a hand-off's rejected, …) ends the journey there: taken, and ended. */
  private endAtOutput(column: number, output: number): void {
    if (this.timeline) this.note(this.nextT, this.j.outputs[this.node]![output]!);
    this.journal.left(column);
    if (this.timeline) this.note(this.nextT, `exit:${OUTCOMES[OUTCOME.ended]}`);
    return this.finish(OUTCOME.ended, this.nextT);
  }

  /** leave(), for advance(): true, it ended. */
  private left(exit: PseudoExit, outcome: number, at: number): true {
    this.leave(exit, outcome, at);
    return true;
  }

  private finish(outcome: number, at: number): void {
    this.scorer.clock = at;
    this.scorer.decay();
    this.commit(outcome, at);
  }

  private note(t: number, event: string): void {
    this.timeline!.push({ t: round3(t), nodeId: this.j.nodes[this.node]?.id ?? '', event, score: this.scorer.engagement, stage: LIFECYCLE_STAGES[this.stage]! });
  }

  /** Counts the prospect's steps and final place in the aggregate (§10), and keeps its timeline when sampled. */
  private commit(outcome: number, at: number): void {
    const agg = this.aggregate;
    const kept = this.account === null ? null : this.account.runs[this.account.self]!;
    if (kept === null) {
      this.journal.countInto(agg);
      agg.countEmailsAt(this.mail.sendTimes, this.mail.count);
      this.ownSendTimes = this.mail.sendTimes; // (a new array when it grew)
    } else {
      kept.sendTimes = this.mail.sendTimes; // grown during the run: a new array
      kept.end.emails = this.mail.count;
    }
    // Sales goes on after the journey ends: its milestones within the horizon count in the funnel.
    const sales = this.sales;
    if (sales.acceptedAt <= this.horizon) this.reached(SQL - 1, sales.acceptedAt);
    if (sales.sqlAt <= this.horizon) this.reached(SQL, sales.sqlAt);
    if (sales.won && sales.closeAt <= this.horizon) this.reached(CUSTOMER, sales.closeAt);
    // The account accepted (a colleague handed it over) counts too, in the journey or after it.
    if (this.accountAcceptedAt <= this.horizon) this.reached(SQL - 1, this.accountAcceptedAt);
    const end = kept === null ? this.end : kept.end;
    if (kept !== null) {
      // Five numbers: a loop costs less than set()'s call.
      for (let s = 0; s < this.stageAt.length; s++) end.stageAt[s] = this.stageAt[s]!;
      end.sales.copyFrom(this.sales);
    }
    end.index = this.index;
    end.outcome = outcome;
    end.at = at;
    end.node = this.node;
    end.steps = this.steps;
    end.emails = this.emails;
    end.suppressed = this.suppressed;
    end.admitted = this.admitted;
    end.entryT = this.entryT;
    end.engagement = this.scorer.engagement;
    end.grade = this.grade;
    if (kept === null) {
      agg.countProspect(end);
      if (this.handedOver && this.hasAccount) agg.countAccountHandover(this.rolesAtHandover);
      if (this.joined) agg.countContactJoined();
    } else {
      kept.handedOver = this.handedOver;
      kept.rolesAtHandover = this.rolesAtHandover;
      kept.joined = this.joined;
      kept.timeline = null;
    }
    if (this.timeline) {
      const p = this.prospect;
      const timeline: Timeline = {
        index: this.index,
        rank: this.rank,
        prospectId: this.generated ? `p${this.index}` : p.id,
        name: p.name,
        persona: p.persona,
        ...(this.account !== null ? { account: this.account.key } : p.account !== undefined ? { account: p.account } : this.accountNumber >= 0 ? { account: `a${this.accountNumber}` } : {}),
        ...(this.role >= 0 ? { role: BUYING_ROLES[this.role]! } : {}),
        ...this.companyName(),
        outcome: OUTCOMES[outcome]!,
        finalNodeId: this.j.nodes[this.node]?.id ?? null,
        steps: chronological(this.timeline),
      };
      if (kept === null) agg.timelines.push(timeline);
      else kept.timeline = timeline;
      this.timeline = null;
    }
  }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
