// Durations as the report names them ("3 days", "1 business day").
import type { Duration } from '../journey/primitives';

export function durationText(d: Duration): string {
  const unit = d.unit === 'businessDays' ? 'business day' : d.unit.slice(0, -1);
  return `${d.amount} ${unit}${d.amount === 1 ? '' : 's'}`;
}

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Weekdays (1 = Monday) as short English names. */
export const dayList = (days: readonly number[]) => days.map((d) => WEEKDAY_NAMES[d]).join(', ');
