// Every import report line has a German wording with the same {{placeholders}} as the English
// original in shared/import/importText.ts (the English UI uses that original itself).
import { describe, expect, it } from 'vitest';
import { IMPORT_TEXTS } from '../../../../shared/import/importText';
import { platformImportDe } from '../../../../renderer/src/i18n/platformImport';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('German wording of the import report', () => {
  it('every code, the same placeholders', () => {
    expect(Object.keys(platformImportDe.lines).sort()).toEqual(Object.keys(IMPORT_TEXTS).sort());
    for (const [code, text] of Object.entries(IMPORT_TEXTS)) expect(placeholders(platformImportDe.lines[code]!), code).toEqual(placeholders(text));
  });
});
