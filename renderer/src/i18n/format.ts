// Numbers in the language of the UI (not the browser's): 19,357 and 13.4% in English,
// 19.357 and 13,4 % in German. Components re-render on a language change through
// useTranslation, so these pick the new language up.
import i18next from 'i18next';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const language = i18next.language || 'en';
  const key = `${language}|${style}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

export const formatNumber = (value: number, digits = 0): string => formatter('decimal', digits).format(value);

/** A share from 0 to 1 as a percentage. */
export const formatPercent = (share: number, digits = 1): string => formatter('percent', digits).format(share);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago a moment was, in the UI's language ("5 minutes ago", "vor 2 Tagen"); "now" under a minute. */
export function formatTimeAgo(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(i18next.language || 'en', { numeric: 'auto', style: 'short' });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  return format.format(0, 'second');
}

/** A moment as date and time in the UI's language. */
export const formatDateTime = (iso: string): string => new Intl.DateTimeFormat(i18next.language || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
