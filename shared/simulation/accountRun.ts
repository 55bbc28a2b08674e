// Buying centres in the engine (README §12). The contacts of an account are simulated
// together on one runner, as a fixed point: each contact is run against what its colleagues
// did in their latest runs (their traces), and records every time it looked at them (its
// reads). When all contacts have run, each read is checked against the colleagues' traces as
// they are now; a contact whose reads would come out differently is run again. Every read
// looks strictly into the past (or at an earlier colleague at the same moment), so an answer
// that is right up to a time stays right, and the rounds settle on the one history in which
// every contact saw its colleagues as they were. Nothing is counted until then: a contact's
// run is kept aside (DeferredRun) and committed with its account's.
import { BUYING_ROLES } from '../accounts/schema';
import { accountKey, type AccountLayout } from './accountLayout';
import type { AccountModel } from '../accounts/schema';
import type { Aggregate, ProspectEnd, Timeline } from './aggregate';
import { NEVER } from './behaviour';
import { LIFECYCLE_STAGES } from '../journey/primitives';
import { ANSWER } from './salesDesk';
import { StepJournal } from './journal';
import { ProspectSales } from './salesTally';
import { grown } from './typedArrays';

const HOURS_PER_WEEK = 168;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** How the scorer decays engagement (Scorer.decay), to read a colleague's score at any time from its trace. */
export interface DecayRule {
  factor: number;
  afterHours: number;
}

/** What colleagues can see of one contact's latest run. */
export class ContactTrace {
  /** Engagement after each change: when, the value, the last reaction then (-1: none yet) and the weeks of decay already applied. */
  changes = 0;
  at = new Float64Array(16);
  value = new Float64Array(16);
  lastReaction = new Float64Array(16);
  decayed = new Float64Array(16);
  /** Downloads counted, in time order. */
  downloads = 0;
  downloadAt = new Float64Array(8);
  /** The account hand-offs this contact made (it was first): when, when sales answered, the answer (ANSWER code), its rep's assignment time. */
  handovers = 0;
  handoverAt = new Float64Array(4);
  answeredAt = new Float64Array(4);
  answer = new Int32Array(4);
  /** The contact's buying role (index in BUYING_ROLES, -1: none) and whether its run is paused at a hand-off (its trace ends there). */
  role = -1;
  paused = false;
  pausedAt = NEVER;

  clear(role: number): void {
    this.changes = this.downloads = this.handovers = 0;
    this.role = role;
    this.paused = false;
    this.pausedAt = NEVER;
  }

  score(at: number, value: number, lastReaction: number, decayedWeeks: number): void {
    if (this.changes === this.at.length) {
      this.at = grown(this.at);
      this.value = grown(this.value);
      this.lastReaction = grown(this.lastReaction);
      this.decayed = grown(this.decayed);
    }
    const k = this.changes++;
    this.at[k] = at;
    this.value[k] = value;
    this.lastReaction[k] = lastReaction;
    this.decayed[k] = decayedWeeks;
  }

  download(at: number): void {
    if (this.downloads === this.downloadAt.length) this.downloadAt = grown(this.downloadAt);
    this.downloadAt[this.downloads++] = at;
  }

  handover(at: number, answeredAt: number, answer: number): void {
    if (this.handovers === this.handoverAt.length) {
      this.handoverAt = grown(this.handoverAt);
      this.answeredAt = grown(this.answeredAt);
      this.answer = grown(this.answer);
    }
    const k = this.handovers++;
    this.handoverAt[k] = at;
    this.answeredAt[k] = answeredAt;
    this.answer[k] = answer;
  }

  /**
   * Engagement at `t`, decayed to t as the scorer would, from the last of the first `limit`
   * changes made at or before t (`atT`), or before it (not `atT`).
   */
  scoreAt(t: number, decay: DecayRule, limit = this.changes, atT = true): number {
    let lo = 0;
    let hi = limit;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (atT ? this.at[mid]! <= t : this.at[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const k = lo - 1;
    const value = this.value[k]!;
    const last = this.lastReaction[k]!;
    if (decay.factor === 1 || last < 0) return value;
    const inactive = t - last - decay.afterHours;
    const due = (inactive <= 0 ? 0 : Math.floor(inactive / HOURS_PER_WEEK)) - this.decayed[k]!;
    return due <= 0 ? value : round2(value * decay.factor ** due);
  }

  /** How many numbers pack() writes. */
  packedSize(): number {
    return 4 + this.changes * 4 + this.downloads + this.handovers * 3;
  }

  /**
   * Writes the trace as numbers into `out` from `at` (to keep a counted contact's trace while
   * its account waits for the sales queue); returns where the next one starts. A typed array:
   * tens of thousands of accounts wait at once, and boxed numbers in plain arrays would be garbage.
   */
  pack(out: Float64Array, at: number): number {
    out[at++] = this.role;
    out[at++] = this.changes;
    for (let k = 0; k < this.changes; k++, at += 4) {
      out[at] = this.at[k]!;
      out[at + 1] = this.value[k]!;
      out[at + 2] = this.lastReaction[k]!;
      out[at + 3] = this.decayed[k]!;
    }
    out[at++] = this.downloads;
    for (let k = 0; k < this.downloads; k++) out[at++] = this.downloadAt[k]!;
    out[at++] = this.handovers;
    for (let k = 0; k < this.handovers; k++, at += 3) {
      out[at] = this.handoverAt[k]!;
      out[at + 1] = this.answeredAt[k]!;
      out[at + 2] = this.answer[k]!;
    }
    return at;
  }

  /** Reads a packed trace from `at`; returns where the next one starts. */
  unpack(data: Float64Array, at: number): number {
    this.clear(data[at++]!);
    const changes = data[at++]!;
    for (let k = 0; k < changes; k++, at += 4) this.score(data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!);
    const downloads = data[at++]!;
    for (let k = 0; k < downloads; k++) this.download(data[at++]!);
    const handovers = data[at++]!;
    for (let k = 0; k < handovers; k++, at += 3) this.handover(data[at]!, data[at + 1]!, data[at + 2]!);
    return at;
  }

  /** Whether a download was counted in [from, to). */
  downloadedBetween(from: number, to: number): boolean {
    for (let k = this.downloads - 1; k >= 0; k--) {
      const at = this.downloadAt[k]!;
      if (at < to) return at >= from;
    }
    return false;
  }
}

// What a contact read of its account: the kind, when, a parameter, and what it found.
export const READ = { boost: 0, scoreAtLeast: 1, roles: 2, handover: 3, roleEngaged: 4, rolesEngaged: 5, accountAccepted: 6 } as const;

/** The answer to a question on the roles engaged (bits): READ.roleEngaged (param: a role's index) or READ.rolesEngaged (param: how many at least). */
export function answerOfRoles(kind: number, param: number, roles: number): boolean {
  return kind === READ.roleEngaged ? (roles & (1 << param)) !== 0 : roleCount(roles) >= param;
}

export class ContactReads {
  count = 0;
  kind = new Uint8Array(16);
  at = new Float64Array(16);
  found = new Float64Array(16);
  /** For a handover read: the colleague and the hand-off it joined (or -1), packed as colleague * 65536 + k. */
  extra = new Int32Array(16);
  /** For a boost read: the open chance before the boost, and the draw that decided the open. */
  base = new Float64Array(16);
  draw = new Float64Array(16);

  /** No read but opens decided without a boost: all hold as long as no colleague downloads. */
  plain = true;
  /** No read but those, and reads that no colleague's hand-off was accepted: all hold as long as no colleague downloads or hands over. */
  quiet = true;

  clear(): void {
    this.count = 0;
    this.plain = this.quiet = true;
  }

  push(kind: number, at: number, found: number, extra: number): void {
    if (kind !== READ.boost || extra !== 0) {
      this.plain = false;
      if (kind !== READ.accountAccepted || found !== NEVER) this.quiet = false;
    }
    if (this.count === this.kind.length) {
      this.kind = grown(this.kind);
      this.at = grown(this.at);
      this.found = grown(this.found);
      this.extra = grown(this.extra);
      this.base = grown(this.base);
      this.draw = grown(this.draw);
    }
    const k = this.count++;
    this.kind[k] = kind;
    this.at[k] = at;
    this.found[k] = found;
    this.extra[k] = extra;
  }

  /** A yes or no about the account (READ.scoreAtLeast, roleEngaged, rolesEngaged) with its parameter, seen after `own` changes of the contact's own score. */
  pushAnswer(kind: number, at: number, yes: boolean, own: number, param: number): void {
    this.push(kind, at, yes ? 1 : 0, own);
    this.base[this.count - 1] = param;
  }

  /** A send's open, decided by `draw` against `base` × the boost then: it holds while the boost's answer keeps the same open. */
  pushOpen(at: number, opened: boolean, boosted: boolean, base: number, draw: number): void {
    this.push(READ.boost, at, opened ? 1 : 0, boosted ? 1 : 0);
    this.base[this.count - 1] = base;
    this.draw[this.count - 1] = draw;
  }
}

/** A finished contact's run, kept until its account is final; then counted as the engine would have. */
export class DeferredRun {
  readonly end: ProspectEnd;
  readonly journal = new StepJournal();
  /** The contact's send times: the engine's mail writes into them while the contact runs (no copy). */
  sendTimes: Float64Array = new Float64Array(32);
  timeline: Timeline | null = null;
  /** Account figures this contact adds: an account hand-off (with the roles engaged then, as bits), whether it joined a colleague's. */
  handedOver = false;
  rolesAtHandover = 0;
  joined = false;
  /** Its hand-off request when paused: ordinal, time, routing rule. */
  request = { ordinal: 0, t: 0, rule: -1 };

  constructor() {
    this.end = { index: 0, outcome: 0, at: 0, node: 0, steps: 0, emails: 0, suppressed: 0, admitted: false, entryT: 0, stageAt: new Float64Array(LIFECYCLE_STAGES.length), engagement: 0, grade: 0, sales: new ProspectSales() };
  }

}

/** The contacts of the account being run, their traces, reads and deferred runs (reused from account to account). */
export class AccountState {
  size = 0;
  /** The contact being run (position in the account). */
  self = 0;
  /** Hash of the account, for sampling its contacts' timelines together. */
  rank = 0;
  private layout: AccountLayout | null = null;
  private account = 0;

  /** The account's key (made when a timeline names it). */
  get key(): string {
    return accountKey(this.layout!, this.account);
  }
  traces: ContactTrace[] = [];
  reads: ContactReads[] = [];
  runs: DeferredRun[] = [];
  /** Whether the contacts sway each other (persona file) and for how long, in hours. */
  boost = 1;
  boostHours = 0;

  constructor(
    readonly model: AccountModel,
    readonly decay: DecayRule,
  ) {}

  open(size: number, layout: AccountLayout, account: number, rank: number): void {
    while (this.traces.length < size) {
      this.traces.push(new ContactTrace());
      this.reads.push(new ContactReads());
      this.runs.push(new DeferredRun());
    }
    // Colleagues not run yet have done nothing (the rounds find out what they did).
    for (let c = 0; c < size; c++) this.traces[c]!.clear(-1);
    this.size = size;
    this.layout = layout;
    this.account = account;
    this.rank = rank;
  }

  /** Whether a colleague of `self` downloaded within the influence window before `t` (§12.4). */
  boosted(self: number, t: number): boolean {
    const from = t - this.boostHours;
    for (let c = 0; c < this.size; c++) if (c !== self && this.traces[c]!.downloadedBetween(from, t)) return true;
    return false;
  }

  /**
   * Contact c's engagement as contact `self` sees it at `t` (§12.5): its own from the `own`
   * changes it had made when it looked; a colleague earlier in the account's order with what
   * it did at t too, a later one only with what it did before t.
   */
  private seen(c: number, self: number, t: number, own: number): number {
    const trace = this.traces[c]!;
    return c === self ? trace.scoreAt(t, this.decay, own) : trace.scoreAt(t, this.decay, trace.changes, c < self);
  }

  /** The account's engagement by the journey's rule (§12.2), as contact `self` sees it at `t` having made `own` score changes. */
  accountScore(self: number, t: number, own: number): number {
    const rule = this.model.score.rule;
    if (rule === 'topN') return this.topN(self, t, own, this.model.score.topN);
    let sum = 0;
    let max = 0;
    for (let c = 0; c < this.size; c++) {
      const score = this.seen(c, self, t, own);
      sum += score;
      if (c === 0 || score > max) max = score;
    }
    return rule === 'sum' ? round2(sum) : max;
  }

  private readonly best: number[] = [];
  private topN(self: number, t: number, own: number, n: number): number {
    const best = this.best;
    best.length = 0;
    for (let c = 0; c < this.size; c++) best.push(this.seen(c, self, t, own));
    best.sort((a, b) => b - a);
    let sum = 0;
    for (let k = 0; k < n && k < best.length; k++) sum += best[k]!;
    return round2(sum);
  }

  /** The roles engaged (bits by BUYING_ROLES index) as contact `self` sees them at `t`: contacts with a role and a score at least the threshold. */
  rolesEngaged(self: number, t: number, own: number): number {
    let bits = 0;
    for (let c = 0; c < this.size; c++) {
      const role = this.traces[c]!.role;
      if (role >= 0 && this.seen(c, self, t, own) >= this.model.engagedAtLeast) bits |= 1 << role;
    }
    return bits;
  }

  /**
   * The account hand-off a contact reaching a hand-off at `t` joins (§12.3): the latest one a
   * colleague made before (or at t, when that colleague comes first) that sales has not sent
   * back by t. Returns colleague * 65536 + its hand-off number, or -1: this contact hands the account over.
   */
  openHandover(self: number, t: number): number {
    let found = -1;
    let foundAt = -Infinity;
    let pausedBefore = false;
    for (let c = 0; c < this.size; c++) {
      if (c === self) continue;
      const trace = this.traces[c]!;
      for (let k = 0; k < trace.handovers; k++) {
        const at = trace.handoverAt[k]!;
        if (at > t || (at === t && c > self)) continue;
        const answered = trace.answeredAt[k]!;
        const sentBack = trace.answer[k] !== ANSWER.accepted && answered <= t;
        if (!sentBack && at > foundAt) {
          found = c * 65536 + k;
          foundAt = at;
        }
      }
      // A colleague paused at a hand-off before t (or at t, earlier in the account's order) may hand
      // the account over then: its trace ends there, so this contact waits for the queue's answer too.
      if (trace.paused && (trace.pausedAt < t || (trace.pausedAt === t && c < self))) pausedBefore = true;
    }
    return found < 0 && pausedBefore ? PAUSED_COLLEAGUE : found;
  }

  /** When sales first accepted a hand-off of the account a colleague of `self` made (NEVER: not). */
  acceptedByColleague(self: number): number {
    let first = NEVER;
    for (let c = 0; c < this.size; c++) {
      if (c === self) continue;
      const trace = this.traces[c]!;
      for (let k = 0; k < trace.handovers; k++) if (trace.answer[k] === ANSWER.accepted && trace.answeredAt[k]! < first) first = trace.answeredAt[k]!;
    }
    return first;
  }

  /** When contact `c` last read its account (-Infinity: never). */
  lastRead(c: number): number {
    const reads = this.reads[c]!;
    let last = -Infinity;
    for (let r = 0; r < reads.count; r++) if (reads.at[r]! > last) last = reads.at[r]!;
    return last;
  }

  /** Whether every read of contact `c` finds today what it found when it was made. */
  valid(c: number, downloads: number, handovers: number): boolean {
    const reads = this.reads[c]!;
    // Without a colleague's download, no send is boosted: a read that found none holds; and
    // without a colleague's hand-off, neither does an accepted one.
    const colleagueDownloads = downloads - this.traces[c]!.downloads;
    if (colleagueDownloads === 0 && (reads.plain || (reads.quiet && handovers === this.traces[c]!.handovers))) return true;
    for (let r = 0; r < reads.count; r++) {
      const at = reads.at[r]!;
      const found = reads.found[r]!;
      switch (reads.kind[r]) {
        case READ.boost: {
          if (colleagueDownloads === 0 && reads.extra[r] === 0) break;
          // Only whether the email was opened matters: a different boost that opens it all the same changes nothing.
          const chance = Math.min(1, reads.base[r]! * (this.boosted(c, at) ? this.boost : 1));
          if ((reads.draw[r]! < chance ? 1 : 0) !== found) return false;
          break;
        }
        case READ.scoreAtLeast:
          if ((this.accountScore(c, at, reads.extra[r]!) >= reads.base[r]! ? 1 : 0) !== found) return false;
          break;
        case READ.accountAccepted:
          if (this.acceptedByColleague(c) !== found) return false;
          break;
        case READ.roleEngaged:
        case READ.rolesEngaged:
          if ((answerOfRoles(reads.kind[r]!, reads.base[r]!, this.rolesEngaged(c, at, reads.extra[r]!)) ? 1 : 0) !== found) return false;
          break;
        case READ.roles:
          if (this.rolesEngaged(c, at, reads.extra[r]!) !== found) return false;
          break;
        case READ.handover: {
          const joined = this.openHandover(c, at);
          if (joined !== reads.extra[r]) return false;
          if (joined >= 0) {
            const trace = this.traces[joined >>> 16]!;
            const k = joined & 0xffff;
            // The joined hand-off must still end the same: same answer at the same time.
            if (trace.answer[k]! * 1e9 + trace.answeredAt[k]! !== found) return false;
          }
          break;
        }
      }
    }
    return true;
  }

  /** All downloads counted in the account. */
  downloads(): number {
    let n = 0;
    for (let c = 0; c < this.size; c++) n += this.traces[c]!.downloads;
    return n;
  }

  /** All hand-offs made in the account. */
  handovers(): number {
    let n = 0;
    for (let c = 0; c < this.size; c++) n += this.traces[c]!.handovers;
    return n;
  }

  /**
   * Whether contact `c` handed the account over first (an account counts once, however often
   * it went to sales). Its colleagues' hand-offs before its own are known even while the
   * account waits for the sales queue: they are before the moment it waits from.
   */
  private firstToHandOver(c: number): boolean {
    const own = this.traces[c]!.handoverAt[0]!;
    for (let k = 0; k < this.size; k++) {
      const trace = this.traces[k]!;
      if (k !== c && trace.handovers > 0 && (trace.handoverAt[0]! < own || (trace.handoverAt[0] === own && k < c))) return false;
    }
    return true;
  }

  /** Counts contact `c`'s deferred run into the aggregate. */
  commit(c: number, agg: Aggregate): void {
    const run = this.runs[c]!;
    run.journal.countInto(agg);
    agg.countEmailsAt(run.sendTimes, run.end.emails);
    agg.countProspect(run.end);
    if (run.handedOver && this.firstToHandOver(c)) agg.countAccountHandover(run.rolesAtHandover);
    if (run.joined) agg.countContactJoined();
    if (run.timeline) agg.timelines.push(run.timeline);
  }
}


/** openHandover(): a colleague paused at a hand-off before — the account's hand-off is not known yet. */
export const PAUSED_COLLEAGUE = -2;

/** Roles as bits → how many. */
export function roleCount(bits: number): number {
  let n = 0;
  for (let r = 0; r < BUYING_ROLES.length; r++) if (bits & (1 << r)) n++;
  return n;
}
