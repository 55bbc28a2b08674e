// Words a StepText (a catalogue key and its values, from shared/) in the UI's language.
import type { TFunction } from 'i18next';
import type { StepText, TextValue } from '../../../shared/journey/steps/stepKind';

export function textOf(text: StepText | string, t: TFunction): string {
  if (typeof text === 'string') return text;
  if (!text.values) return t(text.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values)) values[name] = valueOf(value, t);
  // A count drives plural forms ("1 day", "3 days"); it stays a number.
  return t(text.key, values);
}

function valueOf(value: TextValue, t: TFunction): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item: string | StepText) => textOf(item, t)).join(', ');
  return textOf(value as StepText, t);
}
