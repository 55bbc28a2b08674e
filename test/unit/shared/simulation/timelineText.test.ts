// What Replay shows of a moment and of an event, read in shared code: the clock to the minute
// (rounded as a whole, so the last seconds of a day are the next day's 00:00), and every kind
// of event the engine writes.
import { describe, expect, it } from 'vitest';
import { clockAt } from '../../../../shared/simulation/calendar';
import { timelineEventOf } from '../../../../shared/simulation/timeline';

describe('the clock of a run', () => {
  it('reads hours as day, weekday and time; the run starts on a Monday at 00:00', () => {
    expect(clockAt(0)).toEqual({ day: 1, weekday: 1, time: '00:00' });
    expect(clockAt(14.5)).toEqual({ day: 1, weekday: 1, time: '14:30' });
    expect(clockAt(24 * 6 + 9.25)).toEqual({ day: 7, weekday: 7, time: '09:15' });
    expect(clockAt(24 * 7)).toEqual({ day: 8, weekday: 1, time: '00:00' });
  });

  it('rounds to the minute as a whole: 23:59:45 is the next day at 00:00, never 23:00 of the same day', () => {
    expect(clockAt(23 + 59.75 / 60)).toEqual({ day: 2, weekday: 2, time: '00:00' });
    expect(clockAt(47.9999)).toEqual({ day: 3, weekday: 3, time: '00:00' });
    expect(clockAt(23 + 59.4 / 60)).toEqual({ day: 1, weekday: 1, time: '23:59' });
  });
});

describe('timeline events', () => {
  it('reads every kind the engine writes', () => {
    expect(timelineEventOf('entered')).toEqual({ kind: 'entered' });
    expect(timelineEventOf('exit:converted')).toEqual({ kind: 'exit', outcome: 'converted' });
    expect(timelineEventOf('queued:salesCapacity')).toEqual({ kind: 'queued' });
    expect(timelineEventOf('held:sendWindowOrCap')).toEqual({ kind: 'held' });
    expect(timelineEventOf('suppressed:noConsent')).toEqual({ kind: 'suppressed' });
    expect(timelineEventOf('sales:rejected:noBudget')).toEqual({ kind: 'salesRejected', reason: 'noBudget' });
    expect(timelineEventOf('sales:recycled')).toEqual({ kind: 'sales', what: 'recycled' });
    expect(timelineEventOf('won')).toEqual({ kind: 'named', name: 'won' });
    expect(timelineEventOf('unsubscribed')).toEqual({ kind: 'named', name: 'unsubscribed' });
    expect(timelineEventOf('timeout')).toEqual({ kind: 'output', output: 'timeout' });
    expect(timelineEventOf('accepted')).toEqual({ kind: 'output', output: 'accepted' });
  });
});
