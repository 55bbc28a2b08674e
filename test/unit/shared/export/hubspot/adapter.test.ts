// What each step kind and setting becomes in a HubSpot v4 flow: actions, connections, branches,
// enrollment, time windows, goal; and that what HubSpot's beta docs do not confirm is named.
import { describe, expect, it } from 'vitest';
import { exportToHubSpot } from '../../../../../shared/export/hubspot/adapter';
import type { JourneyDocument, JourneyNode } from '../../../../../shared/journey/schema';
import { branchingHandoffJourney, journeyWith, step, TEMPLATE } from '../../../../support/exportJourneys';

const run = (node: JourneyNode, settings: Partial<JourneyDocument['settings']> = {}) => {
  const { payload, report } = exportToHubSpot(journeyWith(node, settings), [TEMPLATE]);
  const body = payload.flow.body;
  return { payload, report, body, actions: body.actions, line: report.steps.find((s) => s.nodeId === node.id)!, setting: (k: string) => report.settings.find((s) => s.setting === k)! };
};

describe('HubSpot adapter, per step kind', () => {
  it('sends the email it asks to create (HubL merge tags), linked STANDARD from the start', () => {
    const { payload, actions, body, report } = run(step('wait', { mode: 'duration', amount: 2, unit: 'days' }));
    expect(body.startActionId).toBe(actions[0]!.actionId);
    expect(actions[0]).toMatchObject({ type: 'SINGLE_CONNECTION', actionTypeId: '0-4', fields: { content_id: '<<email:tpl_x>>' }, connection: { edgeType: 'STANDARD', nextActionId: actions[1]!.actionId } });
    expect(payload.emails[0]).toMatchObject({ subject: 'Hello {{ contact.firstname }}', html: expect.stringContaining('{{ unsubscribe_link }}') });
    expect(actions[1]).toMatchObject({ actionTypeId: '0-1', fields: { delta: '2', time_unit: 'DAYS' } });
    expect(report.steps.find((s) => s.nodeId === 'mail')!.notes.map((n) => n.code)).toContain('betaUnverified');
  });

  it('waits: hours in minutes, business days as calendar days, until a time approximated', () => {
    expect(run(step('wait', { mode: 'duration', amount: 6, unit: 'hours' })).actions[1]!).toMatchObject({ fields: { delta: '360', time_unit: 'MINUTES' } });
    expect(run(step('wait', { mode: 'duration', amount: 5, unit: 'businessDays' })).line.notes.map((n) => n.code)).toContain('businessDays');
    expect(run(step('wait', { mode: 'until', weekdays: [2], time: '09:30' })).actions[1]!).toMatchObject({ fields: { time_of_day: { hour: 9, minute: 30 } } });
  });

  it('a wait for an open: a delay, then a list branch on the email event; the timeout is the default branch', () => {
    const { actions, line } = run(step('waitForEvent', { event: 'open', emailNodeId: 'mail', target: '', timeout: { amount: 3, unit: 'days' } }));
    const branch = actions.find((a) => a.type === 'LIST_BRANCH')!;
    expect(branch).toMatchObject({ listBranches: [{ filterBranch: { filterBranches: [{ filters: [{ filterType: 'EMAIL_EVENT', operator: 'OPENED' }] }] } }] });
    expect(line.status).toBe('approximated');
  });

  it('conditions become list branches on properties; a switch a static branch; an uneven A/B split is even', () => {
    const score = run(step('condition', { rule: { kind: 'score', atLeast: 50 } }));
    expect(score.actions[1]).toMatchObject({ type: 'LIST_BRANCH', listBranches: [{ filterBranch: { filterBranches: [{ filters: [{ property: 'nurture_score', operation: { operationType: 'NUMBER', value: 50 } }] }] } }] });
    const stage = run(step('condition', { rule: { kind: 'stage', atLeast: 'sql' } }));
    expect(stage.actions[1]).toMatchObject({ listBranches: [{ filterBranch: { filterBranches: [{ filters: [{ property: 'lifecyclestage', operation: { values: ['salesqualifiedlead', 'customer'] } }] }] } }] });
    const sw = run(step('split', { mode: 'switch', attribute: 'language', cases: [{ id: 'de', value: 'de' }, { id: 'fr', value: 'fr' }] }));
    expect(sw.actions[1]).toMatchObject({ type: 'STATIC_BRANCH', inputValue: { type: 'OBJECT_PROPERTY', propertyName: 'language' }, staticBranches: [{ branchValue: 'de' }, { branchValue: 'fr' }] });
    expect(sw.line.status).toBe('mapped');
    const ab = run(step('split', { mode: 'percent', branches: [{ id: 'A', label: '', percent: 70 }, { id: 'B', label: '', percent: 30 }] }));
    expect(ab.actions[1]).toMatchObject({ type: 'AB_TEST_BRANCH' });
    expect(ab.line.notes.map((n) => n.code)).toContain('evenSplit');
  });

  it('lifecycle stages: SAL has no HubSpot stage, so it stays an MQL with lead status in progress; hand-off sets the stage and creates a task', () => {
    const sal = run(step('setStage', { stage: 'sal' }));
    expect(sal.actions.slice(1, 3).map((a) => (a as unknown as { fields: { property_name: string; value: { staticValue: string } } }).fields)).toEqual([
      { property_name: 'lifecyclestage', value: { type: 'STATIC_VALUE', staticValue: 'marketingqualifiedlead' } },
      { property_name: 'hs_lead_status', value: { type: 'STATIC_VALUE', staticValue: 'IN_PROGRESS' } },
    ]);
    expect(run(step('setStage', { stage: 'customer' })).actions[1]).toMatchObject({ fields: { value: { staticValue: 'customer' } } });
    expect(run(step('handoff', { note: 'Hot', stage: 'sql', branchOnAnswer: false })).actions.slice(1).map((a) => (a as { actionTypeId: string }).actionTypeId)).toEqual(['0-5', '0-3']);
  });

  it('score dropped, attributes and tags as properties, webhook as a webhook action, another journey dropped', () => {
    expect(run(step('adjustScore', { points: 5, topic: null })).line.status).toBe('dropped');
    expect(run(step('updateAttribute', { action: 'set', attribute: 'newsletter', value: 'monthly' })).actions[1]).toMatchObject({ fields: { property_name: 'newsletter' } });
    expect(run(step('webhook', { url: 'https://x.example', method: 'PUT', note: '' })).actions[1]).toMatchObject({ type: 'WEBHOOK', method: 'PUT', webhookUrl: 'https://x.example', queryParams: [] });
    expect(run(step('jump', { target: { kind: 'journey', journeyId: 'j2', journeyName: 'Two' } })).line.status).toBe('dropped');
  });

  it('a loop back is cut; a join is a GO-TO', () => {
    const loop = run(step('jump', { target: { kind: 'node', nodeId: 'mail' } }));
    expect(loop.report.steps.find((s) => s.nodeId === 'mail')!.notes.map((n) => n.code)).toContain('loopCut');
  });

  it('a hand-off branching on sales’ answer: stage, lead status and task, then the accepted path; the to-dos name HubSpot’s lead status', () => {
    const { payload, report } = exportToHubSpot(branchingHandoffJourney(), [TEMPLATE]);
    const actions = payload.flow.body.actions as { actionId: string; actionTypeId?: string; connection?: { nextActionId: string } }[];
    expect(actions.map((a) => a.actionTypeId)).toEqual(['0-4', '0-1', '0-5', '0-5', '0-3', '0-4']);
    expect(actions[4]!.connection).toMatchObject({ nextActionId: actions[5]!.actionId });
    expect(actions[5]!.connection).toBeUndefined();
    const todos = report.todo.filter((t) => t.code.startsWith('rebuild'));
    expect(todos.map((t) => t.code)).toEqual(['rebuildRejectedHubSpot', 'rebuildNoAnswerHubSpot', 'rebuildNotFeasible']);
    expect(todos[0]!.message).toMatch(/lead status becomes “Unqualified” or “Bad timing”/);
    expect(todos[1]!.message).toMatch(/stayed “In progress” for 36 hours/);
  });
});

describe('HubSpot adapter, per setting', () => {
  const any = step('exit', { reason: 'ended' });
  it('send window: time windows per weekday', () => {
    const { body, setting } = run(any, { sendWindow: { weekdays: [1, 7], startHour: 8, endHour: 18, timeZone: 'Europe/Berlin' } });
    expect(body.timeWindows).toEqual([
      { day: 'MONDAY', startTime: { hour: 8, minute: 0 }, endTime: { hour: 18, minute: 0 } },
      { day: 'SUNDAY', startTime: { hour: 8, minute: 0 }, endTime: { hour: 18, minute: 0 } },
    ]);
    expect(setting('sendWindow').status).toBe('approximated');
  });
  it('re-entry, goal, audience, consent, frequency cap', () => {
    expect(run(any, { reentry: { policy: 'afterDays', days: 30 } }).body.enrollmentCriteria.shouldReEnroll).toBe(true);
    expect(run(any, { goal: { stage: 'sql', exitReason: 'converted' } }).body.goalFilterBranch).toMatchObject({ filterBranches: [{ filters: [{ property: 'lifecyclestage' }] }] });
    const audience = run(any, { audience: { stages: ['mql'], rules: [{ attribute: 'country', operator: 'in', value: ['DE', 'AT'] }] }, consent: { required: true } });
    const filters = audience.body.enrollmentCriteria.listFilterBranch.filterBranches[0]!.filters;
    expect(filters.map((f) => (f.filterType === 'PROPERTY' ? f.property : f.filterType))).toEqual(['IN_LIST', 'lifecyclestage', 'country', 'hs_email_optout']);
    expect(run(any, { frequencyCap: { maxEmails: 2, perDays: 7 } }).setting('frequencyCap').status).toBe('dropped');
  });
});
