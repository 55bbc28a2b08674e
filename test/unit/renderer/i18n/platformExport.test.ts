// Every report note and to-do has a German wording with the same {{placeholders}} as the English
// original in shared/export/reportText.ts (the English UI uses that original itself).
import { describe, expect, it } from 'vitest';
import { ENGLISH_NOTES, ENGLISH_TODOS } from '../../../../shared/export/reportText';
import { platformExportDe } from '../../../../renderer/src/i18n/platformExport';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('German wording of the capability report', () => {
  it.each([
    ['notes', ENGLISH_NOTES, platformExportDe.notes],
    ['todos', ENGLISH_TODOS, platformExportDe.todos],
  ] as const)('%s: every code, the same placeholders', (_kind, english, german) => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
    for (const [code, text] of Object.entries(english)) expect(placeholders(german[code]!), code).toEqual(placeholders(text));
  });
});
