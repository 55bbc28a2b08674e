import { describe, expect, it } from 'vitest';
import { addBusinessDays, durationEnd, holdSend, nextWeekdayTime, placeInWindow, weekdayAt } from '../../../../shared/simulation/calendar';

type Window = Parameters<typeof placeInWindow>[2];
const nextSendTime = (t: number, window: Window) => {
  const out = Float64Array.of(t);
  placeInWindow(out, 0, window);
  return out[0];
};
const nextAllowedSend = (t: number, window: Window, cap: Parameters<typeof holdSend>[3], sends: Float64Array, count: number) => {
  const out = Float64Array.of(t);
  holdSend(out, 0, window, cap, sends, count);
  return out[0];
};

const day = (d: number, hour = 0) => d * 24 + hour; // day 0 is a Monday

describe('simulated calendar', () => {
  it('starts on a Monday', () => {
    expect([0, 1, 4, 5, 6, 7].map((d) => weekdayAt(day(d, 12)))).toEqual([1, 2, 5, 6, 7, 1]);
  });

  it('counts business days over weekends', () => {
    expect(addBusinessDays(day(4, 10), 1)).toBe(day(7, 10)); // Friday + 1 → Monday
    expect(addBusinessDays(day(5, 10), 1)).toBe(day(8, 10)); // Saturday counts from Monday → Tuesday
    expect(addBusinessDays(day(0, 9), 5)).toBe(day(7, 9));
    expect(durationEnd(day(0), 3, 'days')).toBe(day(3));
    expect(durationEnd(day(0), 5, 'hours')).toBe(5);
  });

  it('finds the next weekday and time', () => {
    expect(nextWeekdayTime(day(0, 10), [4], '09:00')).toBe(day(3, 9)); // Monday → Thursday 9:00
    expect(nextWeekdayTime(day(3, 10), [4], '09:00')).toBe(day(10, 9)); // Thursday 10:00 → next Thursday
    expect(nextWeekdayTime(day(3, 9), [4], '09:00')).toBe(day(3, 9));
  });

  it('moves a send outside the window to the next opening', () => {
    const window = { weekdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17, timeZone: 'Europe/Berlin' };
    expect(nextSendTime(day(1, 10), window)).toBe(day(1, 10));
    expect(nextSendTime(day(1, 20), window)).toBe(day(2, 9));
    expect(nextSendTime(day(1, 5), window)).toBe(day(1, 9));
    expect(nextSendTime(day(5, 10), window)).toBe(day(7, 9)); // Saturday → Monday 9:00
    expect(nextSendTime(day(4, 17), window)).toBe(day(7, 9)); // Friday 17:00 is closed
  });

  it('holds a send for the frequency cap until the maxEmails-th most recent send leaves the span, then for the window', () => {
    const cap = { maxEmails: 2, perDays: 7 };
    const window = { weekdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17, timeZone: 'Europe/Berlin' };
    const sends = Float64Array.of(day(0, 10), day(3, 10));
    expect(nextAllowedSend(day(4, 10), null, cap, sends, 1)).toBe(day(4, 10)); // one send in the span: fine
    expect(nextAllowedSend(day(4, 10), null, cap, sends, 2)).toBe(day(7, 10)); // the Monday send leaves after 7 days
    expect(nextAllowedSend(day(4, 10), window, cap, Float64Array.of(day(0, 16.5), day(3, 10)), 2)).toBe(day(7, 16.5));
    expect(nextAllowedSend(day(4, 10), window, cap, Float64Array.of(day(0, 17.5), day(3, 10)), 2)).toBe(day(8, 9)); // after hours: next morning
  });
});
