// One prospect's emails in a run (README §5): when each was sent, the reactions to each email
// step's latest send, which link a click landed on, and the earliest unsubscribe. Kept in typed
// arrays reused for the next prospect; the engine asks and the pending reactions hear of them.
import { CLICK, EmailDraw, INTEREST_FACTOR, type LinkWeights, linkWeights, NEVER, OPEN, REACTION_KINDS, topicAffinity, UNSUBSCRIBE } from './behaviour';
import { type FrequencyCap, holdSend, HOURS_PER_DAY, type SendWindow } from './calendar';
import { ANY_EMAIL, type CompiledJourney } from './compile';
import type { Persona, Script } from './model';
import type { PendingReactions } from './pending';
import type { Random } from './rng';
import { grown } from './typedArrays';

/** A persona of the run with its affinity for each email step of the journey (§5.1), and the weights of each step's links (§5.5). */
export interface PersonaPlan {
  persona: Persona;
  affinity: Float64Array;
  linkWeights: LinkWeights[];
}

export function personaPlan(persona: Persona, j: CompiledJourney): PersonaPlan {
  return { persona, affinity: Float64Array.from(j.emailTopics, (topics) => topicAffinity(persona, topics)), linkWeights: j.slotLinks.map((links) => linkWeights(persona, links)) };
}

/** A pending reaction that is not a reaction to an email: no open or click in time (§5.3). */
export const NO_REACTION = 3;
/** clickedLink of a scripted prospect's click: it counts for whichever link a step names. */
const ANY_LINK = -2;
/** clickedLink when no click (or a click on no link the template has). */
const NO_LINK = -1;

export class Mail {
  /** Per email slot: the times of the reactions to its latest send (behaviour.ts OPEN … UNSUBSCRIBE). */
  readonly reactions: Float64Array;
  /** Per email slot: which of its links the latest send's click was on (an index into slotLinks), NO_LINK or ANY_LINK. */
  private readonly clickedLink: Int32Array;
  /** The prospect's sends [0, count), in time order; sendTimes[count] is where the next one is placed (hold). */
  sendTimes: Float64Array = new Float64Array(32);
  /** The email slot of each send [0, count): clear() resets only these (a journey may have many emails, a prospect gets few). */
  private sentSlots = new Int32Array(32);
  count = 0;
  /** The earliest unsubscribe of all sends (NEVER: none). */
  unsubscribeAt = NEVER;
  /** The open chance's factor for the next send (a colleague's download, §12.4); the engine sets it. */
  boost = 1;

  /** The last drawn send's open chance before the boost, and the draw it was decided by (§12.5). */
  get openBase(): number {
    return this.draw.lastOpen[0]!;
  }

  get openDraw(): number {
    return this.draw.lastOpen[1]!;
  }

  /** Whether the last send's open came out as it did only because of the boost: opened with it, and not without. */
  decidedByBoost(boost: number): boolean {
    const open = this.draw.lastOpen;
    return open[1]! < Math.min(1, open[0]! * boost) && !(open[1]! < Math.min(1, open[0]!));
  }
  /** What reactionTime() found (a field, not a return value: returned times are boxed). */
  found = NEVER;
  private readonly draw = new EmailDraw();
  /** One time to schedule that is in no other array (a no-reaction). */
  private readonly quiet = new Float64Array(1);

  constructor(
    private readonly j: CompiledJourney,
    private readonly noReactionHours: number,
  ) {
    this.boost = 1.5; // a field for fractions from the start (see EmailDraw)
    this.boost = 1;
    this.reactions = new Float64Array(Math.max(1, j.emailTopics.length) * REACTION_KINDS).fill(NEVER);
    this.clickedLink = new Int32Array(Math.max(1, j.emailTopics.length)).fill(NO_LINK);
  }

  clear(): void {
    const r = this.reactions;
    for (let k = 0; k < this.count; k++) {
      const slot = this.sentSlots[k]!;
      for (let i = slot * REACTION_KINDS, end = i + REACTION_KINDS; i < end; i++) r[i] = NEVER;
      this.clickedLink[slot] = NO_LINK;
    }
    this.count = 0;
    this.unsubscribeAt = NEVER;
    this.boost = 1;
  }

  /** Places the next send, due at t, in sendTimes[count]: moved on by the send window and frequency cap (§8). */
  hold(t: number, window: SendWindow | null, cap: FrequencyCap | null): void {
    if (this.count === this.sendTimes.length) {
      this.sendTimes = grown(this.sendTimes);
      this.sentSlots = grown(this.sentSlots);
    }
    this.sendTimes[this.count] = t;
    holdSend(this.sendTimes, this.count, window, cap, this.sendTimes, this.count);
  }

  /**
   * Sends the email of `slot` at the time hold() placed, draws or reads the reactions to it
   * (§5), and schedules them.
   */
  send(slot: number, emailNodeId: string, script: Script | null, plan: PersonaPlan, interests: Uint8Array, random: Random, pending: PendingReactions): void {
    this.sentSlots[this.count] = slot;
    const t = this.sendTimes[this.count++]!;
    const base = slot * REACTION_KINDS;
    const r = this.reactions;
    const draw = this.draw;
    draw.sentAt = t;
    if (script) draw.scripted(r, base, script, emailNodeId);
    else {
      const persona = plan.persona;
      const windowStart = t - persona.fatigue.windowDays * HOURS_PER_DAY;
      let recent = 0;
      for (let i = this.count - 1; i >= 0 && this.sendTimes[i]! > windowStart; i--) recent++;
      draw.extra = recent - 1;
      draw.boost = this.boost;
      draw.affinity = plan.affinity[slot]!;
      const topics = this.j.slotTopics[slot]!;
      for (let i = 0; i < topics.length; i++) {
        if (interests[topics[i]!] === 1) {
          draw.affinity *= INTEREST_FACTOR;
          break;
        }
      }
      draw.draw(r, base, persona, random);
    }
    this.clickedLink[slot] = r[base + CLICK] === NEVER ? NO_LINK : script ? ANY_LINK : pickLink(plan.linkWeights[slot]!, random);
    // Open, click and download count when they happen; no open or click in time counts then (§5.3).
    const quiet = this.quiet;
    quiet[0] = t + this.noReactionHours;
    for (let kind = OPEN; kind <= NO_REACTION; kind++) {
      if (kind !== NO_REACTION) {
        if (r[base + kind] !== NEVER) pending.add(r, base + kind, kind, slot);
      } else if (r[base + OPEN]! > quiet[0]! && r[base + CLICK]! > quiet[0]!) pending.add(quiet, 0, NO_REACTION, slot);
    }
    if (r[base + UNSUBSCRIBE]! < this.unsubscribeAt) this.unsubscribeAt = r[base + UNSUBSCRIBE]!;
  }

  /**
   * Sets `found` to the time of a reaction (OPEN, CLICK, DOWNLOAD) to the email slot's latest
   * send, or the first at or after `from` to any email (ANY_EMAIL); a click only when it was on a
   * link the masks mark (§5.5: a step that names a link).
   */
  reactionTime(slot: number, kind: number, from: number, masks: readonly (Uint8Array | null)[] | null): void {
    const clickOn = kind === CLICK ? masks : null;
    if (slot >= 0) {
      this.found = clickOn && !this.clickedOn(slot, clickOn) ? NEVER : this.reactions[slot * REACTION_KINDS + kind]!;
      return;
    }
    let first = NEVER;
    if (slot === ANY_EMAIL) {
      for (let s = 0; s * REACTION_KINDS < this.reactions.length; s++) {
        const at = this.reactions[s * REACTION_KINDS + kind]!;
        if (at >= from && at < first && (!clickOn || this.clickedOn(s, clickOn))) first = at;
      }
    }
    this.found = first;
  }

  /** Whether the latest click on slot's email was on a link these masks mark (unknown links: any). */
  private clickedOn(slot: number, masks: readonly (Uint8Array | null)[]): boolean {
    const mask = masks[slot];
    const clicked = this.clickedLink[slot]!;
    return mask === null || mask === undefined || clicked === ANY_LINK || (clicked >= 0 && mask[clicked] === 1);
  }
}

/** Which link of an email a click is on: by the persona's weights, equal by default (§5.5). */
function pickLink(links: LinkWeights, random: Random): number {
  if (!links || links.total === 0) return NO_LINK; // links not known, none, or none this persona clicks
  return links.weights.length === 1 ? 0 : random.weighted(links.weights, links.total);
}
