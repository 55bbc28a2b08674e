// Golden files: the sample journeys and a generated 200-step journey, exported to every
// target, kept in test/golden/ and checked against the vendors' definitions on every run. After a
// deliberate change to an adapter, rewrite them with UPDATE_GOLDEN=1 and read the diff.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReachableJourney } from '../../../../bench/reachableJourney';
import { importExchange } from '../../../../shared/exchange/importExchange';
import type { ExchangeTemplate } from '../../../../shared/exchange/format';
import { formatReport } from '../../../../shared/export/report';
import { EXPORT_TARGETS, exportToPlatform, serializePayload, TARGET_NAMES } from '../../../../shared/export/targets';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { readSample, SAMPLE_FILES } from '../../../support/samples';
import { shapeProblems } from '../../../support/platformShapes';

const GOLDEN = path.resolve('test/golden');
const update = process.env.UPDATE_GOLDEN === '1';

function sample(file: string): { journey: JourneyDocument; templates: ExchangeTemplate[] } {
  const parsed = importExchange(readSample(file));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  return { journey: parsed.document.journey, templates: parsed.document.templates };
}

const welcome = sample('whitepaper-follow-up.journey.json').templates.find((t) => t.id === 'tpl_wp_delivery')!;
const CASES: [string, () => { journey: JourneyDocument; templates: ExchangeTemplate[] }][] = [
  ...SAMPLE_FILES.map((file): [string, () => ReturnType<typeof sample>] => [file.replace('.journey.json', ''), () => sample(file)]),
  ['generated-200', () => ({ journey: generateReachableJourney(200), templates: [{ ...welcome, id: 'starter-welcome-en' }] })],
];

function matchGolden(name: string, text: string) {
  const file = path.join(GOLDEN, name);
  if (update || !fs.existsSync(file)) fs.writeFileSync(file, text);
  expect(text, `${name} differs from the golden file; after a deliberate change run UPDATE_GOLDEN=1`).toBe(fs.readFileSync(file, 'utf8'));
}

describe.each(EXPORT_TARGETS)('golden exports to %s', (target) => {
  it.each(CASES)('%s', (name, load) => {
    const { journey, templates } = load();
    const { payload, report } = exportToPlatform(target, journey, templates);
    const text = serializePayload(payload);
    matchGolden(`${name}.${target}.json`, text);
    matchGolden(`${name}.${target}.report.txt`, formatReport(report, TARGET_NAMES[target]));
    // The golden file itself, read back, has the vendor's shape.
    expect(shapeProblems(target, JSON.parse(fs.readFileSync(path.join(GOLDEN, `${name}.${target}.json`), 'utf8')))).toEqual([]);
    expect(report.steps).toHaveLength(journey.nodes.length);
  });
});

describe('the shape checks find what the vendor would refuse', () => {
  const { journey, templates } = sample('webinar.journey.json');

  it('Klaviyo: unknown field, value outside an enum, missing required field', () => {
    const payload = JSON.parse(serializePayload(exportToPlatform('klaviyo', journey, templates).payload));
    const actions = payload.flow.body.data.attributes.definition.actions;
    actions[0].data.colour = 'red';
    actions.find((a: { type: string }) => a.type === 'time-delay').data.unit = 'weeks';
    delete payload.flow.body.data.attributes.definition.entry_action_id;
    const problems = shapeProblems('klaviyo', payload).join('\n');
    expect(problems).toMatch(/entry_action_id: required by FlowDefinition/);
    expect(problems).toMatch(/actions\[0\]: matches no member of FlowDefinitionActionsInner; nearest: .*colour: not a field/);
    expect(problems).toMatch(/"weeks" is not one of TimeDelayActionData.UnitEnum/);
  });

  it('Mautic: a second parent, an open decision not under its email, a campaign without a source', () => {
    const payload = JSON.parse(serializePayload(exportToPlatform('mautic', journey, templates).payload));
    const body = payload.campaign.body;
    body.lists = [];
    const open = body.events.find((e: { eventType: string }) => e.eventType === 'action')!;
    body.events.push({ ...open, id: 'new_999', type: 'email.open', eventType: 'decision', triggerMode: null, children: [] });
    body.canvasSettings.connections.push({ ...body.canvasSettings.connections[1], targetId: body.canvasSettings.connections[1].targetId });
    const problems = shapeProblems('mautic', payload).join('\n');
    expect(problems).toMatch(/needs a segment or a form/);
    expect(problems).toMatch(/has two parents/);
    expect(problems).toMatch(/email.open must follow an email.send/);
  });

  it('HubSpot: a connection to no action, an unknown action type, a missing required field', () => {
    const payload = JSON.parse(serializePayload(exportToPlatform('hubspot', journey, templates).payload));
    const actions = payload.flow.body.actions;
    actions.find((a: { connection?: unknown }) => a.connection).connection.nextActionId = '999';
    expect(shapeProblems('hubspot', payload).join('\n')).toMatch(/nextActionId 999 names no action/);
    actions.push({ actionId: 'x', type: 'RANDOM_SPLIT' });
    delete payload.flow.body.timeWindows;
    const problems = shapeProblems('hubspot', payload).join('\n');
    expect(problems).toMatch(/actions\.\d+\.type/);
    expect(problems).toMatch(/timeWindows/);
  });

  it('Journey Builder: a next to no activity, random shares not adding up, an engagement split without its email', () => {
    const payload = JSON.parse(serializePayload(exportToPlatform('sfmc', journey, templates).payload));
    const activities = payload.journey.body.activities;
    activities[0].outcomes[0].next = 'NOPE';
    activities.push({ key: 'R', name: 'r', type: 'RANDOMSPLIT', outcomes: [{ key: 'a', next: null, arguments: { percentage: 70 } }, { key: 'b', next: null, arguments: { percentage: 20 } }], configurationArguments: {} });
    activities.push({ key: 'E', name: 'e', type: 'ENGAGEMENTDECISION', outcomes: [], configurationArguments: { refActivityCustomerKey: 'R', statsTypeId: 2, statusUrlId: '0' } });
    const problems = shapeProblems('sfmc', payload).join('\n');
    expect(problems).toMatch(/no activity NOPE/);
    expect(problems).toMatch(/adding up to 100/);
    expect(problems).toMatch(/names an email activity/);
    payload.journey.body.triggers.push(payload.journey.body.triggers[0]);
    expect(shapeProblems('sfmc', payload).join('\n')).toMatch(/single entry event/);
  });

  it('Dittofeed: an unknown field, a wrong node type, a child naming no node, a segment not upserted', () => {
    const payload = JSON.parse(serializePayload(exportToPlatform('dittofeed', journey, templates).payload));
    const nodes = payload.journey.body.definition.nodes;
    nodes[0].colour = 'red';
    nodes.push({ id: 'w', type: 'WaitNode', child: 'ExitNode' });
    nodes.push({ id: 'd', type: 'DelayNode', variant: { type: 'Second', seconds: 1 }, child: 'nowhere' });
    nodes.push({ id: 's', type: 'SegmentSplitNode', variant: { type: 'Boolean', segment: 'unknown', trueChild: 'ExitNode', falseChild: 'ExitNode' } });
    payload.segments[0].body.definition.entryNode = { type: 'Trait', id: 'x', path: 'a' };
    const problems = shapeProblems('dittofeed', payload).join('\n');
    expect(problems).toMatch(/nodes\/0/);
    expect(problems).toMatch(/names no node "nowhere"/);
    expect(problems).toMatch(/segment not upserted/);
    expect(problems).toMatch(/segments\[0\]\.body/);
  });
});
