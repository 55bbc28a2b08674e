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

export type SendWindow = NonNullable<JourneySettings['sendWindow']>;

/**
 * The send window (README §8): out[i] holds a time; afterwards, that time when it is inside the
 * window, else the start of the window's next opening. Times stay in the array: a time returned
 * from a call V8 does not inline is boxed into a new heap number, and a run asks millions of times.
 */
export function placeInWindow(out: Float64Array, i: number, window: SendWindow | null): void {
  if (!window) return;
  const days = sendDays(window);
  const t = out[i]!;
  const dayStart = Math.floor(t / HOURS_PER_DAY) * HOURS_PER_DAY;
  const hour = t - dayStart;
  if (((days >> weekdayAt(t)) & 1) === 1 && hour >= window.startHour && hour < window.endHour) return;
  for (let d = 0; d <= 7; d++) {
    const open = dayStart + d * HOURS_PER_DAY + window.startHour;
    if (open >= t && ((days >> weekdayAt(open)) & 1) === 1) {
      out[i] = open;
      return;
    }
  }
}

// The window's weekdays as bits (bit d: weekday d), kept for the list last asked about: a run
// asks about one window millions of times.
let daysOf: readonly number[] | null = null;
let daysBits = 0;
function sendDays(window: SendWindow): number {
  if (window.weekdays !== daysOf) {
    daysBits = 0;
    for (const day of window.weekdays) daysBits |= 1 << day;
    daysOf = window.weekdays;
  }
  return daysBits;
}

export type FrequencyCap = NonNullable<JourneySettings['frequencyCap']>;

/**
 * When a send may go (README §8): out[i] holds the time it is due; afterwards, the earliest
 * moment from then inside the send window at which fewer than `maxEmails` of the prospect's
 * sends lie in the cap's span before it. `sends[0 … count)` are the earlier sends, in time
 * order (the engine passes its send times, with i = count: where this send will be kept).
 */
export function holdSend(out: Float64Array, i: number, window: SendWindow | null, cap: FrequencyCap | null, sends: Float64Array, count: number): void {
  placeInWindow(out, i, window);
  if (!cap || count < cap.maxEmails) return;
  const span = cap.perDays * HOURS_PER_DAY;
  for (let guard = 0; guard < 1000; guard++) {
    const at = out[i]!;
    let inSpan = 0;
    for (let k = count - 1; k >= 0 && sends[k]! > at - span; k--) inSpan++;
    if (inSpan < cap.maxEmails) return;
    // The maxEmails-th most recent send is the one that has to leave the span.
    out[i] = Math.max(at, sends[count - cap.maxEmails]! + span);
    placeInWindow(out, i, window);
  }
}

/**
 * A moment of the run as a clock shows it, to the minute: the day (1 = the first, a Monday),
 * its weekday (1 = Monday) and the time. Rounded as a whole, so 23:59:45 is the next day's 00:00,
 * never "24:00" or a day's 23:00.
 */
export function clockAt(hours: number): { day: number; weekday: number; time: string } {
  const minutes = Math.round(hours * 60);
  const dayIndex = Math.floor(minutes / (HOURS_PER_DAY * 60));
  const ofDay = minutes - dayIndex * HOURS_PER_DAY * 60;
  const time = `${String(Math.floor(ofDay / 60)).padStart(2, '0')}:${String(ofDay % 60).padStart(2, '0')}`;
  return { day: dayIndex + 1, weekday: (((dayIndex % 7) + 7) % 7) + 1, time };
}
