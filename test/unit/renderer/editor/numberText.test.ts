import { describe, expect, it } from 'vitest';
import { numberText, parseNumberText } from '../../../../renderer/src/editor/journey/numberText';

describe('numbers typed in the UI language', () => {
  it('reads the German decimal comma and thousands points', () => {
    expect(parseNumberText('0,05', 'de')).toBe(0.05);
    expect(parseNumberText('25.000', 'de')).toBe(25_000);
    expect(parseNumberText('1.250,5', 'de')).toBe(1250.5);
    expect(parseNumberText(' 70 ', 'de')).toBe(70);
    expect(parseNumberText('-3,5', 'de')).toBe(-3.5);
  });

  it('still reads a lone point as a decimal point in German, as the other forms do', () => {
    expect(parseNumberText('0.05', 'de')).toBe(0.05);
    expect(parseNumberText('1.5', 'de')).toBe(1.5);
    expect(parseNumberText('0.125', 'de')).toBe(0.125); // a leading 0 is never a thousands group
  });

  it('reads English thousands commas and refuses a decimal comma there', () => {
    expect(parseNumberText('25,000', 'en')).toBe(25_000);
    expect(parseNumberText('1,250.5', 'en')).toBe(1250.5);
    expect(parseNumberText('0.05', 'en')).toBe(0.05);
    expect(parseNumberText('0,05', 'en')).toBeNull();
  });

  it('says null for what is not a number', () => {
    for (const text of ['', '  ', 'abc', '1,2,3', '12.34.56', '1e999']) expect(parseNumberText(text, 'de'), text).toBeNull();
    expect(parseNumberText('70.', 'en')).toBe(70); // half-typed "70.5" reads as 70 meanwhile
  });

  it('shows a number with the decimal mark of the language and no grouping', () => {
    expect(numberText(0.05, 'de')).toBe('0,05');
    expect(numberText(25_000, 'de')).toBe('25000');
    expect(numberText(0.05, 'en')).toBe('0.05');
  });
});
