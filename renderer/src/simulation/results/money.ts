// Amounts in the run's currency, in the language of the UI (not the browser's): €12,500 in
// English, 12.500 € in German. Small amounts such as a cost per lead keep their cents.
import i18next from 'i18next';
import type { Currency } from '../../../../shared/sales/schema';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(currency: Currency, digits: number, compact: boolean): Intl.NumberFormat {
  const language = i18next.language || 'en';
  const key = `${language}|${currency}|${digits}|${compact}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    });
    formats.set(key, format);
  }
  return format;
}

/** An amount: whole units from 100 up, cents below. */
export const formatMoney = (value: number, currency: Currency): string => formatter(currency, Math.abs(value) < 100 && value !== Math.round(value) ? 2 : 0, false).format(value);

/** Short, for chart axes: €12K, 1,2 Mio. €. */
export const formatMoneyShort = (value: number, currency: Currency): string => formatter(currency, 0, true).format(value);
