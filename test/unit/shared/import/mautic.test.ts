// A Mautic campaign read into a journey. The API example follows the shape of Mautic's own
// functional test of the campaign API (mautic/mautic, CampaignBundle/Tests/Controller/Api/
// CampaignApiControllerFunctionalTest.php: events with type, eventType, properties, trigger
// settings, parent and decisionPath; canvasSettings nodes and connections; lists or forms), as
// GET /api/campaigns/{id} returns it under "campaign"; the Mautic 7 file is our own export's.
import { describe, expect, it } from 'vitest';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { exportToMautic } from '../../../../shared/export/mautic/adapter';
import { importPlatformFile } from '../../../../shared/import/platformImport';
import { validateJourney } from '../../../../shared/journey/validate';
import { branchingHandoffJourney, TEMPLATE } from '../../../support/exportJourneys';
import { readSample } from '../../../support/samples';

const event = (id: number, type: string, eventType: string, parent: number | null, decisionPath: string | null, properties: Record<string, unknown> = {}, trigger: Record<string, unknown> = {}) => ({
  id,
  name: `${type} ${id}`,
  type,
  eventType,
  order: 1,
  properties,
  triggerMode: eventType === 'decision' ? null : 'immediate',
  triggerInterval: 0,
  triggerIntervalUnit: 'd',
  decisionPath,
  parent: parent === null ? null : { id: parent },
  ...trigger,
});

const campaign = (events: unknown[]) =>
  JSON.stringify({
    campaign: {
      id: 7,
      name: 'Trade fair follow-up',
      description: 'Leads from the fair',
      allowRestart: false,
      events,
      lists: [{ id: 3 }],
      forms: [],
      canvasSettings: { nodes: [{ id: '1', positionX: '400', positionY: '150' }, { id: 'lists', positionX: '400', positionY: '20' }], connections: [] },
    },
  });

const events = [
  event(1, 'email.send', 'action', null, null, { email: 12 }),
  event(2, 'email.open', 'decision', 1, null, {}),
  event(3, 'lead.changepoints', 'action', 2, 'yes', { points: 10 }),
  event(4, 'lead.field_value', 'condition', 2, 'no', { field: 'country', operator: '=', value: 'DE' }, { triggerMode: 'interval', triggerInterval: 3, triggerIntervalUnit: 'd' }),
  event(5, 'stage.change', 'action', 3, null, { stage: 'mql' }),
  event(6, 'plugin.sms', 'action', 4, 'yes', {}),
  event(7, 'campaign.jump_to_event', 'action', 4, 'no', { jumpToEvent: 1 }),
  event(8, 'email.send', 'action', 99, null, { email: 13 }),
];

describe('Mautic import', () => {
  it('events under their parents, the decision’s timeout from its “no” path, positions, jumps as connections', () => {
    const result = importPlatformFile(campaign(events));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { journey } = result.document;
    const byLabel = (label: string) => journey.nodes.find((n) => n.label === label)!;
    expect(byLabel('email.send 1')).toMatchObject({ type: 'sendEmail', position: { x: 400, y: 150 } });
    expect(byLabel('email.open 2')).toMatchObject({ type: 'waitForEvent', params: { event: 'open', emailNodeId: byLabel('email.send 1').id, timeout: { amount: 3, unit: 'days' } } });
    expect(byLabel('lead.field_value 4')).toMatchObject({ type: 'condition', params: { rule: { kind: 'attribute', rule: { attribute: 'country', operator: 'equals', value: 'DE' } } } });
    expect(byLabel('stage.change 5')).toMatchObject({ type: 'setStage', params: { stage: 'mql' } });
    expect(journey.edges).toContainEqual(expect.objectContaining({ source: byLabel('lead.field_value 4').id, sourceOutput: 'no', target: byLabel('email.send 1').id }));
    expect(journey.settings.description).toBe('Leads from the fair');
    const lines = result.report.lines.map((l) => `${l.status} ${l.path}: ${l.message}`).join('\n');
    expect(lines).toMatch(/dropped \$\.campaign\.events\[5\]: Event type “plugin\.sms” has no equivalent/);
    expect(lines).toMatch(/dropped \$\.campaign\.events\[7\]: Its parent event "99" is not in the campaign/);
    expect(lines).toMatch(/approximated \$\.campaign\.events\[0\]: The email’s content \(12\) is not in the file/);
  });

  it('parents in a cycle are reported, never followed; no events is refused', () => {
    const looped = importPlatformFile(campaign([event(1, 'email.send', 'action', null, null, { email: 1 }), event(2, 'lead.changepoints', 'action', 3, null), event(3, 'lead.changepoints', 'action', 2, null)]));
    if (!looped.ok) throw new Error('looped');
    expect(looped.report.lines.filter((l) => /its parents form a cycle/.test(l.message)).map((l) => l.path)).toEqual(['$.campaign.events[1]', '$.campaign.events[2]']);
    expect(importPlatformFile(campaign([]))).toMatchObject({ ok: false, problems: [{ path: '$.campaign.events' }] });
  });

  it('Mautic 7’s export file, with the emails’ HTML kept as templates', () => {
    const parsed = importExchange(readSample('whitepaper-follow-up.journey.json'));
    if (!parsed.ok) throw new Error('sample');
    const file = exportToMautic(parsed.document.journey, parsed.document.templates).payload.mautic7Import.body;
    const result = importPlatformFile(JSON.stringify(file), undefined, 'mautic');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.report.kind).toBe('Mautic 7 campaign export file');
    expect(result.document.templates.length).toBeGreaterThan(0);
    expect(result.document.templates[0]!.html).toContain('{{unsubscribeUrl}}');
    expect(result.document.journey.nodes.filter((n) => n.type === 'sendEmail').every((n) => n.type === 'sendEmail' && n.params.templateId !== null)).toBe(true);
  });

  it('hand-offs come in with one “next” path (Mautic knows nothing of sales’ answer), and sales stays off', () => {
    // Mautic's own way: a stage change with an owner change under it, and an owner change alone.
    const native = importPlatformFile(
      campaign([
        event(1, 'email.send', 'action', null, null, { email: 12 }),
        { ...event(2, 'stage.change', 'action', 1, null, { stage: 'sal' }), description: 'Hot' },
        event(3, 'lead.changeowner', 'action', 2, null, { owner: 4 }),
        event(4, 'lead.changeowner', 'action', 3, null, { owner: 5 }),
      ]),
    );
    if (!native.ok) throw new Error(JSON.stringify(native.problems));
    const handoffs = native.document.journey.nodes.filter((n) => n.type === 'handoff');
    expect(handoffs.map((n) => n.params)).toEqual([
      { note: 'Hot', stage: 'sal', branchOnAnswer: false },
      { note: '', stage: 'sal', branchOnAnswer: false },
    ]);
    for (const h of handoffs) expect(native.document.journey.edges.filter((e) => e.source === h.id).map((e) => e.sourceOutput)).toEqual(['next']);
    expect(native.document.journey.sales.enabled).toBe(false);

    // Our own export of a branching hand-off comes back along its accepted path.
    const exported = exportToMautic(branchingHandoffJourney(), [TEMPLATE]).payload.mautic7Import.body;
    const back = importPlatformFile(JSON.stringify(exported), undefined, 'mautic');
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const { journey } = back.document;
    const handoff = journey.nodes.find((n) => n.type === 'handoff')!;
    expect(handoff.params).toMatchObject({ branchOnAnswer: false });
    const out = journey.edges.filter((e) => e.source === handoff.id);
    expect(out.map((e) => e.sourceOutput)).toEqual(['next']);
    expect(journey.nodes.find((n) => n.id === out[0]!.target)!.label).toBe('Meeting request');
    const templates = new Map(back.document.templates.map((t) => [t.id, t]));
    expect(validateJourney(journey, { templates }).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
