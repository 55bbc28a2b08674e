// How a prospect reacts to an email or a wait for a form / visit: drawn from the persona
// (topic affinity and fatigue included) or read from the prospect's script. The rules are
// ./README.md §5; change both together.
import { linkMatches, type TemplateLink } from '../templates/links';
import type { Persona, Prospect, Script } from './model';
import type { Random } from './rng';

export const NEVER = Number.POSITIVE_INFINITY;

/**
 * The reactions to one email are four times in a Float64Array, from an offset: when it is
 * opened, clicked, downloaded from and unsubscribed from (NEVER: not). Numbers in a typed
 * array are never boxed, so drawing a reaction makes no garbage.
 */
export const OPEN = 0;
export const CLICK = 1;
export const DOWNLOAD = 2;
export const UNSUBSCRIBE = 3;
export const REACTION_KINDS = 4;

/** Unsubscribing takes this long after the open (the link is in the email). */
const UNSUBSCRIBE_AFTER_OPEN_HOURS = 0.05;
/** A prospect interested in one of an email's topics is this much more likely to open and click it. */
export const INTEREST_FACTOR = 1.5;

/**
 * The persona's affinity for an email with these topics: the strongest attraction among them,
 * a topic without an affinity counting as neutral (1), so a disliked topic (below 1) lowers the
 * chances only when nothing else in the email draws; 1 for an email without topics.
 */
export function topicAffinity(persona: Persona, topics: readonly string[]): number {
  if (topics.length === 0) return 1;
  let affinity = 0;
  for (const topic of topics) {
    const a = persona.topicAffinity[topic] ?? 1;
    if (a > affinity) affinity = a;
  }
  return affinity;
}

/**
 * Draws the reactions to one email into out[at …]. Its inputs are fields, set before draw():
 * a number passed as an argument would be boxed into a new heap number on every call that
 * V8 does not inline, and a run draws millions of these.
 */
export class EmailDraw {
  /** When the email was sent (hours). */
  sentAt = 0;
  /** topicAffinity(), times INTEREST_FACTOR for an interested prospect. */
  affinity = 1;
  /** Emails beyond this one in the persona's fatigue window. */
  extra = 0;
  /** A colleague's recent download multiplies the open chance by this (§12.4; 1: none). */
  boost = 1;
  /**
   * The last drawn open: [its chance before the boost, the uniform draw it was decided by] (in
   * a typed array: storing them costs no boxed number).
   */
  readonly lastOpen = new Float64Array(2);

  constructor() {
    // A field for fractions from the start: V8 would otherwise change how it stores it (and
    // drop the code that reads it) the first time an account run sets a boost of 1.5.
    this.boost = 1.5;
    this.boost = 1;
  }

  draw(out: Float64Array, at: number, persona: Persona, random: Random): void {
    const fatigue = persona.fatigue;
    const delays = persona.delays;
    out[at + OPEN] = this.sentAt;
    out[at + CLICK] = out[at + DOWNLOAD] = out[at + UNSUBSCRIBE] = NEVER;
    // The open chance before a colleague's influence, and the draw it is compared with: kept, so
    // an account can tell whether another influence would have changed this open (§12.5).
    // (Most sends have no other email in the fatigue window: no power to take.)
    const base = this.extra === 0 ? persona.open * this.affinity : persona.open * this.affinity * (1 - fatigue.openPenaltyPerEmail) ** this.extra;
    const draw = random.uniform();
    this.lastOpen[0] = base;
    this.lastOpen[1] = draw;
    if (!(draw < Math.min(1, base * this.boost))) {
      out[at + OPEN] = NEVER;
      return;
    }
    random.delayAfter(out, at + OPEN, at + OPEN, delays.openMedianHours, delays.spread);
    if (random.chance(Math.min(1, persona.clickGivenOpen * this.affinity))) {
      random.delayAfter(out, at + CLICK, at + OPEN, delays.clickMedianHours, delays.spread);
      if (random.chance(persona.downloadGivenClick)) random.delayAfter(out, at + DOWNLOAD, at + CLICK, delays.downloadMedianHours, delays.spread);
    }
    if (random.chance(Math.min(1, persona.unsubscribe * (1 + fatigue.unsubscribeBoostPerEmail * this.extra)))) {
      out[at + UNSUBSCRIBE] = out[at + OPEN]! + UNSUBSCRIBE_AFTER_OPEN_HOURS;
    }
  }

  /** The reactions a script lists (hours after the send; a reaction not listed never happens). */
  scripted(out: Float64Array, at: number, script: Script, emailNodeId: string): void {
    const scripted = script.emails[emailNodeId];
    const t = this.sentAt;
    out[at + OPEN] = scripted?.open == null ? NEVER : t + scripted.open;
    out[at + CLICK] = scripted?.click == null ? NEVER : t + scripted.click;
    out[at + DOWNLOAD] = scripted?.download == null ? NEVER : t + scripted.download;
    out[at + UNSUBSCRIBE] = scripted?.unsubscribe == null ? NEVER : t + scripted.unsubscribe;
  }
}

/**
 * Reactions to an email sent at `t`, scripted or drawn. `recentEmails` counts the emails sent
 * within the persona's fatigue window, this one included. (The engine does the same with
 * affinities it worked out once per journey.)
 */
export function reactToEmail(
  out: Float64Array,
  prospect: Prospect,
  persona: Persona,
  random: Random,
  t: number,
  emailNodeId: string,
  topics: readonly string[],
  recentEmails: number,
): void {
  const draw = new EmailDraw();
  draw.sentAt = t;
  if (prospect.script) return draw.scripted(out, 0, prospect.script, emailNodeId);
  const interested = topics.some((topic) => prospect.interests.includes(topic));
  draw.affinity = topicAffinity(persona, topics) * (interested ? INTEREST_FACTOR : 1);
  draw.extra = recentEmails > 1 ? recentEmails - 1 : 0;
  draw.draw(out, 0, persona, random);
}

/** The weights of an email's links for a persona (§5.5), and their sum; null when the links are not known. */
export type LinkWeights = { weights: number[]; total: number } | null;

/** Each link weighs 1, or what the persona's linkWeights give a name it answers to. */
export function linkWeights(persona: Persona, links: readonly TemplateLink[] | null): LinkWeights {
  if (!links) return null;
  const weights = links.map((link) => {
    for (const [name, weight] of Object.entries(persona.linkWeights)) if (linkMatches(link, name)) return weight;
    return 1;
  });
  return { weights, total: weights.reduce((a, b) => a + b, 0) };
}

/** When a prospect sends a form / visits the site after a wait for it starts at `t` (NEVER = not). */
export function reactToWait(prospect: Prospect, persona: Persona, random: Random, t: number, event: 'form' | 'visit'): number {
  if (prospect.script) {
    const after = prospect.script[event];
    return after == null ? NEVER : t + after;
  }
  const chance = event === 'form' ? persona.form : persona.visit;
  return random.chance(chance) ? t + random.delay(persona.delays.formMedianHours, persona.delays.spread) : NEVER;
}
