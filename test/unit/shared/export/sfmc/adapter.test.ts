// What each step kind and setting becomes in a Journey Builder journey: activities, outcomes,
// joins, decisions with criteria to build, the goal and the entry event.
import { describe, expect, it } from 'vitest';
import { exportToSfmc } from '../../../../../shared/export/sfmc/adapter';
import { wholePercents } from '../../../../../shared/export/sfmc/steps';
import type { JourneyDocument, JourneyNode } from '../../../../../shared/journey/schema';
import { branchingHandoffJourney, journeyWith, step, TEMPLATE } from '../../../../support/exportJourneys';

const run = (node: JourneyNode, settings: Partial<JourneyDocument['settings']> = {}) => {
  const { payload, report } = exportToSfmc(journeyWith(node, settings), [TEMPLATE]);
  const body = payload.journey.body;
  return { payload, report, body, activities: body.activities, line: report.steps.find((s) => s.nodeId === node.id)!, setting: (k: string) => report.settings.find((s) => s.setting === k)! };
};

describe('Journey Builder adapter, per step kind', () => {
  it('an email activity first, its outcome leading to the next; merge tags as personalization strings', () => {
    const { activities, payload } = run(step('wait', { mode: 'duration', amount: 2, unit: 'days' }));
    expect(activities[0]).toMatchObject({ type: 'EMAILV2', configurationArguments: { triggeredSend: { emailId: '<<email:tpl_x>>', emailSubject: 'Hello %%FirstName%%' } }, outcomes: [{ next: activities[1]!.key }] });
    expect(activities[1]).toMatchObject({ type: 'WAIT', configurationArguments: { waitDuration: 2, waitUnit: 'days' }, outcomes: [{ next: null }] });
    expect(payload.emails[0]!.html).toContain('%%unsub_center_url%%');
  });

  it('a wait for an open: a wait, then an engagement split on the email activity', () => {
    const { activities } = run(step('waitForEvent', { event: 'click', emailNodeId: 'mail', target: '', timeout: { amount: 3, unit: 'days' } }));
    expect(activities.map((a) => a.type)).toEqual(['EMAILV2', 'WAIT', 'ENGAGEMENTDECISION']);
    expect(activities[2]).toMatchObject({ configurationArguments: { refActivityCustomerKey: activities[0]!.key, statsTypeId: 3 }, outcomes: [{ arguments: { when: true } }, { arguments: { when: false } }] });
  });

  it('conditions: an engagement split on a named email, else a multi-criteria decision with criteria to build', () => {
    expect(run(step('condition', { rule: { kind: 'engagement', event: 'opened', emailNodeId: 'mail' } })).activities[1]).toMatchObject({ type: 'ENGAGEMENTDECISION', configurationArguments: { statsTypeId: 2 } });
    const score = run(step('condition', { rule: { kind: 'score', atLeast: 50 } }));
    expect(score.activities[1]).toMatchObject({ type: 'MULTICRITERIADECISION', outcomes: [{ metaData: { label: 'Yes' } }, { metaData: { label: 'Remainder' } }] });
    expect(score.report.todo.find((t) => t.code === 'buildCriteria')!.message).toMatch(/lead score at least 50/);
  });

  it('random splits in whole percents adding up to 100; switches as decisions', () => {
    const three = run(step('split', { mode: 'percent', branches: [{ id: 'A', label: '', percent: 33.3 }, { id: 'B', label: '', percent: 33.3 }, { id: 'C', label: '', percent: 33.4 }] }));
    expect(three.activities[1]!.outcomes.map((o) => o.arguments!.percentage)).toEqual([33, 33, 34]);
    expect(three.line.status).toBe('approximated');
    expect(wholePercents([50, 50])).toEqual({ shares: [50, 50], changed: false });
    expect(wholePercents([99.9, 0.1]).shares).toEqual([99, 1]);
    expect(run(step('split', { mode: 'switch', attribute: 'language', cases: [{ id: 'de', value: 'de' }] })).activities[1]!.outcomes).toHaveLength(2);
  });

  it('stage, attribute and tags as data extension updates; score dropped; webhook as a REST activity', () => {
    expect(run(step('setStage', { stage: 'mql' })).activities[1]).toMatchObject({ type: 'DATAEXTENSIONUPDATE', arguments: { value: 'mql' }, configurationArguments: { field: '<<field:LifecycleStage>>' } });
    expect(run(step('adjustScore', { points: 5, topic: null })).line.status).toBe('dropped');
    expect(run(step('webhook', { url: 'https://x.example', method: 'POST', note: 'n' })).activities[1]).toMatchObject({ type: 'REST', configurationArguments: { url: 'https://x.example', method: 'POST', useJwt: false } });
  });

  it('a join: two outcomes name one activity; a loop is cut', () => {
    const loop = run(step('jump', { target: { kind: 'node', nodeId: 'mail' } }));
    expect(loop.report.steps.find((s) => s.nodeId === 'mail')!.notes.map((n) => n.code)).toContain('loopCut');
    const j = journeyWith(step('condition', { rule: { kind: 'score', atLeast: 1 } }));
    j.edges = j.edges.map((e) => (e.sourceOutput === 'no' ? { ...e, target: 'exit_yes' } : e));
    j.nodes = j.nodes.map((n) => (n.id === 'exit_yes' ? { ...n, type: 'wait', params: { mode: 'duration', amount: 1, unit: 'days' } } : n)) as JourneyNode[];
    const body = exportToSfmc(j, [TEMPLATE]).payload.journey.body;
    const decision = body.activities.find((a) => a.type === 'MULTICRITERIADECISION')!;
    expect(new Set(decision.outcomes.map((o) => o.next)).size).toBe(1);
  });

  it('a hand-off branching on sales’ answer: one outcome, to the accepted path; the rejected path has no activity', () => {
    const { payload } = exportToSfmc(branchingHandoffJourney(), [TEMPLATE]);
    const activities = payload.journey.body.activities;
    expect(activities.map((a) => a.key)).toEqual(['EMAILV2-first', 'WAIT-wait', 'DATAEXTENSIONUPDATE-handoff', 'EMAILV2-meeting']);
    expect(activities[2]!.outcomes).toEqual([{ key: 'DATAEXTENSIONUPDATE-handoff-next', next: 'EMAILV2-meeting' }]);
  });
});

describe('Journey Builder adapter, per setting', () => {
  const any = step('exit', { reason: 'ended' });
  it('audience as entry criteria, goal, re-entry, send window and frequency cap', () => {
    const a = run(any, { audience: { stages: ['mql'], rules: [] } });
    expect(a.body.triggers[0]!.configurationArguments.criteria).toBe('<<criteria:audience>>');
    expect(run(any, { goal: { stage: 'sql', exitReason: 'converted' } }).body.goals).toHaveLength(1);
    expect(run(any, { reentry: { policy: 'afterDays', days: 9 } }).body.entryMode).toBe('MultipleEntries');
    expect(run(any, { sendWindow: { weekdays: [1], startHour: 8, endHour: 18, timeZone: 'UTC' } }).setting('sendWindow').status).toBe('dropped');
    expect(run(any, { frequencyCap: { maxEmails: 2, perDays: 7 } }).setting('frequencyCap').status).toBe('dropped');
  });
});
