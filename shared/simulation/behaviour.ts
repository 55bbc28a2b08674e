// How a prospect reacts to an email or a wait for a form / visit: drawn from the persona
// (topic affinity and fatigue included) or read from the prospect's script. The rules are
// ./README.md §5; change both together.
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
 * Draws the reactions to an email sent at `t` into out[at …]. `affinity` is topicAffinity(), times
 * INTEREST_FACTOR for an interested prospect; `extra` counts the emails beyond this one in
 * the persona's fatigue window.
 */
export function drawEmailReaction(out: Float64Array, at: number, persona: Persona, random: Random, t: number, affinity: number, extra: number): void {
  const fatigue = persona.fatigue;
  const pOpen = Math.min(1, persona.open * affinity * (1 - fatigue.openPenaltyPerEmail) ** extra);
  const delays = persona.delays;
  out[at + OPEN] = out[at + CLICK] = out[at + DOWNLOAD] = out[at + UNSUBSCRIBE] = NEVER;
  if (!random.chance(pOpen)) return;
  const openAt = (out[at + OPEN] = t + random.delay(delays.openMedianHours, delays.spread));
  if (random.chance(Math.min(1, persona.clickGivenOpen * affinity))) {
    const clickAt = (out[at + CLICK] = openAt + random.delay(delays.clickMedianHours, delays.spread));
    if (random.chance(persona.downloadGivenClick)) out[at + DOWNLOAD] = clickAt + random.delay(delays.downloadMedianHours, delays.spread);
  }
  if (random.chance(Math.min(1, persona.unsubscribe * (1 + fatigue.unsubscribeBoostPerEmail * extra)))) {
    out[at + UNSUBSCRIBE] = openAt + UNSUBSCRIBE_AFTER_OPEN_HOURS;
  }
}

/** The reactions a script lists for an email sent at `t` (a reaction not listed never happens). */
export function scriptedEmailReaction(out: Float64Array, at: number, script: Script, emailNodeId: string, t: number): void {
  const scripted = script.emails[emailNodeId];
  out[at + OPEN] = scripted?.open == null ? NEVER : t + scripted.open;
  out[at + CLICK] = scripted?.click == null ? NEVER : t + scripted.click;
  out[at + DOWNLOAD] = scripted?.download == null ? NEVER : t + scripted.download;
  out[at + UNSUBSCRIBE] = scripted?.unsubscribe == null ? NEVER : t + scripted.unsubscribe;
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
  if (prospect.script) return scriptedEmailReaction(out, 0, prospect.script, emailNodeId, t);
  const interested = topics.some((topic) => prospect.interests.includes(topic));
  const affinity = topicAffinity(persona, topics) * (interested ? INTEREST_FACTOR : 1);
  drawEmailReaction(out, 0, persona, random, t, affinity, recentEmails > 1 ? recentEmails - 1 : 0);
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
