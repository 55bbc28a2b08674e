// The analytic check of shared/simulation/README.md: a journey whose every count follows from
// that page by hand, run with 100,000 prospects. Each expected count is Σ p over the prospects
// (grouped into classes that share their probabilities), and each must lie within 4σ, where
// σ² = Σ p(1 − p); counts that follow with certainty must match exactly. Section numbers (§)
// refer to the README.
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../shared/simulation/model';
import { OUTCOMES, type Outcome } from '../../../../shared/simulation/aggregate';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { exactPersona, inputOf, journeyOf, prospect } from '../../../support/simulation';

// ── the journey ──
// entry → e1 [pricing] → w1: opened e1 within 3 days?
//   event   → pause1 (1 day) → c1: clicked e1? → yes: clicked (converted) / no: opened (ended)
//   timeout → e2 [case-study] → pause2 (1 day) → e3 [pricing, news] → w3: opened e3 within 2 days?
//               event → pause3 (1 day) → late (ended) ;  timeout → quiet (ended)
// Send window Mon–Fri 9–17, at most 2 emails per 7 days, horizon 14 days, consent required.
const journey = journeyOf(
  [
    { id: 'entry', type: 'entry' },
    { id: 'e1', type: 'sendEmail', params: { templateId: 't', topics: ['pricing'] } },
    { id: 'w1', type: 'waitForEvent', params: { event: 'open', emailNodeId: 'e1', timeout: { amount: 3, unit: 'days' } }, outputs: { event: 'pause1', timeout: 'e2' } },
    { id: 'pause1', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'days' } },
    { id: 'c1', type: 'condition', params: { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'e1' } }, outputs: { yes: 'clicked', no: 'opened' } },
    { id: 'clicked', type: 'exit', params: { reason: 'converted' } },
    { id: 'opened', type: 'exit', params: { reason: 'ended' } },
    { id: 'e2', type: 'sendEmail', params: { templateId: 't', topics: ['case-study'] } },
    { id: 'pause2', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'days' } },
    { id: 'e3', type: 'sendEmail', params: { templateId: 't', topics: ['pricing', 'news'] } },
    { id: 'w3', type: 'waitForEvent', params: { event: 'open', emailNodeId: 'e3', timeout: { amount: 2, unit: 'days' } }, outputs: { event: 'pause3', timeout: 'quiet' } },
    { id: 'pause3', type: 'wait', params: { mode: 'duration', amount: 1, unit: 'days' } },
    { id: 'late', type: 'exit', params: { reason: 'ended' } },
    { id: 'quiet', type: 'exit', params: { reason: 'ended' } },
  ],
  {
    settings: {
      sendWindow: { weekdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17, timeZone: 'Europe/Berlin' },
      frequencyCap: { maxEmails: 2, perDays: 7 },
    },
  },
);
const HORIZON_DAYS = 14;

// ── the personas ──
// A: log-normal delays (σ 0.8), never unsubscribes; dislikes pricing (0.6), likes case studies (1.5).
// B: exact delays (σ 0), unsubscribes with a fatigue boost; likes pricing (1.5), dislikes case studies (0.5).
const A = exactPersona({
  id: 'a', open: 0.5, clickGivenOpen: 0.4, unsubscribe: 0,
  delays: { openMedianHours: 20, clickMedianHours: 1, spread: 0.8 },
  topicAffinity: { pricing: 0.6, 'case-study': 1.5 },
  fatigue: { windowDays: 7, openPenaltyPerEmail: 0.2, unsubscribeBoostPerEmail: 1 },
});
const B = exactPersona({
  id: 'b', open: 0.4, clickGivenOpen: 0.3, unsubscribe: 0.05,
  delays: { openMedianHours: 4, clickMedianHours: 0.5, spread: 0 },
  topicAffinity: { pricing: 1.5, 'case-study': 0.5 },
  fatigue: { windowDays: 7, openPenaltyPerEmail: 0.25, unsubscribeBoostPerEmail: 2 },
});

// ── the prospects: 100,000 in classes ──
// Every 20th has no consent (§3: not eligible). Persona A or B alternately; half enter on a
// Monday at 10:00 (t = 10, inside the send window), half on a Saturday at 12:00 (t = 132, held
// to Monday 9:00, t = 177). Half of the A prospects are interested in case studies.
const N = 100_000;
type Group = 'monday' | 'saturday';
interface Class { persona: Persona; group: Group; interested: boolean; n: number }
const classes = new Map<string, Class>();
let withoutConsent = 0;
const prospects = Array.from({ length: N }, (_, i) => {
  const persona = i % 2 === 0 ? A : B;
  const group: Group = (i >> 1) % 2 === 0 ? 'monday' : 'saturday';
  const interested = persona === A && (i >> 2) % 2 === 0;
  const consent = i % 20 !== 19;
  if (!consent) withoutConsent++;
  else {
    const key = `${persona.id}/${group}/${interested}`;
    const c = classes.get(key) ?? { persona, group, interested, n: 0 };
    c.n++;
    classes.set(key, c);
  }
  return prospect(`p${i}`, { persona: persona.id, consent, interests: interested ? ['case-study'] : [], enteredAfterHours: group === 'monday' ? 10 : 132 });
});

// ── the README's formulas ──
/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
/** §5.2: P(log-normal delay with median m ≤ d). */
const within = (persona: Persona, median: number, d: number) => (persona.delays.spread === 0 ? (median <= d ? 1 : 0) : phi(Math.log(d / median) / persona.delays.spread));
/** §5.1: affinity = the strongest over the topics (1 when absent), × 1.5 with an interest. */
function affinity(c: Class, topics: string[]): number {
  const a = Math.max(...topics.map((topic) => c.persona.topicAffinity[topic] ?? 1));
  return c.interested && topics.some((topic) => topic === 'case-study') ? a * 1.5 : a;
}
const pOpen = (c: Class, topics: string[], extra: number) => Math.min(1, c.persona.open * affinity(c, topics) * (1 - c.persona.fatigue.openPenaltyPerEmail) ** extra);
const pClick = (c: Class, topics: string[]) => Math.min(1, c.persona.clickGivenOpen * affinity(c, topics));
const pUnsub = (c: Class, extra: number) => Math.min(1, c.persona.unsubscribe * (1 + c.persona.fatigue.unsubscribeBoostPerEmail * extra));

/**
 * Each count as, per class, the probability that one prospect adds to it. The timeline of the
 * timeout path, worked out with §1, §7 and §8:
 *   Monday group:   e1 at 10 (Mon 10:00), w1 times out at 82 (Thu), e2 at 82 (1 earlier send in
 *                   the cap's 7 days: allowed), pause2 to 106 (Fri), e3 due at 106 but the cap
 *                   holds it (2 sends in (106 − 168, 106]) until the send at 10 leaves the span:
 *                   178 (Mon 10:00, inside the window), w3 until 226 at most, pause3 ends by 250.
 *   Saturday group: e1 held by the window to 177 (Mon 9:00), w1 times out at 249, e2 at 249,
 *                   pause2 to 273, e3 held by the cap until 177 + 168 = 345 > horizon 336: the
 *                   prospect ends waiting at e3.
 * Fatigue (§5.1, 7-day window): e1 has no extra email; e2 and e3 have one (e3 at 178 counts
 * the sends at 82 and 178; the one at 10 is exactly 7 days before and no longer counts).
 * B's opens and unsubscribes (open + 4.05 h) fall inside each 1-day pause; A never unsubscribes,
 * so A's late opens (after a wait timed out) change no count.
 */
function probabilities(c: Class): Record<string, number> {
  const p = c.persona;
  // e1 → w1 → pause1 → c1
  const opened1 = pOpen(c, ['pricing'], 0) * within(p, p.delays.openMedianHours, 72);
  const unsub1 = opened1 * pUnsub(c, 0);
  const clicked1 = (opened1 - unsub1) * pClick(c, ['pricing']) * within(p, p.delays.clickMedianHours, 24);
  const timeout1 = 1 - opened1;
  // e2 → pause2
  const unsub2 = timeout1 * pOpen(c, ['case-study'], 1) * pUnsub(c, 1);
  const reachE3 = timeout1 - unsub2;
  // e3 → w3 → pause3 (Monday group only; the Saturday group waits at e3)
  const monday = c.group === 'monday' ? 1 : 0;
  const opened3 = monday * reachE3 * pOpen(c, ['pricing', 'news'], 1) * within(p, p.delays.openMedianHours, 48);
  const unsub3 = opened3 * pUnsub(c, 1);
  return {
    'e1.entered': 1,
    'w1.event': opened1,
    'w1.timeout': timeout1,
    'pause1.unsubscribed': unsub1,
    'pause1.next': opened1 - unsub1,
    'c1.yes': clicked1,
    'c1.no': opened1 - unsub1 - clicked1,
    'e2.entered': timeout1,
    'pause2.unsubscribed': unsub2,
    'pause2.next': reachE3,
    'e3.entered': reachE3,
    'e3.waiting': (1 - monday) * reachE3,
    'w3.event': opened3,
    'w3.timeout': monday * reachE3 - opened3,
    'pause3.unsubscribed': unsub3,
    'late.entered': opened3 - unsub3,
    converted: clicked1,
    unsubscribed: unsub1 + unsub2 + unsub3,
    waiting: (1 - monday) * reachE3,
    ended: opened1 - unsub1 - clicked1 + (monday * reachE3 - opened3) + (opened3 - unsub3),
  };
}

/** Emails sent to one prospect of the class: 1, 2 (e2 after a timeout) or 3 (and e3, Monday group). */
function emailsSent(c: Class): { mean: number; variance: number } {
  const p = probabilities(c);
  const [two, three] = [p['e2.entered']! - p['w3.event']! - p['w3.timeout']!, p['w3.event']! + p['w3.timeout']!];
  const one = 1 - two - three;
  const mean = one + 2 * two + 3 * three;
  return { mean, variance: one + 4 * two + 9 * three - mean * mean };
}

describe('the behaviour model page, checked by hand against 100,000 prospects', () => {
  it('gives every count within 4σ of what shared/simulation/README.md says', async () => {
    const { results: r } = await simulateInProcess(inputOf(journey, prospects, [A, B], { seed: 2024, horizonDays: HORIZON_DAYS, timelineSample: 0 }));
    const expected = new Map<string, { mean: number; variance: number }>();
    for (const c of classes.values()) {
      for (const [key, p] of Object.entries(probabilities(c))) {
        const e = expected.get(key) ?? { mean: 0, variance: 0 };
        e.mean += c.n * p;
        e.variance += c.n * p * (1 - p);
        expected.set(key, e);
      }
      const emails = expected.get('emails') ?? { mean: 0, variance: 0 };
      emails.mean += c.n * emailsSent(c).mean;
      emails.variance += c.n * emailsSent(c).variance;
      expected.set('emails', emails);
    }
    const node = (id: string) => r.nodes.find((n) => n.id === id)!;
    const actual = (key: string): number => {
      if ((OUTCOMES as readonly string[]).includes(key)) return r.exits[key as Outcome];
      if (key === 'emails') return r.totals.emailsSent;
      const [id, what] = key.split('.') as [string, string];
      return what === 'entered' ? node(id).entered : what === 'waiting' ? node(id).waiting : node(id).exits[what]!;
    };
    const admitted = N - withoutConsent;
    const misses: string[] = [];
    for (const [key, { mean, variance }] of expected) {
      const sigma = Math.sqrt(variance);
      const got = actual(key);
      if (Math.abs(got - mean) > 4 * sigma + 1e-9) misses.push(`${key}: ${got}, expected ${mean.toFixed(1)} ± ${(4 * sigma).toFixed(1)}`);
    }
    expect(misses).toEqual([]);
    // Certain counts (§3): consent decides admission; the admitted all enter the funnel as inquiries.
    expect(r.exits.notEligible).toBe(withoutConsent);
    expect(node('entry').exits.next).toBe(admitted);
    expect(r.funnel[0]!.reached).toBe(admitted);
    expect(r.prospects).toBe(N);
  });
});
