// Round trips: a journey exported to Klaviyo or Mautic, imported back and exported again gives an
// equivalent definition (same actions or events, same links, same settings; ids renamed and the
// account's own ids left as placeholders), for the three samples.
import { describe, expect, it } from 'vitest';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { exportToPlatform, serializePayload } from '../../../../shared/export/targets';
import { importPlatformFile } from '../../../../shared/import/platformImport';
import { readSample, SAMPLE_FILES } from '../../../support/samples';
import { normalizedKlaviyo, normalizedMautic } from '../../../support/normalizePlatform';

const sample = (file: string) => {
  const parsed = importExchange(readSample(file));
  if (!parsed.ok) throw new Error(file);
  return parsed.document;
};

describe.each(['klaviyo', 'mautic'] as const)('round trip through %s', (target) => {
  it.each(SAMPLE_FILES)('%s', (file) => {
    const { journey, templates } = sample(file);
    const first = serializePayload(exportToPlatform(target, journey, templates).payload);
    const imported = importPlatformFile(first, first.length, target);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const second = serializePayload(exportToPlatform(target, imported.document.journey, imported.document.templates).payload);
    const normalize = target === 'klaviyo' ? normalizedKlaviyo : normalizedMautic;
    expect(normalize(JSON.parse(second))).toEqual(normalize(JSON.parse(first)));
  });
});
