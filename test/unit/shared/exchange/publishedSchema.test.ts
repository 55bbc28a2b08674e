// The published JSON Schema is generated from the zod schema and checked here against the
// committed file, and an independent validator (ajv) accepts every exported sample.
import fs from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services';
import { exchangeJsonSchema } from '../../../../shared/exchange/format';
import { tempDir } from '../../../support/tempDir';

const SCHEMA_FILE = 'assets/schema/journey-exchange.v1.schema.json';

describe('published JSON Schema', () => {
  it('is up to date with the zod schema (regenerate with "npm run schema")', () => {
    const committed = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(exchangeJsonSchema());
  });

  it('accepts every journey the app exports, and rejects a broken one (ajv)', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
    const services = createServices({ dataDir: tempDir() });
    const journeys = services.journeys.list();
    expect(journeys).toHaveLength(4);
    for (const journey of journeys) {
      const exported = JSON.parse((await services.exchange.exportJourney(journey.id)).content);
      expect(validate(exported), `${journey.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      exported.journey.nodes[0].params = { trigger: 'telepathy' };
      expect(validate(exported)).toBe(false);
    }
    services.close();
  });
});
