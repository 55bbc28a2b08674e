// One journey step as Journey Builder activities, with its report line. Outcomes start with
// next = null (the path ends) and are linked by graphLinks.ts. The switch covers every step kind:
// a new kind fails the type-check until it is handled here.
import type { Duration } from '../../journey/primitives';
import type { JourneyDocument, JourneyNode, NodeOf } from '../../journey/schema';
import type { ContentTranslator } from '../content';
import { passThrough as pass, type Link, type Placed } from '../graphLinks';
import { placeEnd } from '../graphSteps';
import { accountFieldNote, accountFieldRule, isAccountRule } from '../accountSide';
import { note, unreachable, type ReportBuilder, type ReportNote, type Status } from '../report';
import type { JourneyIndex } from '../treePlan';
import { dayList, durationText } from '../units';
import { describeRule } from './criteria';
import type { SfmcActivity, SfmcOutcome } from './wire';

export interface SfmcEmitter {
  journey: JourneyDocument;
  report: ReportBuilder;
  content: ContentTranslator;
  index: JourneyIndex;
  activities: SfmcActivity[];
  /** The EMAILV2 activity key of each email step, for engagement splits. */
  emailKeys: Map<string, string>;
}

/** A duration as Journey Builder's wait: whole minutes, hours or days; business days become calendar days. */
export function waitOf(d: Duration): { waitDuration: number; waitUnit: 'minutes' | 'hours' | 'days'; notes: ReportNote[] } {
  if (d.unit === 'businessDays') {
    const days = Math.ceil((d.amount * 7) / 5);
    return { waitDuration: days, waitUnit: 'days', notes: [note('businessDays', { amount: d.amount, days })] };
  }
  if (Number.isInteger(d.amount)) return { waitDuration: d.amount, waitUnit: d.unit, notes: [] };
  const minutes = d.amount * (d.unit === 'days' ? 1440 : 60);
  const rounded = Math.max(1, Math.round(minutes));
  return { waitDuration: rounded, waitUnit: 'minutes', notes: rounded === minutes ? [] : [note('delayRounded', { from: durationText(d), to: `${rounded} minutes` })] };
}

function add(e: SfmcEmitter, activity: SfmcActivity): Map<string, Link> {
  e.activities.push(activity);
  return new Map(activity.outcomes.map((o) => [o.key, (to: string | null) => void (o.next = to)]));
}

/** An activity with one outcome, linked through "next". */
function single(e: SfmcEmitter, node: JourneyNode, status: Status, activity: Omit<SfmcActivity, 'outcomes'>, ...notes: ReportNote[]): Placed {
  const outcome: SfmcOutcome = { key: `${activity.key}-next`, next: null };
  e.activities.push({ ...activity, outcomes: [outcome] });
  e.report.step(node, status, [activity.type], ...notes);
  return { head: activity.key, exits: new Map([['next', (to: string | null) => void (outcome.next = to)]]) };
}

const keyOf = (type: string, node: JourneyNode, part = '') => `${type}-${node.id}${part}`;

export function placeStep(e: SfmcEmitter, node: JourneyNode): Placed {
  const { report } = e;
  switch (node.type) {
    case 'entry':
      return pass;
    case 'sendEmail': {
      const p = node.params;
      const template = p.templateId === null ? undefined : e.content.template(p.templateId);
      const notes = p.templateId === null ? [note('noTemplate')] : template ? [] : [note('templateMissing')];
      const subject = p.subject ? e.content.subject(p.subject, p.templateId) : (template?.subject ?? '');
      const emailId = template ? report.placeholder('email', template.templateId, 'createSfmcEmail', { template: template.name }) : null;
      const key = keyOf('EMAILV2', node);
      e.emailKeys.set(node.id, key);
      return single(
        e,
        node,
        notes.length ? 'approximated' : 'mapped',
        { key, name: (node.label || template?.name || 'Email').slice(0, 200), type: 'EMAILV2', configurationArguments: { triggeredSend: { emailId, emailSubject: subject, preHeader: template?.preheader ?? '' } }, metaData: { category: 'message', isConfigured: true } },
        ...notes,
      );
    }
    case 'wait': {
      const p = node.params;
      if (p.mode === 'until') {
        return single(e, node, 'approximated', { key: keyOf('WAIT', node), name: node.label || 'Wait', type: 'WAIT', configurationArguments: { waitDuration: 1, waitUnit: 'days', specifiedTime: p.time } }, note('waitUntilTime', { days: dayList(p.weekdays), time: p.time }));
      }
      const w = waitOf(p);
      return single(e, node, w.notes.length ? 'approximated' : 'mapped', { key: keyOf('WAIT', node), name: node.label || 'Wait', type: 'WAIT', configurationArguments: { waitDuration: w.waitDuration, waitUnit: w.waitUnit } }, ...w.notes);
    }
    case 'waitForEvent':
      return waitForEvent(e, node);
    case 'condition':
      return condition(e, node);
    case 'split':
      return split(e, node);
    case 'adjustScore':
      report.step(node, 'dropped', [], note('noScore'));
      return pass;
    case 'setStage':
      return dataUpdate(e, node, 'LifecycleStage', node.params.stage, note('dataExtensionField', { field: 'LifecycleStage' }));
    case 'updateAttribute': {
      const p = node.params;
      if (p.action === 'set') return dataUpdate(e, node, p.attribute, p.value, note('dataExtensionField', { field: p.attribute }));
      return dataUpdate(e, node, 'Tags', `${p.action === 'addTag' ? '+' : '-'}${p.tag}`, note('tagsAsField', { field: 'Tags' }));
    }
    case 'handoff':
      return dataUpdate(e, node, 'LifecycleStage', node.params.stage, note('handoffAsStage', { stage: node.params.stage }));
    case 'webhook': {
      const p = node.params;
      const url = p.url || report.placeholder('url', `webhook-${node.id}`, 'webhookUrl', { step: node.label || node.id });
      return single(
        e,
        node,
        'approximated',
        {
          key: keyOf('REST', node),
          name: node.label || 'Webhook',
          type: 'REST',
          arguments: { execute: { inArguments: [{ email: '{{Contact.Default.Email}}', journey: e.journey.name, step: node.label || node.id, note: p.note }], outArguments: [] } },
          configurationArguments: { url, method: p.method, useJwt: false, timeout: 10000 },
        },
        note('restActivity'),
      );
    }
    case 'jump':
    case 'exit':
      return placeEnd(report, e.index, node);
    default:
      return unreachable(node);
  }
}

function dataUpdate(e: SfmcEmitter, node: JourneyNode, field: string, value: string | number | boolean, ...notes: ReportNote[]): Placed {
  const dataExtensionId = e.report.placeholder('dataExtension', 'contacts', 'pickDataExtension');
  const fieldId = e.report.placeholder('field', field, 'pickField', { field });
  return single(e, node, 'approximated', { key: keyOf('DATAEXTENSIONUPDATE', node), name: node.label || `Set ${field}`, type: 'DATAEXTENSIONUPDATE', arguments: { value }, configurationArguments: { dataExtensionId, field: fieldId } }, ...notes);
}

/** A multi-criteria decision: one criteria per named outcome, and the remainder. */
function decision(e: SfmcEmitter, key: string, name: string, branches: { output: string; label: string; rule: string }[], remainder: string): Placed {
  const outcomes: SfmcOutcome[] = branches.map((b, i) => ({ key: `${key}-${i + 1}`, next: null, metaData: { label: b.label.slice(0, 100) } }));
  outcomes.push({ key: `${key}-remainder`, next: null, metaData: { label: 'Remainder' } });
  const criteria = Object.fromEntries(branches.map((b, i) => [outcomes[i]!.key, e.report.placeholder('criteria', `${key}-${i + 1}`, 'buildCriteria', { rule: b.rule })]));
  const links = add(e, { key, name: name.slice(0, 200), type: 'MULTICRITERIADECISION', outcomes, configurationArguments: { criteria } });
  const exits = new Map<string, Link>(branches.map((b, i) => [b.output, links.get(outcomes[i]!.key)!]));
  exits.set(remainder, links.get(`${key}-remainder`)!);
  return { head: key, exits };
}

function engagement(e: SfmcEmitter, key: string, name: string, emailKey: string, clicked: boolean, yes: string, no: string): Placed {
  const links = add(e, {
    key,
    name: name.slice(0, 200),
    type: 'ENGAGEMENTDECISION',
    outcomes: [
      { key: `${key}-yes`, next: null, arguments: { when: true } },
      { key: `${key}-no`, next: null, arguments: { when: false } },
    ],
    configurationArguments: { refActivityCustomerKey: emailKey, statsTypeId: clicked ? 3 : 2, statusUrlId: '0' },
  });
  return { head: key, exits: new Map([[yes, links.get(`${key}-yes`)!], [no, links.get(`${key}-no`)!]]) };
}

function waitForEvent(e: SfmcEmitter, node: NodeOf<'waitForEvent'>): Placed {
  const p = node.params;
  const w = waitOf(p.timeout);
  const waitKey = keyOf('WAIT', node);
  const waited = single(e, node, 'approximated', { key: waitKey, name: node.label || 'Wait for a reaction', type: 'WAIT', configurationArguments: { waitDuration: w.waitDuration, waitUnit: w.waitUnit } }, note('waitThenCheck', { timeout: durationText(p.timeout) }), ...w.notes);
  const emailKey = p.emailNodeId ? e.emailKeys.get(p.emailNodeId) : undefined;
  let check: Placed;
  if ((p.event === 'open' || p.event === 'click') && emailKey) {
    check = engagement(e, keyOf('ENGAGEMENTDECISION', node), `${node.label || 'Reacted'}?`, emailKey, p.event === 'click', 'event', 'timeout');
    if (p.event === 'click' && p.target) e.report.step(node, 'approximated', [], note('clickAnyLink', { target: p.target }));
    e.report.step(node, 'approximated', ['ENGAGEMENTDECISION']);
  } else {
    const what = { open: 'opened an email of this journey', click: 'clicked in an email of this journey', download: 'downloaded the asset', form: `submitted the form ${p.target}`, visit: `visited ${p.target || 'the page'}` }[p.event];
    check = decision(e, keyOf('MULTICRITERIADECISION', node), `${node.label || 'Reacted'}?`, [{ output: 'event', label: 'Reacted', rule: `contacts who ${what} since entering the journey` }], 'timeout');
    e.report.step(node, 'approximated', ['MULTICRITERIADECISION'], note('criteriaToBuild'));
  }
  waited.exits.get('next')!(check.head);
  return { head: waited.head, exits: check.exits };
}

function condition(e: SfmcEmitter, node: NodeOf<'condition'>): Placed {
  const rule = node.params.rule;
  const name = node.label || 'Condition';
  if (rule.kind === 'engagement' && rule.event !== 'downloaded' && rule.emailNodeId && e.emailKeys.has(rule.emailNodeId)) {
    e.report.step(node, 'mapped', ['ENGAGEMENTDECISION']);
    return engagement(e, keyOf('ENGAGEMENTDECISION', node), name, e.emailKeys.get(rule.emailNodeId)!, rule.event === 'clicked', 'yes', 'no');
  }
  const account = isAccountRule(rule) ? accountFieldRule(rule, e.journey) : null;
  e.report.step(node, 'approximated', ['MULTICRITERIADECISION'], note('criteriaToBuild'), ...(account ? [accountFieldNote('accountCriteria', account.rule.attribute, account.what)] : []));
  return decision(e, keyOf('MULTICRITERIADECISION', node), name, [{ output: 'yes', label: 'Yes', rule: describeRule(rule, e.index) }], 'no');
}

function split(e: SfmcEmitter, node: NodeOf<'split'>): Placed {
  const p = node.params;
  const key = keyOf('RANDOMSPLIT', node);
  if (p.mode === 'percent') {
    const { shares, changed } = wholePercents(p.branches.map((b) => b.percent));
    const outcomes: SfmcOutcome[] = p.branches.map((b, i) => ({ key: `${key}-${b.id}`, next: null, arguments: { percentage: shares[i]! }, metaData: { label: (b.label || b.id).slice(0, 100) } }));
    const links = add(e, { key, name: node.label || 'Random split', type: 'RANDOMSPLIT', outcomes, configurationArguments: {} });
    e.report.step(node, changed ? 'approximated' : 'mapped', ['RANDOMSPLIT'], ...(changed ? [note('percentsWhole', { shares: shares.join(' / ') })] : []));
    return { head: key, exits: new Map(p.branches.map((b) => [b.id, links.get(`${key}-${b.id}`)!])) };
  }
  e.report.step(node, 'approximated', ['MULTICRITERIADECISION'], note('criteriaToBuild'));
  return decision(
    e,
    keyOf('MULTICRITERIADECISION', node),
    node.label || p.attribute,
    p.cases.map((c) => ({ output: c.id, label: c.value || c.id, rule: `${p.attribute} equals “${c.value}”` })),
    'default',
  );
}

/** Shares as whole percents from 1 to 99 that add up to 100 (largest remainders first). */
export function wholePercents(percents: readonly number[]): { shares: number[]; changed: boolean } {
  const total = percents.reduce((s, p) => s + p, 0) || 1;
  const exact = percents.map((p) => (p / total) * 100);
  const shares = exact.map((x) => Math.max(1, Math.floor(x)));
  let rest = 100 - shares.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest !== 0 && k < order.length * 4; k++) {
    const i = order[k % order.length]![1];
    if (rest > 0 && shares[i]! < 99) {
      shares[i]!++;
      rest--;
    } else if (rest < 0 && shares[i]! > 1) {
      shares[i]!--;
      rest++;
    }
  }
  return { shares, changed: shares.some((s, i) => s !== percents[i]) };
}
