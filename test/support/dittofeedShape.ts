// Checks Dittofeed bodies against the JSON Schema derived from Dittofeed's TypeBox definitions
// (test/support/vendor/dittofeed.schema.json: dittofeed/dittofeed
// packages/isomorphic-lib/src/types.ts at 52b2bee909744d07dd5d409fd3974d4b95c66766). TypeBox objects
// allow unknown fields (Fastify strips them); the check is stricter and refuses them, so a
// misspelt field is caught rather than silently dropped.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const file = JSON.parse(fs.readFileSync(path.resolve('test/support/vendor/dittofeed.schema.json'), 'utf8')) as { schemas: Record<string, Record<string, unknown>> };

/** Every object schema with properties refuses other fields (not inside allOf, where it would refuse its siblings' fields). */
function strict(schema: unknown, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strict(s, inAllOf));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && typeof v === 'object' && v !== null) out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strict(s)]));
    else out[k] = strict(v, k === 'allOf');
  }
  if (out.type === 'object' && out.properties && !inAllOf && out.additionalProperties === undefined && !out.allOf) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(strict(file.schemas.LowCodeEmailJsonBody) as object, 'LowCodeEmailJsonBody');
const validators = new Map<string, ValidateFunction>();
function validator(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) validators.set(name, (v = ajv.compile({ ...(strict(file.schemas[name]) as object), $id: undefined })));
  return v;
}

export function checkDittofeedShape(value: unknown, schema: 'UpsertJourneyResource' | 'UpsertSegmentResource' | 'UpsertMessageTemplateResource', at: string): string[] {
  const v = validator(schema);
  if (v(value)) return [];
  return (v.errors ?? []).slice(0, 10).map((e) => `${at}${e.instancePath}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
