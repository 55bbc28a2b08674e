import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../../../shared/files/fileName';

describe('export file names', () => {
  it('keep letters, digits and dashes; fall back when nothing is left', () => {
    expect(fileNameOf('Whitepaper follow-up (sample)', 'journey')).toBe('whitepaper-follow-up-sample');
    expect(fileNameOf('Grüße / Übersicht: Q3', 'journey')).toBe('grue-ubersicht-q3');
    expect(fileNameOf('../../etc/passwd', 'journey')).toBe('etcpasswd');
    expect(fileNameOf('***', 'fallback')).toBe('fallback');
    expect(fileNameOf('x'.repeat(200), 'journey')).toHaveLength(80);
  });
});
