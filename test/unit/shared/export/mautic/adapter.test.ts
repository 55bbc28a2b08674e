// What each step kind and setting becomes in Mautic: events, their trigger timing, the tree.
import { describe, expect, it } from 'vitest';
import { exportToMautic } from '../../../../../shared/export/mautic/adapter';
import { branchingHandoffJourney, journeyWith, step, TEMPLATE } from '../../../../support/exportJourneys';
import type { JourneyDocument, JourneyNode } from '../../../../../shared/journey/schema';
import { readSample } from '../../../../support/samples';
import { importExchange } from '../../../../../shared/exchange/importExchange';

const run = (node: JourneyNode, settings: Partial<JourneyDocument['settings']> = {}) => {
  const { payload, report } = exportToMautic(journeyWith(node, settings), [TEMPLATE]);
  const body = payload.campaign.body;
  const named = (name: string) => body.events.find((e) => e.name === name)!;
  return { payload, report, body, events: body.events, named, line: report.steps.find((s) => s.nodeId === node.id)! };
};

describe('Mautic adapter, per step kind', () => {
  it('sends the email it asks to create, merge tags as Mautic tokens', () => {
    const { payload, events } = run(step('sendEmail', { templateId: TEMPLATE.id, subject: '', topics: [] }));
    expect(events[0]).toMatchObject({ type: 'email.send', eventType: 'action', properties: { email: '<<email:tpl_x>>' }, parent: null });
    expect(payload.emails[0]!.body).toMatchObject({ subject: 'Hello {contactfield=firstname}', preheaderText: 'For {contactfield=company}', customHtml: expect.stringContaining('{unsubscribe_url}') });
    expect(payload.mautic7Import.body[0]!.email[0]).toMatchObject({ subject: 'Hello {contactfield=firstname}', email_type: 'template' });
  });

  it('puts a wait on the step after it', () => {
    const { events, line } = run(step('wait', { mode: 'duration', amount: 36, unit: 'hours' }));
    expect(line).toMatchObject({ status: 'mapped', becomes: [], notes: [{ code: 'waitMerged' }] });
    // The exit needs no event, so the delay has nothing to sit on: the campaign just ends.
    expect(events).toHaveLength(1);
    const until = run(step('wait', { mode: 'until', weekdays: [7], time: '09:00' }));
    expect(until.line.status).toBe('mapped');
  });

  it('waits for an open as a decision under its email, the timeout on the no path', () => {
    const j = journeyWith(step('waitForEvent', { event: 'open', emailNodeId: 'mail', target: '', timeout: { amount: 3, unit: 'days' } }));
    j.nodes.push({ id: 'late', type: 'adjustScore', position: { x: 0, y: 0 }, params: { points: -5, topic: null } });
    j.edges = j.edges.map((e) => (e.sourceOutput === 'timeout' ? { ...e, target: 'late' } : e));
    const events = exportToMautic(j, [TEMPLATE]).payload.campaign.body.events;
    const decision = events.find((e) => e.type === 'email.open')!;
    expect(decision).toMatchObject({ eventType: 'decision', parent: events[0]!.id, triggerMode: null });
    expect(events.find((e) => e.type === 'lead.changepoints')).toMatchObject({ parent: decision.id, decisionPath: 'no', triggerMode: 'interval', triggerInterval: 3, triggerIntervalUnit: 'd' });
  });

  it('conditions: points, stages, fields, consent with swapped paths', () => {
    expect(run(step('condition', { rule: { kind: 'score', atLeast: 50 } })).events[1]).toMatchObject({ type: 'lead.points', eventType: 'condition', properties: { operator: 'gte', score: 50 } });
    expect(run(step('condition', { rule: { kind: 'stage', atLeast: 'sql' } })).events[1]).toMatchObject({ type: 'lead.stages', properties: { stages: ['<<stage:sql>>', '<<stage:customer>>'] } });
    expect(run(step('condition', { rule: { kind: 'attribute', rule: { attribute: 'role', operator: 'equals', value: 'CTO' } } })).events[1]).toMatchObject({ type: 'lead.field_value', properties: { field: 'position', operator: '=', value: 'CTO' } });
    expect(run(step('condition', { rule: { kind: 'hasConsent' } })).line.notes[0]!.code).toBe('pathsSwapped');
  });

  it('splits: random shares as segments, a switch as a chain of field checks', () => {
    const ab = run(step('split', { mode: 'percent', branches: [{ id: 'A', label: '', percent: 50 }, { id: 'B', label: '', percent: 50 }] }));
    expect(ab.events[1]).toMatchObject({ type: 'lead.segments' });
    expect(ab.line).toMatchObject({ status: 'approximated', notes: [{ code: 'randomAsSegment' }] });
    const sw = run(step('split', { mode: 'switch', attribute: 'language', cases: [{ id: 'de', value: 'de' }, { id: 'fr', value: 'fr' }] }));
    expect(sw.events.slice(1).map((e) => [e.type, e.decisionPath])).toEqual([['lead.field_value', null], ['lead.field_value', 'no']]);
  });

  it('points, stage, hand-off, fields, tags, webhook, another journey', () => {
    expect(run(step('adjustScore', { points: 10, topic: null })).events[1]).toMatchObject({ type: 'lead.changepoints', properties: { points: 10 } });
    expect(run(step('setStage', { stage: 'mql' })).events[1]).toMatchObject({ type: 'stage.change', properties: { stage: '<<stage:mql>>' } });
    expect(run(step('handoff', { note: 'x', stage: 'sal', branchOnAnswer: false })).events.slice(1).map((e) => e.type)).toEqual(['stage.change', 'lead.changeowner']);
    expect(run(step('updateAttribute', { action: 'set', attribute: 'newsletter', value: 'monthly' })).events[1]).toMatchObject({ type: 'lead.updatelead', properties: { newsletter: 'monthly' } });
    expect(run(step('updateAttribute', { action: 'removeTag', tag: 'cold' })).events[1]).toMatchObject({ type: 'lead.changetags', properties: { add_tags: [], remove_tags: ['cold'] } });
    expect(run(step('webhook', { url: 'https://x.example', method: 'PUT', note: '' })).events[1]).toMatchObject({ type: 'campaign.sendwebhook', properties: { method: 'put' } });
    expect(run(step('jump', { target: { kind: 'journey', journeyId: 'j2', journeyName: 'Two' } })).events[1]).toMatchObject({ type: 'campaign.addremovelead', properties: { addTo: ['<<campaign:j2>>'], removeFrom: ['this'] } });
  });

  it('a step reached twice is placed once and bridged with jump to event; a loop too', () => {
    const loop = run(step('jump', { target: { kind: 'node', nodeId: 'mail' } }));
    const jump = loop.events.find((e) => e.type === 'campaign.jump_to_event')!;
    expect(jump.properties.jumpToEvent).toBe(loop.events[0]!.id);
    expect(loop.report.steps.find((s) => s.nodeId === 'mail')!.notes[0]!.code).toBe('loopBridged');
    const parsed = importExchange(readSample('reengagement.journey.json'));
    if (!parsed.ok) throw new Error('sample');
    const { report, payload } = exportToMautic(parsed.document.journey, parsed.document.templates);
    // The open decision watches both language versions: copied under each email.
    expect(payload.campaign.body.events.filter((e) => e.type === 'email.open')).toHaveLength(2);
    expect(report.steps.find((s) => s.nodeId === 'wait_open')!.notes.map((n) => n.code)).toContain('decisionCopied');
  });

  it('a hand-off branching on sales’ answer: stage and owner, then the accepted path; no other answer becomes an event', () => {
    const { payload } = exportToMautic(branchingHandoffJourney(), [TEMPLATE]);
    const events = payload.campaign.body.events;
    expect(events.map((e) => [e.name, e.type])).toEqual([
      ['First email', 'email.send'],
      ['Hand off', 'stage.change'],
      ['Hand off: owner', 'lead.changeowner'],
      ['Meeting request', 'email.send'],
    ]);
    expect(events[3]).toMatchObject({ parent: events[2]!.id, decisionPath: null });
    expect(events.some((e) => e.type === 'campaign.jump_to_event')).toBe(false);
  });
});

describe('Mautic adapter, per setting', () => {
  const any = step('exit', { reason: 'ended' });
  it('send window: hours and weekdays on every email (Sunday is 0)', () => {
    const { events, report } = run(any, { sendWindow: { weekdays: [1, 7], startHour: 8, endHour: 18, timeZone: 'Europe/Berlin' } });
    expect(events[0]).toMatchObject({ triggerMode: 'interval', triggerRestrictedStartHour: '08:00', triggerRestrictedStopHour: '18:00', triggerRestrictedDaysOfWeek: [1, 0] });
    expect(report.settings.find((s) => s.setting === 'sendWindow')!.notes.map((n) => n.code)).toEqual(['windowOnEmails', 'windowContactZone']);
  });
  it('frequency cap: an instance setting, as a to-do', () => {
    const { report } = run(any, { frequencyCap: { maxEmails: 3, perDays: 7 } });
    expect(report.settings.find((s) => s.setting === 'frequencyCap')!.status).toBe('approximated');
    expect(report.todo.map((t) => t.code)).toContain('frequencyRulesSetting');
  });
  it('re-entry: allowRestart', () => {
    expect(run(any, { reentry: { policy: 'never' } }).body.allowRestart).toBe(false);
    expect(run(any, { reentry: { policy: 'afterDays', days: 30 } }).body.allowRestart).toBe(true);
  });
  it('audience: the entry segment to build, with its rules', () => {
    const j = journeyWith(any, { audience: { stages: ['mql'], rules: [{ attribute: 'country', operator: 'in', value: ['DE', 'AT'] }] } });
    j.nodes[0] = { ...j.nodes[0]!, type: 'entry', params: { trigger: 'listImport', source: 'Trade fair', stage: null, event: null } } as JourneyNode;
    const { payload, report } = exportToMautic(j, [TEMPLATE]);
    const body = payload.campaign.body;
    expect(body.lists).toEqual([{ id: '<<segment:entry>>' }]);
    expect(report.todo.find((t) => t.code === 'pickSegment')!.message).toMatch(/stage is mql; country in DE\/AT/);
  });
  it('consent: Mautic never mails contacts on its Do-Not-Contact list; no consent needed cannot be expressed', () => {
    expect(run(any, { consent: { required: true } }).report.settings.find((s) => s.setting === 'consent')!.status).toBe('mapped');
    expect(run(any, { consent: { required: false } }).report.settings.find((s) => s.setting === 'consent')!.status).toBe('approximated');
  });
});
