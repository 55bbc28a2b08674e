// Numbers as typed and shown in the UI's language: German uses the decimal comma and the
// point between thousands ("1.250,5"), English the other way round ("1,250.5"). A figure
// written with thousands separators is read as such, so "25.000" in German is 25000, not 25;
// a lone point in German still reads as a decimal point ("0.05"), as the other forms take it.

const marks = (language: string) => (language.startsWith('de') ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' });
const escape = (mark: string) => `\\${mark}`;

/** A number as it stands in an input: no grouping, the decimal mark of the language. */
export const numberText = (value: number, language: string): string => String(value).replace('.', marks(language).decimal);

/** What was typed as a number, or null when it is not one. */
export function parseNumberText(text: string, language: string): number | null {
  const { decimal, group } = marks(language);
  let normal = text.trim();
  const grouped = new RegExp(`^-?[1-9]\\d{0,2}(${escape(group)}\\d{3})+(${escape(decimal)}\\d*)?$`);
  if (grouped.test(normal)) normal = normal.split(group).join('');
  if (decimal === ',' && !normal.includes('.')) normal = normal.replace(',', '.');
  const value = Number(normal);
  return normal === '' || !Number.isFinite(value) ? null : value;
}
