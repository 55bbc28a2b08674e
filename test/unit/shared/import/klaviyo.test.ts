// A Klaviyo flow read into a journey. The example follows Klaviyo's published OpenAPI for
// GET /api/flows/{id} with additional-fields[flow]=definition (klaviyo/openapi, get_flow: data.type
// "flow", attributes.definition with triggers, profile_filter, actions linked by temporary_id,
// entry_action_id, reentry_criteria) and the action types of the klaviyo-api 23 models.
import { describe, expect, it } from 'vitest';
import { importPlatformFile } from '../../../../shared/import/platformImport';
import { validateJourney } from '../../../../shared/journey/validate';
import { exportToKlaviyo } from '../../../../shared/export/klaviyo/adapter';
import { branchingHandoffJourney, TEMPLATE } from '../../../support/exportJourneys';

const flow = (actions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    data: {
      type: 'flow',
      id: 'Y6nRLr',
      attributes: {
        name: 'Browse abandonment',
        status: 'live',
        definition: {
          triggers: [{ type: 'metric', id: 'UWP7cZ', trigger_filter: null }],
          profile_filter: { condition_groups: [{ conditions: [{ type: 'profile-marketing-consent', consent: { channel: 'email', can_receive_marketing: true, consent_status: { subscription: 'subscribed' } } }] }] },
          actions,
          entry_action_id: 'a-delay',
          reentry_criteria: { duration: 30, unit: 'day' },
          ...extra,
        },
      },
    },
  });

const actions = [
  { temporary_id: 'a-delay', type: 'time-delay', links: { next: 'a-split' }, data: { unit: 'hours', value: 4, timezone: 'profile' } },
  { temporary_id: 'a-split', type: 'conditional-split', links: { next_if_true: 'a-email', next_if_false: 'a-tag' }, data: { profile_filter: { condition_groups: [{ conditions: [{ type: 'profile-property', property: "properties['industry']", filter: { type: 'string', operator: 'in', value: ['software', 'retail'] } }] }] } } },
  { temporary_id: 'a-email', type: 'send-email', links: { next: 'a-ab' }, data: { message: { name: 'Still looking?', subject_line: '{{ first_name }}, still looking?', preview_text: '', template_id: 'WqTZp9', smart_sending_enabled: false } } },
  { temporary_id: 'a-ab', type: 'ab-test', links: { next: 'a-stage' }, data: {} },
  { temporary_id: 'a-stage', type: 'update-profile', links: { next: null }, data: { profile_operations: [{ operator: 'update', property_type: 'string', property_key: 'lifecycle_stage', property_value: 'mql' }] } },
  { temporary_id: 'a-tag', type: 'update-profile', links: { next: 'a-hook' }, data: { profile_operations: [{ operator: 'update', property_type: 'list', property_operation: 'add', property_key: 'nurture_tags', property_value: 'cold' }] } },
  { temporary_id: 'a-hook', type: 'send-webhook', links: { next: null }, data: { message: { url: 'https://crm.example.com/hook', body: '{"note":"cold lead"}', name: 'Tell the CRM' } } },
];

describe('Klaviyo import', () => {
  it('steps, branches, delays, settings, and a report line per part with its place', () => {
    const result = importPlatformFile(flow(actions));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { journey } = result.document;
    const types = journey.nodes.map((n) => n.type);
    expect(types.slice(0, 7)).toEqual(['entry', 'wait', 'condition', 'sendEmail', 'setStage', 'updateAttribute', 'webhook']);
    expect(journey.nodes[1]).toMatchObject({ params: { mode: 'duration', amount: 4, unit: 'hours' } });
    expect(journey.nodes[2]).toMatchObject({ params: { rule: { kind: 'attribute', rule: { attribute: 'industry', operator: 'in', value: ['software', 'retail'] } } } });
    expect(journey.nodes.find((n) => n.type === 'sendEmail')).toMatchObject({ label: 'Still looking?', params: { templateId: null, subject: '{{firstName}}, still looking?' } });
    expect(journey.nodes.find((n) => n.type === 'webhook')).toMatchObject({ params: { url: 'https://crm.example.com/hook', note: 'cold lead' } });
    expect(journey.settings).toMatchObject({ consent: { required: true }, reentry: { policy: 'afterDays', days: 30 } });
    expect(journey.nodes[0]).toMatchObject({ params: { trigger: 'event', source: 'UWP7cZ' } });
    // The A/B test is passed through: the email leads to the stage step.
    const email = journey.nodes.find((n) => n.type === 'sendEmail')!;
    expect(journey.edges.find((e) => e.source === email.id)!.target).toBe(journey.nodes.find((n) => n.type === 'setStage')!.id);
    expect(result.report.lines).toContainEqual({ path: '$.data.attributes.definition.actions[3]', status: 'dropped', code: 'actionUnknown', params: { type: 'ab-test' }, message: expect.stringContaining('“ab-test” has no equivalent') });
    // Paths end at exits, so the journey validates (apart from the email without content).
    expect(validateJourney(journey).filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['email_without_template']);
  });

  it('hostile: cycles are cut, missing links and unknown types reported, a 5,000-action chain imports without recursion', () => {
    const cyclic = importPlatformFile(flow([
      { temporary_id: 'a-delay', type: 'time-delay', links: { next: 'b' }, data: { unit: 'days', value: 1 } },
      { temporary_id: 'b', type: 'conditional-split', links: { next_if_true: 'a-delay', next_if_false: 'nowhere' }, data: { profile_filter: { condition_groups: [] } } },
      { type: 'time-delay' },
      { temporary_id: 'b', type: 'time-delay' },
    ]));
    if (!cyclic.ok) throw new Error('cyclic');
    const messages = cyclic.report.lines.map((l) => `${l.path}: ${l.message}`).join('\n');
    expect(messages).toMatch(/actions\[1\]\.links\.next_if_true: Links back to “a-delay”.*a cycle, cut here/);
    expect(messages).toMatch(/actions\[1\]\.links\.next_if_false: Links to an action "nowhere" that the flow does not have/);
    expect(messages).toMatch(/actions\[2\]: An action without an id/);
    expect(messages).toMatch(/actions\[3\]: A second action with the id "b"/);
    const chain = Array.from({ length: 5000 }, (_, i) => ({ temporary_id: i === 0 ? 'a-delay' : `d${i}`, type: 'time-delay', links: { next: i < 4999 ? `d${i + 1}` : null }, data: { unit: 'days', value: 1 } }));
    const long = importPlatformFile(flow(chain));
    expect(long.ok && long.document.journey.nodes.length).toBe(5002);
    // More steps than a journey may have: refused whole, with the reason.
    const tooLong = Array.from({ length: 20_001 }, (_, i) => ({ temporary_id: i === 0 ? 'a-delay' : `d${i}`, type: 'time-delay', links: { next: i < 20_000 ? `d${i + 1}` : null }, data: { unit: 'days', value: 1 } }));
    expect(importPlatformFile(flow(tooLong))).toMatchObject({ ok: false, problems: [{ path: '$', message: expect.stringMatching(/does not fit a journey: nodes .*20000/) }] });
  });

  it('refuses what is not a flow, and a flow without its definition, with the place', () => {
    expect(importPlatformFile('{"data":{"type":"flow","attributes":{}}}')).toMatchObject({ ok: false, problems: [{ path: '$.data.attributes.definition', message: expect.stringContaining('additional-fields[flow]=definition') }] });
    expect(importPlatformFile('{"hello":1}')).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    expect(importPlatformFile(flow(actions), undefined, 'mautic')).toMatchObject({ ok: false, problems: [{ message: 'The file is a Klaviyo flow, not a Mautic campaign.' }] });
  });

  it('a hand-off comes in with one “next” path (Klaviyo knows nothing of sales’ answer), and sales stays off', () => {
    const exported = exportToKlaviyo(branchingHandoffJourney(), [TEMPLATE]).payload.flow.body;
    const result = importPlatformFile(JSON.stringify(exported), undefined, 'klaviyo');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { journey } = result.document;
    const handoffs = journey.nodes.filter((n) => n.type === 'handoff');
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]!.params).toEqual({ note: 'Ready', stage: 'sal', branchOnAnswer: false });
    const out = journey.edges.filter((e) => e.source === handoffs[0]!.id);
    expect(out.map((e) => e.sourceOutput)).toEqual(['next']);
    expect(journey.nodes.find((n) => n.id === out[0]!.target)!.label).toBe('Meeting request');
    expect(journey.sales.enabled).toBe(false);
    // The flow request carries no email content (the templates are requests of their own), so only that is missing.
    expect(validateJourney(journey, {}).filter((p) => p.severity === 'error' && p.code !== 'email_without_template')).toEqual([]);
  });
});
