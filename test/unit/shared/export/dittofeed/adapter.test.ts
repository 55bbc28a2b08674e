// What each step kind and setting becomes in a Dittofeed journey: nodes and their child links,
// the segments they check (upserted with the journey), templates, the entry and re-entry.
import { describe, expect, it } from 'vitest';
import { exportToDittofeed } from '../../../../../shared/export/dittofeed/adapter';
import type { JourneyDocument, JourneyNode } from '../../../../../shared/journey/schema';
import { branchingHandoffJourney, journeyWith, step, TEMPLATE } from '../../../../support/exportJourneys';

const run = (node: JourneyNode, settings: Partial<JourneyDocument['settings']> = {}, trigger?: JourneyNode['params']) => {
  const j = journeyWith(node, settings);
  if (trigger) j.nodes[0] = { ...j.nodes[0]!, params: trigger } as JourneyNode;
  const { payload, report } = exportToDittofeed(j, [TEMPLATE]);
  const def = payload.journey.body.definition;
  const segment = (id: string) => payload.segments.find((s) => s.body.id === id)!.body.definition;
  return { payload, report, def, nodes: def.nodes, segment, line: report.steps.find((s) => s.nodeId === node.id)!, setting: (k: string) => report.settings.find((s) => s.setting === k)! };
};

describe('Dittofeed adapter, per step kind', () => {
  it('a message node with its template upserted (Liquid tags), a delay in seconds', () => {
    const { nodes, payload, def } = run(step('wait', { mode: 'duration', amount: 2, unit: 'hours' }));
    expect(def.entryNode.child).toBe('mail');
    expect(nodes[0]).toMatchObject({ type: 'MessageNode', variant: { type: 'Email', templateId: payload.templates[0]!.body.id }, child: 'step' });
    expect(payload.templates[0]!.body.definition).toMatchObject({ type: 'Email', subject: 'Hello {{ user.firstName }}', body: expect.stringContaining('{% unsubscribe_url %}') });
    expect(nodes[1]).toMatchObject({ type: 'DelayNode', variant: { type: 'Second', seconds: 7200 }, child: 'ExitNode' });
  });

  it('until a weekday and time: a local-time delay (Sunday is 0)', () => {
    expect(run(step('wait', { mode: 'until', weekdays: [1, 7], time: '09:30' })).nodes[1]).toMatchObject({ variant: { type: 'LocalTime', hour: 9, minute: 30, allowedDaysOfWeek: [1, 0] } });
  });

  it('a wait for an open: a wait-for node on a segment of the email event, the timeout child on its own', () => {
    const { nodes, segment } = run(step('waitForEvent', { event: 'open', emailNodeId: 'mail', target: '', timeout: { amount: 1, unit: 'days' } }));
    const wait = nodes[1] as Extract<(typeof nodes)[number], { type: 'WaitForNode' }>;
    expect(wait).toMatchObject({ type: 'WaitForNode', timeoutSeconds: 86_400, timeoutChild: 'ExitNode', segmentChildren: [{ id: 'ExitNode' }] });
    expect(segment(wait.segmentChildren[0]!.segmentId).entryNode).toMatchObject({ type: 'Email', event: 'DFEmailOpened' });
  });

  it('conditions as segment splits on their own segments; random splits as cohorts; switches as a chain', () => {
    const stage = run(step('condition', { rule: { kind: 'stage', atLeast: 'sql' } }));
    const split = stage.nodes[1] as Extract<(typeof stage.nodes)[number], { type: 'SegmentSplitNode' }>;
    expect(stage.segment(split.variant.segment)).toMatchObject({ entryNode: { type: 'Or', children: ['stage0', 'stage1'] }, nodes: [{ path: 'lifecycleStage', operator: { type: 'Equals', value: 'sql' } }, { operator: { value: 'customer' } }] });
    expect(run(step('split', { mode: 'percent', branches: [{ id: 'A', label: 'a', percent: 70 }, { id: 'B', label: 'b', percent: 30 }] })).nodes[1]).toMatchObject({ type: 'RandomCohortNode', children: [{ percent: 70, name: 'a', id: 'ExitNode' }, { percent: 30, name: 'b', id: 'ExitNode' }] });
    const sw = run(step('split', { mode: 'switch', attribute: 'language', cases: [{ id: 'de', value: 'de' }, { id: 'fr', value: 'fr' }] }));
    expect(sw.nodes.slice(1).map((n) => n.type)).toEqual(['SegmentSplitNode', 'SegmentSplitNode']);
    const lte = run(step('condition', { rule: { kind: 'attribute', rule: { attribute: 'employees', operator: 'lte', value: 50 } } }));
    expect(lte.line.status).toBe('approximated');
  });

  it('no user property writes: stage, attributes and score dropped; hand-off and webhook as webhook messages', () => {
    expect(run(step('setStage', { stage: 'mql' })).line).toMatchObject({ status: 'dropped', notes: [{ code: 'noTraitWrites' }] });
    expect(run(step('adjustScore', { points: 1, topic: null })).line.status).toBe('dropped');
    const hook = run(step('webhook', { url: 'https://x.example', method: 'POST', note: 'n' }));
    expect(hook.nodes[1]).toMatchObject({ type: 'MessageNode', variant: { type: 'Webhook' } });
    expect(JSON.parse(hook.payload.templates.find((t) => t.body.definition.type === 'Webhook')!.body.definition.body as string).config).toMatchObject({ url: 'https://x.example', method: 'POST' });
  });

  it('a hand-off branching on sales’ answer: the webhook message, then the accepted path; the rejected path has no node', () => {
    const { payload } = exportToDittofeed(branchingHandoffJourney(), [TEMPLATE]);
    const nodes = payload.journey.body.definition.nodes as { id: string; type: string; child?: string }[];
    expect(nodes.map((n) => n.id)).toEqual(['first', 'wait', 'handoff', 'meeting']);
    expect(nodes[2]).toMatchObject({ type: 'MessageNode', child: 'meeting' });
    expect(nodes[3]).toMatchObject({ child: 'ExitNode' });
  });
});

describe('Dittofeed adapter, per setting', () => {
  const any = step('exit', { reason: 'ended' });
  it('a stage entry carries the audience in its segment and re-entry as reEnter; a list entry splits on the audience', () => {
    const staged = run(any, { audience: { stages: [], rules: [{ attribute: 'country', operator: 'equals', value: 'DE' }] }, reentry: { policy: 'afterDays', days: 5 } }, { trigger: 'stageReached', source: '', stage: 'mql', event: null });
    expect(staged.def.entryNode).toMatchObject({ type: 'EntryNode', reEnter: true });
    expect(staged.segment((staged.def.entryNode as { segment: string }).segment)).toMatchObject({ entryNode: { type: 'And', children: ['stage0', 'rule0'] } });
    const listed = run(any, { audience: { stages: ['mql'], rules: [] } }, { trigger: 'listImport', source: 'Fair', stage: null, event: null });
    expect(listed.segment((listed.def.entryNode as { segment: string }).segment).entryNode).toMatchObject({ type: 'Manual' });
    expect(listed.nodes.find((n) => n.type === 'SegmentSplitNode')).toMatchObject({ name: 'Audience', variant: { trueChild: 'mail', falseChild: 'ExitNode' } });
    expect(listed.def.entryNode.child).toBe('entry_audience');
  });
  it('consent through a subscription group; goal, window and cap dropped', () => {
    const r = run(any, { consent: { required: true }, goal: { stage: 'sql', exitReason: 'converted' }, sendWindow: { weekdays: [1], startHour: 8, endHour: 9, timeZone: 'UTC' }, frequencyCap: { maxEmails: 1, perDays: 1 } });
    expect(r.nodes[0]).toMatchObject({ subscriptionGroupId: '<<subscriptionGroup:marketing>>' });
    expect(['goal', 'sendWindow', 'frequencyCap'].map((k) => r.setting(k).status)).toEqual(['dropped', 'dropped', 'dropped']);
  });
});
