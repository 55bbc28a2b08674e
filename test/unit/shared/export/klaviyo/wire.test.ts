// Wire<T> renames the SDK's camelCase fields to snake_case; prove that matches the wire names in
// the SDK's own serializer maps for every model a flow or template request can contain, and that
// our time-zone list is exactly the SDK's enum.
import { describe, expect, it } from 'vitest';
import { KLAVIYO_TIME_ZONES } from '../../../../../shared/export/klaviyo/timeZones';
import { attributesOf, enumValues, snake } from '../../../../support/klaviyoShape';
import fs from 'node:fs';

function reachableModels(root: string): Set<string> {
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const type = queue.pop()!.replace(/^Array<(.+)>$/, '$1');
    if (seen.has(type)) continue;
    seen.add(type);
    const attributes = attributesOf(type);
    if (attributes) for (const a of attributes) queue.push(a.type);
    const file = `node_modules/klaviyo-api/model/${type[0]!.toLowerCase()}${type.slice(1)}.ts`;
    const union = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').match(new RegExp(`export type ${type} = ([^;]+);`)) : null;
    if (union) for (const member of union[1]!.split('|')) queue.push(member.trim());
  }
  return seen;
}

describe('Klaviyo wire names', () => {
  it.each(['FlowCreateQuery', 'TemplateCreateHtmlOrDndQuery'])('match the SDK serializer for every model under %s', (root) => {
    const models = [...reachableModels(root)].filter((t) => attributesOf(t));
    expect(models.length).toBeGreaterThan(root === 'FlowCreateQuery' ? 100 : 10);
    const mismatches = models.flatMap((t) => attributesOf(t)!.filter((a) => snake(a.name) !== a.baseName).map((a) => `${t}.${a.name} → ${a.baseName}`));
    expect(mismatches).toEqual([]);
  });

  it('offers exactly the time zones of the SDK', () => {
    const sdk = new Set(enumValues('TimeDelayActionData.TimezoneEnum'));
    expect(sdk.size).toBeGreaterThan(400);
    sdk.delete('profile');
    expect(new Set(KLAVIYO_TIME_ZONES)).toEqual(sdk);
  });
});
