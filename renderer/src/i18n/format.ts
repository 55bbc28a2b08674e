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
