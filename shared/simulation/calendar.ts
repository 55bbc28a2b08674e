// Simulated time is in hours from t = 0, a Monday 00:00 in the journey's time zone.
// Weekdays are 1 (Monday) … 7 (Sunday), as in the journey settings. See ./README.md §1, §8.
import type { JourneySettings } from '../journey/schema';

export const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 168;

export const weekdayAt = (t: number): number => (Math.floor(t / HOURS_PER_DAY) % 7) + 1;
export const weekAt = (t: number): number => Math.floor(t / HOURS_PER_WEEK);

/** t plus `days` business days (Mon–Fri), keeping the time of day; a weekend start counts from Monday. */
export function addBusinessDays(t: number, days: number): number {
  let whole = Math.floor(days);
  let at = t + (days - whole) * HOURS_PER_DAY;
  while (weekdayAt(at) > 5) at += HOURS_PER_DAY;
  while (whole > 0) {
    at += HOURS_PER_DAY;
    if (weekdayAt(at) <= 5) whole--;
  }
  return at;
}

export function durationEnd(t: number, amount: number, unit: 'hours' | 'days' | 'businessDays'): number {
  if (unit === 'hours') return t + amount;
  if (unit === 'days') return t + amount * HOURS_PER_DAY;
  return addBusinessDays(t, amount);
}

/** The next moment ≥ t that falls on one of the weekdays at HH:MM. */
export function nextWeekdayTime(t: number, weekdays: readonly number[], time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const offset = hh + mm / 60;
  const dayStart = Math.floor(t / HOURS_PER_DAY) * HOURS_PER_DAY;
  for (let d = 0; d <= 7; d++) {
    const candidate = dayStart + d * HOURS_PER_DAY + offset;
    if (candidate >= t && weekdays.includes(weekdayAt(candidate))) return candidate;
  }
  return t; // unreachable with at least one weekday
}

type SendWindow = NonNullable<JourneySettings['sendWindow']>;

/** t itself when inside the send window, else the start of the next opening. */
export function nextSendTime(t: number, window: SendWindow | null): number {
  if (!window) return t;
  const hour = t - Math.floor(t / HOURS_PER_DAY) * HOURS_PER_DAY;
  if (window.weekdays.includes(weekdayAt(t)) && hour >= window.startHour && hour < window.endHour) return t;
  const dayStart = Math.floor(t / HOURS_PER_DAY) * HOURS_PER_DAY;
  for (let d = 0; d <= 7; d++) {
    const open = dayStart + d * HOURS_PER_DAY + window.startHour;
    if (open >= t && window.weekdays.includes(weekdayAt(open))) return open;
  }
  return t;
}

type FrequencyCap = NonNullable<JourneySettings['frequencyCap']>;

/**
 * When a send due at t may go (README §8): the earliest moment ≥ t inside the send window at
 * which fewer than `maxEmails` of the prospect's sends lie in the cap's span before it.
 * `sends[0 … count)` are the earlier sends, in time order.
 */
export function nextAllowedSend(t: number, window: SendWindow | null, cap: FrequencyCap | null, sends: Float64Array, count: number): number {
  let at = nextSendTime(t, window);
  if (!cap || count < cap.maxEmails) return at;
  const span = cap.perDays * HOURS_PER_DAY;
  for (let guard = 0; guard < 1000; guard++) {
    let inSpan = 0;
    for (let i = count - 1; i >= 0 && sends[i]! > at - span; i--) inSpan++;
    if (inSpan < cap.maxEmails) return at;
    // The maxEmails-th most recent send is the one that has to leave the span.
    at = nextSendTime(Math.max(at, sends[count - cap.maxEmails]! + span), window);
  }
  return at;
}
