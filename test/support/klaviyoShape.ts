// A run-time shape check of Klaviyo request bodies (wire JSON) against the vendor's own SDK
// (npm klaviyo-api): the serializer's attribute type maps give each model's wire field names and
// types, its enums the allowed values; the generated model sources say which fields are required
// and nullable and which models are unions. Unknown fields, missing required fields, wrong types
// and values outside an enum are reported with their JSON path.
import fs from 'node:fs';
import path from 'node:path';
import * as klaviyo from 'klaviyo-api';

const MODEL_DIR = path.resolve('node_modules/klaviyo-api/model');
type Attribute = { name: string; baseName: string; type: string };
type Model = { getAttributeTypeMap(): Attribute[] };
const sdk = klaviyo as unknown as Record<string, unknown>;
export { enumValues };

const sources = new Map<string, string | null>();
function source(type: string): string | null {
  if (!sources.has(type)) {
    const file = path.join(MODEL_DIR, `${type[0]!.toLowerCase()}${type.slice(1)}.ts`);
    sources.set(type, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  }
  return sources.get(type)!;
}

/** The values of an SDK enum, read from its generated source (`Name = <any> 'value'`); the compiled object maps both ways. */
function enumValues(type: string): string[] | null {
  const [outer, inner] = type.split('.');
  const text = source(outer!);
  if (!text) return null;
  const block = text.match(new RegExp(`export enum ${inner ?? outer} \\{([^}]*)\\}`));
  if (!block) return null;
  return Array.from(block[1]!.matchAll(/= (?:<any> )?'([^']*)'/g), (m) => m[1]!);
}

function unionMembers(type: string): string[] | null {
  const match = source(type)?.match(new RegExp(`export type ${type} = ([^;]+);`));
  if (!match) return null;
  return match[1]!.split('|').map((m) => m.trim());
}

/** The SDK's camelCase field name as a wire field name, the way its attribute maps do it. */
export const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function attributesOf(type: string): Attribute[] | null {
  const model = sdk[type] as Model | undefined;
  return model && typeof model.getAttributeTypeMap === 'function' ? model.getAttributeTypeMap() : null;
}

function declaration(type: string, name: string): { optional: boolean; nullable: boolean } {
  const match = source(type)?.match(new RegExp(`'${name}'(\\??):\\s*([^;=]+)`));
  return { optional: match?.[1] === '?', nullable: /\bnull\b/.test(match?.[2] ?? '') };
}

export function checkKlaviyoShape(value: unknown, type: string, at = '$'): string[] {
  const errors: string[] = [];
  walk(value, type, at, errors);
  return errors;
}

function walk(value: unknown, type: string, at: string, errors: string[]): void {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) return void errors.push(`${at}: expected an array (${type})`);
    value.forEach((item, i) => walk(item, array[1]!, `${at}[${i}]`, errors));
    return;
  }
  switch (type) {
    case 'any':
      return;
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== type) errors.push(`${at}: expected ${type}, got ${JSON.stringify(value)}`);
      return;
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) errors.push(`${at}: expected an object`);
      return;
    case 'Date':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) errors.push(`${at}: expected a date`);
      return;
  }
  const values = enumValues(type);
  if (values) {
    if (!values.includes(value as string)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${type}`);
    return;
  }
  const members = unionMembers(type);
  if (members) {
    if (members.every((m) => ['string', 'number', 'boolean'].includes(m))) {
      if (!members.includes(typeof value)) errors.push(`${at}: expected ${type}`);
      return;
    }
    let best: string[] | null = null;
    for (const member of members) {
      const found: string[] = [];
      walk(value, member, at, found);
      if (found.length === 0) return;
      if (!best || found.length < best.length) best = found;
    }
    errors.push(`${at}: matches no member of ${type}; nearest: ${best?.slice(0, 3).join('; ')}`);
    return;
  }
  const attributes = attributesOf(type);
  if (!attributes) return void errors.push(`${at}: the SDK has no model ${type}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void errors.push(`${at}: expected an object (${type})`);
  const record = value as Record<string, unknown>;
  const known = new Set(attributes.map((a) => a.baseName));
  for (const key of Object.keys(record)) if (!known.has(key)) errors.push(`${at}.${key}: not a field of ${type}`);
  for (const attribute of attributes) {
    const { optional, nullable } = declaration(type, attribute.name);
    const field = record[attribute.baseName];
    if (field === undefined) {
      if (!optional) errors.push(`${at}.${attribute.baseName}: required by ${type}`);
      continue;
    }
    if (field === null) {
      if (!nullable) errors.push(`${at}.${attribute.baseName}: may not be null in ${type}`);
      continue;
    }
    walk(field, attribute.type, `${at}.${attribute.baseName}`, errors);
  }
}
