// What each step kind and setting becomes in Klaviyo: the actions, their data and the report.
import { describe, expect, it } from 'vitest';
import { exportToKlaviyo } from '../../../../../shared/export/klaviyo/adapter';
import type { ActionOf, KlaviyoAction } from '../../../../../shared/export/klaviyo/wire';
import { branchingHandoffJourney, journeyWith, step, TEMPLATE } from '../../../../support/exportJourneys';
import type { JourneyDocument, JourneyNode } from '../../../../../shared/journey/schema';

const run = (node: JourneyNode, settings: Partial<JourneyDocument['settings']> = {}) => {
  const { payload, report } = exportToKlaviyo(journeyWith(node, settings), [TEMPLATE]);
  const def = payload.flow.body.data.attributes.definition;
  const action = <T extends string>(id: string) => def.actions.find((a: KlaviyoAction) => a.temporary_id === id) as ActionOf<T & KlaviyoAction['type']>;
  return { payload, report, def, action, line: report.steps.find((s) => s.nodeId === node.id)! };
};

describe('Klaviyo adapter, per step kind', () => {
  it('sends email with translated subject, preheader and the template to create', () => {
    const { payload, action, line } = run(step('sendEmail', { templateId: TEMPLATE.id, subject: 'Hi {{firstName}}', topics: [] }));
    expect(action('step')).toMatchObject({ type: 'send-email', data: { status: 'draft', message: { subject_line: 'Hi {{ first_name }}', preview_text: 'For {{ person.organization }}', template_id: '<<template:tpl_x>>' } } });
    expect(payload.templates[0]!.body.data.attributes).toMatchObject({ editor_type: 'CODE', html: expect.stringContaining('{% unsubscribe_link %}') });
    expect(line.status).toBe('mapped');
  });

  it('waits: whole units, business days as calendar days, until a weekday and time', () => {
    expect(run(step('wait', { mode: 'duration', amount: 6, unit: 'hours' })).action('step')).toMatchObject({ type: 'time-delay', data: { unit: 'hours', value: 6 } });
    const business = run(step('wait', { mode: 'duration', amount: 5, unit: 'businessDays' }));
    expect(business.action('step')).toMatchObject({ data: { unit: 'days', value: 7 } });
    expect(business.line).toMatchObject({ status: 'approximated', notes: [{ code: 'businessDays' }] });
    expect(run(step('wait', { mode: 'until', weekdays: [2, 4], time: '09:30' })).action('step')).toMatchObject({
      data: { unit: 'days', value: 0, delay_until_time: '09:30', delay_until_weekdays: ['tuesday', 'thursday'] },
    });
  });

  it('waits for an open as a delay and a split on the metric since the flow started', () => {
    const { action, line } = run(step('waitForEvent', { event: 'click', emailNodeId: 'mail', target: 'pricing', timeout: { amount: 2, unit: 'days' } }));
    expect(action('step:wait')).toMatchObject({ type: 'time-delay', data: { value: 2 }, links: { next: 'step:check' } });
    expect(action('step:check')).toMatchObject({
      type: 'conditional-split',
      // Both paths end in exits, which need no action.
      links: { next_if_true: null, next_if_false: null },
      data: { profile_filter: { condition_groups: [{ conditions: [{ type: 'profile-metric', metric_id: '<<metric:click>>', timeframe_filter: { operator: 'flow-start' }, metric_filters: [{ property: 'URL' }] }] }] } },
    });
    expect(line.status).toBe('approximated');
    expect(line.notes.map((n) => n.code)).toEqual(['waitThenCheck', 'anyEmailSinceStart', 'clickUrlContains']);
  });

  it('conditions, splits and switches as conditional and multi-branch splits', () => {
    expect(run(step('condition', { rule: { kind: 'hasConsent' } })).action('step')).toMatchObject({ data: { profile_filter: { condition_groups: [{ conditions: [{ type: 'profile-marketing-consent' }] }] } } });
    const attr = run(step('condition', { rule: { kind: 'attribute', rule: { attribute: 'industry', operator: 'in', value: ['software'] } } }));
    expect(attr.action('step')).toMatchObject({ data: { profile_filter: { condition_groups: [{ conditions: [{ property: "properties['industry']", filter: { operator: 'in', value: ['software'] } }] }] } } });
    const three = run(step('split', { mode: 'percent', branches: [{ id: 'A', label: '', percent: 25 }, { id: 'B', label: '', percent: 25 }, { id: 'C', label: '', percent: 50 }] }));
    expect(three.action('step')).toMatchObject({ data: { profile_filter: { condition_groups: [{ conditions: [{ type: 'profile-sample', percentage: 25 }] }] } }, links: { next_if_false: 'step:1' } });
    expect(three.action('step:1')).toMatchObject({ data: { profile_filter: { condition_groups: [{ conditions: [{ percentage: 33 }] }] } } });
    expect(three.line.notes.map((n) => n.code)).toContain('percentRounded');
    const sw = run(step('split', { mode: 'switch', attribute: 'language', cases: [{ id: 'de', value: 'de' }] }));
    expect(sw.action('step')).toMatchObject({ type: 'multi-branch-split', data: { branches: [{ branch_id: 'de', links: { next: null } }, { is_else: true, links: { next: null } }] } });
  });

  it('scores are dropped and the path bridged; stages, attributes and tags update the profile', () => {
    const score = run(step('adjustScore', { points: 5, topic: null }));
    expect(score.line).toMatchObject({ status: 'dropped', notes: [{ code: 'noScore' }] });
    expect(score.action('mail')).toMatchObject({ links: { next: null } });
    expect(run(step('setStage', { stage: 'mql' })).action('step')).toMatchObject({ type: 'update-profile', data: { profile_operations: [{ property_key: 'lifecycle_stage', property_value: 'mql' }] } });
    expect(run(step('updateAttribute', { action: 'addTag', tag: 'vip' })).action('step')).toMatchObject({ data: { profile_operations: [{ property_type: 'list', property_operation: 'add', property_value: 'vip' }] } });
    expect(run(step('handoff', { note: '', stage: 'sal', branchOnAnswer: false })).action('step:alert')).toMatchObject({ type: 'send-internal-alert', links: { next: 'step:stage' } });
  });

  it('jumps, webhooks and exits', () => {
    const loop = run(step('jump', { target: { kind: 'node', nodeId: 'mail' } }));
    expect(loop.report.steps.find((s) => s.nodeId === 'mail')!.notes.map((n) => n.code)).toContain('loopCut');
    expect(run(step('jump', { target: { kind: 'journey', journeyId: 'j2', journeyName: 'Two' } })).action('step')).toMatchObject({ type: 'list-update', data: { on_execution: true, list_id: '<<list:journey-j2>>' } });
    expect(run(step('webhook', { url: 'https://x.example', method: 'PUT', note: '' })).line).toMatchObject({ status: 'approximated', notes: [{ code: 'methodPost' }] });
    expect(run(step('exit', { reason: 'converted' })).line).toMatchObject({ status: 'approximated', notes: [{ code: 'outcomeNotRecorded' }] });
  });

  it('a hand-off branching on sales’ answer: the alert and the stage, then the accepted path; the rejected path is not in the flow', () => {
    const { payload } = exportToKlaviyo(branchingHandoffJourney(), [TEMPLATE]);
    const actions = payload.flow.body.data.attributes.definition.actions;
    expect(actions.map((a) => a.temporary_id)).toEqual(['first', 'wait', 'handoff:alert', 'handoff:stage', 'meeting']);
    expect(actions.find((a) => a.temporary_id === 'handoff:stage')).toMatchObject({ type: 'update-profile', links: { next: 'meeting' } });
    // "No answer" led back to the wait: the wait is not copied and nothing links back to it.
    expect(actions.filter((a) => JSON.stringify(a.links ?? {}).includes('"wait"'))).toEqual([actions[0]]);
  });
});

describe('Klaviyo adapter, per setting', () => {
  const any = step('exit', { reason: 'ended' });
  it('audience: a first split checked once at entry', () => {
    const { def, report } = run(any, { audience: { stages: ['inquiry'], rules: [{ attribute: 'companySize', operator: 'gte', value: 50 }] } });
    expect(def.entry_action_id).toBe('entry:audience');
    expect(def.actions[0]).toMatchObject({ type: 'conditional-split', links: { next_if_true: 'mail', next_if_false: null } });
    expect(report.settings.find((s) => s.setting === 'audience')).toMatchObject({ status: 'mapped', notes: [{ code: 'audienceSplit' }] });
  });
  it('consent and goal: the flow filter', () => {
    const { def } = run(any, { consent: { required: true }, goal: { stage: 'sql', exitReason: 'converted' } });
    expect(def.profile_filter!.condition_groups.map((g) => g.conditions[0]!.type)).toEqual(['profile-marketing-consent', 'profile-property']);
    expect(run(any, { consent: { required: false } }).report.settings.find((s) => s.setting === 'consent')!.status).toBe('approximated');
  });
  it('re-entry: never or after whole days', () => {
    expect(run(any, { reentry: { policy: 'never' } }).def.reentry_criteria).toEqual({ duration: 1, unit: 'alltime' });
    expect(run(any, { reentry: { policy: 'afterDays', days: 30 } }).def.reentry_criteria).toEqual({ duration: 30, unit: 'day' });
  });
  it('send window: delays in days wait until its start on its weekdays, in its time zone', () => {
    const { action, report } = run(step('wait', { mode: 'duration', amount: 2, unit: 'days' }), {
      sendWindow: { weekdays: [1, 2, 3, 4, 5], startHour: 8, endHour: 18, timeZone: 'Europe/Berlin' },
    });
    expect(action('step')).toMatchObject({ data: { delay_until_time: '08:00', delay_until_weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], timezone: 'Europe/Berlin' } });
    expect(report.settings.find((s) => s.setting === 'sendWindow')!.status).toBe('approximated');
  });
  it('frequency cap: Smart Sending on every email, with a to-do', () => {
    const capped = run(any, { frequencyCap: { maxEmails: 2, perDays: 7 } });
    expect(capped.action('mail')).toMatchObject({ data: { message: { smart_sending_enabled: true } } });
    expect(capped.report.todo.map((t) => t.code)).toContain('smartSendingWindow');
    expect(run(any, { frequencyCap: null }).action('mail')).toMatchObject({ data: { message: { smart_sending_enabled: false } } });
  });
});
