// How a prospect reacts to an email or a wait for a form / visit: drawn from the persona
// (topic affinity and fatigue included) or read from the prospect's script. The rules are
// ./README.md §5; change both together.
import type { Persona, Prospect } from './model';
import type { Random } from './rng';

export const NEVER = Number.POSITIVE_INFINITY;

export interface EmailReaction {
  openAt: number;
  clickAt: number;
  downloadAt: number;
  unsubscribeAt: number;
}

const UNSUBSCRIBE_AFTER_OPEN_HOURS = 0.05;
/** A prospect interested in one of an email's topics is this much more likely to open and click it. */
export const INTEREST_FACTOR = 1.5;

/**
 * Reactions to an email sent at `t`. `recentEmails` counts the emails sent within the
 * persona's fatigue window, this one included.
 */
export function reactToEmail(
  out: EmailReaction,
  prospect: Prospect,
  persona: Persona,
  random: Random,
  t: number,
  emailNodeId: string,
  topics: readonly string[],
  recentEmails: number,
): void {
  if (prospect.script) {
    const scripted = prospect.script.emails[emailNodeId];
    out.openAt = scripted?.open == null ? NEVER : t + scripted.open;
    out.clickAt = scripted?.click == null ? NEVER : t + scripted.click;
    out.downloadAt = scripted?.download == null ? NEVER : t + scripted.download;
    out.unsubscribeAt = scripted?.unsubscribe == null ? NEVER : t + scripted.unsubscribe;
    return;
  }
  // The strongest attraction among the email's topics counts; a topic without an affinity is
  // neutral (1), so a disliked topic (below 1) lowers the chances only when nothing else draws.
  let affinity = topics.length === 0 ? 1 : 0;
  let interested = false;
  for (const topic of topics) {
    const a = persona.topicAffinity[topic] ?? 1;
    if (a > affinity) affinity = a;
    if (!interested && prospect.interests.includes(topic)) interested = true;
  }
  if (interested) affinity *= INTEREST_FACTOR;
  const extra = recentEmails > 1 ? recentEmails - 1 : 0;
  const fatigue = persona.fatigue;
  const pOpen = Math.min(1, persona.open * affinity * (1 - fatigue.openPenaltyPerEmail) ** extra);
  const delays = persona.delays;
  out.openAt = out.clickAt = out.downloadAt = out.unsubscribeAt = NEVER;
  if (!random.chance(pOpen)) return;
  out.openAt = t + random.delay(delays.openMedianHours, delays.spread);
  if (random.chance(Math.min(1, persona.clickGivenOpen * affinity))) {
    out.clickAt = out.openAt + random.delay(delays.clickMedianHours, delays.spread);
    if (random.chance(persona.downloadGivenClick)) {
      out.downloadAt = out.clickAt + random.delay(delays.downloadMedianHours, delays.spread);
    }
  }
  if (random.chance(Math.min(1, persona.unsubscribe * (1 + fatigue.unsubscribeBoostPerEmail * extra)))) {
    out.unsubscribeAt = out.openAt + UNSUBSCRIBE_AFTER_OPEN_HOURS;
  }
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
