// One journey step as Klaviyo flow actions, with its report line. A step becomes zero actions
// (the path passes through it), one, or a short chain; its outputs are returned as setters that
// link the next action in. The switch covers every step kind: a new kind fails the type-check.
import type { Duration } from '../../journey/primitives';
import type { JourneyDocument, JourneyNode, NodeOf } from '../../journey/schema';
import type { ContentTranslator } from '../content';
import { accountFieldNote, accountFieldRule } from '../accountSide';
import { note, unreachable, type ReportBuilder, type ReportNote, type Status } from '../report';
import { exportedOutputs, type JourneyIndex } from '../treePlan';
import { allOf, attributeCondition, consentCondition, KLAVIYO_PROPERTIES, metricSinceStart, numericAtLeast, propertyPath, randomSample, stageCondition, stagesFrom } from './filters';
import { dayList, durationText } from '../units';
import type { ActionOf, KlaviyoAction, KlaviyoCondition, KlaviyoTimeZone, KlaviyoTrigger, KlaviyoWeekday } from './wire';

export type Setter = (id: string | null) => void;
export type Exits = Map<string, Setter>;

export interface Emitter {
  journey: JourneyDocument;
  report: ReportBuilder;
  content: ContentTranslator;
  actions: KlaviyoAction[];
  index: JourneyIndex;
  trigger: KlaviyoTrigger;
  audience: KlaviyoCondition[];
  timeZone: KlaviyoTimeZone | 'profile';
}

type Linked = ActionOf<'time-delay' | 'send-email' | 'update-profile' | 'send-webhook' | 'send-internal-alert' | 'list-update'>;
type Split = ActionOf<'conditional-split'>;
type MultiSplit = ActionOf<'multi-branch-split'>;

const WEEKDAYS: readonly KlaviyoWeekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const METRICS = { open: 'Opened Email', click: 'Clicked Email', download: 'your download event', form: 'Form submitted by profile', visit: 'Active on Site' } as const;
const ENGAGEMENT = { opened: 'open', clicked: 'click', downloaded: 'download' } as const;

export function emitStep(e: Emitter, node: JourneyNode, key: string, incoming: Setter): Exits {
  const { report } = e;
  const through = (): Exits => new Map(exportedOutputs(node).map((o) => [o, incoming]));
  const linked = (action: Linked): Setter => {
    e.actions.push(action);
    incoming(action.temporary_id!);
    return (id) => {
      action.links = { next: id };
    };
  };
  switch (node.type) {
    case 'entry':
      return emitEntry(e, node, key, incoming);
    case 'sendEmail': {
      const p = node.params;
      const template = p.templateId === null ? undefined : e.content.template(p.templateId);
      const notes: ReportNote[] = p.templateId === null ? [note('noTemplate')] : template ? [] : [note('templateMissing')];
      const subject = p.subject ? e.content.subject(p.subject, p.templateId) : template?.subject ?? '';
      const templateRef = template ? report.placeholder('template', template.templateId, 'createTemplate', { template: template.name }) : null;
      report.step(node, notes.length > 0 ? 'approximated' : 'mapped', ['send-email'], ...notes);
      const next = linked({
        temporary_id: key,
        type: 'send-email',
        links: { next: null },
        data: {
          status: 'draft',
          message: {
            name: node.label || template?.name || 'Email',
            subject_line: subject,
            preview_text: template?.preheader ?? '',
            template_id: templateRef,
            smart_sending_enabled: e.journey.settings.frequencyCap !== null,
          },
        },
      });
      return new Map([['next', next]]);
    }
    case 'wait': {
      const p = node.params;
      if (p.mode === 'until') {
        const data = { unit: 'days' as const, value: 0, delay_until_time: p.time, delay_until_weekdays: p.weekdays.map((d) => WEEKDAYS[d - 1]!), timezone: e.timeZone };
        report.step(node, 'mapped', ['time-delay'], note('untilInZone', { days: dayList(p.weekdays), time: p.time, zone: e.timeZone }));
        return new Map([['next', linked({ temporary_id: key, type: 'time-delay', links: { next: null }, data })]]);
      }
      const delay = delayData(e, p);
      report.step(node, delay.notes.length > 0 ? 'approximated' : 'mapped', ['time-delay'], ...delay.notes);
      return new Map([['next', linked({ temporary_id: key, type: 'time-delay', links: { next: null }, data: delay.data })]]);
    }
    case 'waitForEvent': {
      const p = node.params;
      const delay = delayData(e, p.timeout);
      const metric = report.placeholder('metric', p.event, 'pickMetric', { metric: METRICS[p.event] });
      const watched = p.emailNodeId ? e.index.byId.get(p.emailNodeId) : undefined;
      const notes = [note('waitThenCheck', { timeout: durationText(p.timeout) }), ...delay.notes];
      if (watched && (p.event === 'open' || p.event === 'click')) notes.push(note('anyEmailSinceStart', { email: watched.label || watched.id }));
      if (p.target && p.event === 'click') notes.push(note('clickUrlContains', { target: p.target }));
      report.step(node, 'approximated', ['time-delay', 'conditional-split'], ...notes);
      const afterDelay = linked({ temporary_id: `${key}:wait`, type: 'time-delay', links: { next: null }, data: delay.data });
      return exitsOf(hangSplit(e, `${key}:check`, [metricSinceStart(metric, p.event === 'click' ? p.target : '')], afterDelay), 'event', 'timeout');
    }
    case 'condition':
      return emitCondition(e, node, key, incoming);
    case 'split':
      return emitSplit(e, node, key, incoming);
    case 'adjustScore':
      report.step(node, 'dropped', [], note('noScore'));
      return through();
    case 'setStage':
      report.step(node, 'mapped', ['update-profile'], note('writesProperty', { property: KLAVIYO_PROPERTIES.stage }));
      return new Map([['next', linked(updateProfile(key, KLAVIYO_PROPERTIES.stage, node.params.stage))]]);
    case 'handoff': {
      const to = report.placeholder('email', 'sales', 'salesEmail');
      report.step(node, 'approximated', ['send-internal-alert', 'update-profile'], note('handoffAlert'));
      const alerted = linked({
        temporary_id: `${key}:alert`,
        type: 'send-internal-alert',
        links: { next: null },
        data: {
          status: 'draft',
          message: { from_email: null, from_label: null, to_emails: [to], subject_line: `Lead for sales: {{ email }}${node.params.note ? ` — ${node.params.note}` : ''}` },
        },
      });
      const staged = updateProfile(`${key}:stage`, KLAVIYO_PROPERTIES.stage, node.params.stage);
      e.actions.push(staged);
      alerted(staged.temporary_id!);
      return new Map([
        [
          'next',
          (id) => {
            staged.links = { next: id };
          },
        ],
      ]);
    }
    case 'updateAttribute': {
      const p = node.params;
      if (p.action === 'set') {
        report.step(node, 'mapped', ['update-profile']);
        return new Map([['next', linked(updateProfile(key, p.attribute, p.value))]]);
      }
      report.step(node, 'approximated', ['update-profile'], note('tagsAsList', { property: KLAVIYO_PROPERTIES.tags }));
      const action: Linked = {
        temporary_id: key,
        type: 'update-profile',
        links: { next: null },
        data: {
          status: 'draft',
          profile_operations: [
            { operator: 'update', property_type: 'list', property_operation: p.action === 'addTag' ? 'add' : 'remove', property_key: KLAVIYO_PROPERTIES.tags, property_value: p.tag },
          ],
        },
      };
      return new Map([['next', linked(action)]]);
    }
    case 'jump': {
      const target = node.params.target;
      if (target.kind === 'node') {
        const to = e.index.byId.get(target.nodeId);
        report.step(node, 'mapped', [], note('continuesAt', { step: to?.label || target.nodeId }));
        return new Map([['next', incoming]]);
      }
      const journeyName = target.journeyName || target.journeyId;
      const list = report.placeholder('list', `journey-${target.journeyId}`, 'pickList', { what: `that starts the flow “${journeyName}”` });
      report.step(node, 'approximated', ['list-update'], note('jumpToJourney', { journey: journeyName }));
      linked({ temporary_id: key, type: 'list-update', links: { next: null }, data: { name: node.label || `To ${journeyName}`, on_execution: true, list_id: list, status: 'draft' } });
      return new Map();
    }
    case 'webhook': {
      const p = node.params;
      const notes = p.method === 'POST' ? [] : [note('methodPost', { method: p.method })];
      report.step(node, notes.length ? 'approximated' : 'mapped', ['send-webhook'], ...notes);
      const body = JSON.stringify({ email: '{{ email }}', journey: e.journey.name, step: node.label || node.id, note: p.note });
      const action: Linked = { temporary_id: key, type: 'send-webhook', links: { next: null }, data: { status: 'draft', message: { url: p.url || null, body, name: node.label || null } } };
      return new Map([['next', linked(action)]]);
    }
    case 'exit':
      if (node.params.reason === 'ended') report.step(node, 'mapped', [], note('pathEnds'));
      else report.step(node, 'approximated', [], note('outcomeNotRecorded', { reason: node.params.reason }));
      return new Map();
    default:
      return unreachable(node);
  }
}

function emitEntry(e: Emitter, node: NodeOf<'entry'>, key: string, incoming: Setter): Exits {
  const { report } = e;
  const p = node.params;
  switch (p.trigger) {
    case 'formSubmitted':
      e.trigger = { type: 'list', id: report.placeholder('list', 'entry', 'pickList', { what: `your form “${p.source || node.label || 'sign-up'}” adds prospects to` }) };
      report.step(node, 'approximated', ['list trigger'], note('formTrigger'));
      break;
    case 'listImport':
      e.trigger = { type: 'list', id: report.placeholder('list', 'entry', 'pickList', { what: `that holds “${p.source || node.label || 'the imported prospects'}”` }) };
      report.step(node, 'mapped', ['list trigger'], note('listTrigger'));
      break;
    case 'stageReached': {
      const stage = p.stage ?? 'inquiry';
      e.trigger = { type: 'segment', id: report.placeholder('segment', `stage-${stage}`, 'pickSegment', { what: `profiles whose lifecycle_stage is ${stage}` }) };
      report.step(node, 'approximated', ['segment trigger'], note('stageAsSegment', { stage }));
      break;
    }
    case 'event': {
      const event = p.source || p.event || 'event';
      e.trigger = { type: 'metric', id: report.placeholder('metric', p.event ?? 'event', 'pickMetric', { metric: event }) };
      report.step(node, 'mapped', ['metric trigger'], note('eventAsMetric', { event }));
      break;
    }
    default:
      unreachable(p.trigger);
  }
  if (e.audience.length === 0) return new Map([['next', incoming]]);
  const split = splitAction(`${key}:audience`, e.audience);
  e.actions.push(split);
  incoming(split.temporary_id!);
  return new Map([
    [
      'next',
      (id) => {
        split.links!.next_if_true = id;
      },
    ],
  ]);
}

function emitCondition(e: Emitter, node: NodeOf<'condition'>, key: string, incoming: Setter): Exits {
  const rule = node.params.rule;
  const { report } = e;
  let condition: KlaviyoCondition;
  let status: Status = 'mapped';
  const notes: ReportNote[] = [];
  switch (rule.kind) {
    case 'engagement': {
      const event = ENGAGEMENT[rule.event];
      condition = metricSinceStart(report.placeholder('metric', event, 'pickMetric', { metric: METRICS[event] }), '');
      status = 'approximated';
      const email = rule.emailNodeId ? e.index.byId.get(rule.emailNodeId) : undefined;
      notes.push(note('anyEmailSinceStart', { email: email ? email.label || email.id : 'this journey' }));
      break;
    }
    case 'score':
      condition = numericAtLeast(KLAVIYO_PROPERTIES.score, rule.atLeast);
      status = 'approximated';
      notes.push(note('readsProperty', { property: KLAVIYO_PROPERTIES.score }));
      break;
    case 'topicScore': {
      const property = KLAVIYO_PROPERTIES.topicScore(rule.topic);
      condition = numericAtLeast(property, rule.atLeast);
      status = 'approximated';
      notes.push(note('readsProperty', { property }));
      break;
    }
    case 'fitGrade': {
      const grades = ['A', 'B', 'C', 'D'].slice(0, ['A', 'B', 'C', 'D'].indexOf(rule.atLeast) + 1);
      condition = { type: 'profile-property', property: propertyPath(KLAVIYO_PROPERTIES.fitGrade), filter: { type: 'string', operator: 'in', value: grades } };
      status = 'approximated';
      notes.push(note('readsProperty', { property: KLAVIYO_PROPERTIES.fitGrade }));
      break;
    }
    case 'stage':
      condition = stageCondition(stagesFrom(rule.atLeast));
      notes.push(note('writesProperty', { property: KLAVIYO_PROPERTIES.stage }));
      break;
    case 'attribute': {
      const converted = attributeCondition(rule.rule);
      condition = converted.condition;
      if (converted.approximated) status = 'approximated';
      break;
    }
    case 'hasConsent':
      condition = consentCondition();
      break;
    case 'accountScore':
    case 'roleEngaged':
    case 'rolesEngaged':
    case 'accountFit': {
      const field = accountFieldRule(rule, e.journey);
      condition = attributeCondition(field.rule).condition;
      status = 'approximated';
      notes.push(accountFieldNote('readsAccountField', field.rule.attribute, field.what));
      break;
    }
    default:
      return unreachable(rule);
  }
  report.step(node, status, ['conditional-split'], ...notes);
  return exitsOf(hangSplit(e, key, [condition], incoming), 'yes', 'no');
}

function emitSplit(e: Emitter, node: NodeOf<'split'>, key: string, incoming: Setter): Exits {
  const p = node.params;
  const exits: Exits = new Map();
  if (p.mode === 'percent') {
    // A chain of random samples: each takes its branch's share of those still undecided.
    const notes: ReportNote[] = p.branches.length > 2 ? [note('randomSplitChain', { count: p.branches.length })] : [];
    let rest = 100;
    let into = incoming;
    p.branches.forEach((branch, i) => {
      if (i === p.branches.length - 1) {
        exits.set(branch.id, into);
        return;
      }
      const exact = rest > 0 ? (branch.percent / rest) * 100 : 0;
      const percentage = Math.min(100, Math.max(0, Math.round(exact)));
      if (Math.abs(percentage - exact) > 1e-9) notes.push(note('percentRounded', { from: round2(exact), to: percentage }));
      rest -= branch.percent;
      const split = hangSplit(e, i === 0 ? key : `${key}:${i}`, [randomSample(percentage)], into);
      exits.set(branch.id, split.yes);
      into = split.no;
    });
    e.report.step(node, notes.length > 0 ? 'approximated' : 'mapped', ['conditional-split'], ...notes);
    return exits;
  }
  const cases = p.cases;
  // Klaviyo's multi-branch split has at most 19 paths plus "everyone else".
  if (cases.length <= 19) {
    const action: MultiSplit = {
      temporary_id: key,
      type: 'multi-branch-split',
      links: null,
      data: {
        name: node.label || p.attribute,
        branches: [
          ...cases.map((c, i) => ({
            branch_id: c.id,
            order: i,
            is_else: false,
            branch_filter: allOf([attributeCondition({ attribute: p.attribute, operator: 'equals', value: c.value }).condition]),
            links: { next: null },
            name: c.value,
          })),
          { branch_id: 'default', order: cases.length, is_else: true, branch_filter: null, links: { next: null }, name: 'Everyone else' },
        ],
      },
    };
    e.actions.push(action);
    incoming(key);
    for (const branch of action.data!.branches) {
      exits.set(branch.is_else ? 'default' : branch.branch_id, (id) => {
        branch.links = { next: id };
      });
    }
    e.report.step(node, 'mapped', ['multi-branch-split']);
    return exits;
  }
  let into = incoming;
  cases.forEach((c, i) => {
    const split = hangSplit(e, `${key}:${i}`, [attributeCondition({ attribute: p.attribute, operator: 'equals', value: c.value }).condition], into);
    exits.set(c.id, split.yes);
    into = split.no;
  });
  exits.set('default', into);
  e.report.step(node, 'approximated', ['conditional-split'], note('switchChain', { count: cases.length }));
  return exits;
}

function splitAction(id: string, conditions: KlaviyoCondition[]): Split {
  return { temporary_id: id, type: 'conditional-split', links: { next_if_true: null, next_if_false: null }, data: { profile_filter: allOf(conditions) } };
}

/** A conditional split hung where `into` points; its yes and no links as setters. */
function hangSplit(e: Emitter, id: string, conditions: KlaviyoCondition[], into: Setter): { yes: Setter; no: Setter } {
  const split = splitAction(id, conditions);
  e.actions.push(split);
  into(id);
  const links = split.links!;
  return {
    yes: (next) => {
      links.next_if_true = next;
    },
    no: (next) => {
      links.next_if_false = next;
    },
  };
}

const exitsOf = (split: { yes: Setter; no: Setter }, yes: string, no: string): Exits =>
  new Map([
    [yes, split.yes],
    [no, split.no],
  ]);

function updateProfile(id: string, property: string, value: string | number | boolean): Linked {
  const operation =
    typeof value === 'number'
      ? { operator: 'update' as const, property_type: 'numeric' as const, property_key: property, property_value: value }
      : typeof value === 'boolean'
        ? { operator: 'update' as const, property_type: 'boolean' as const, property_key: property, property_value: value }
        : { operator: 'update' as const, property_type: 'string' as const, property_key: property, property_value: value };
  return { temporary_id: id, type: 'update-profile', links: { next: null }, data: { status: 'draft', profile_operations: [operation] } };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A duration in whole Klaviyo units (minutes, hours or days); business days become calendar days (5 → 7). */
function delayData(e: Emitter, d: Duration): { data: NonNullable<ActionOf<'time-delay'>['data']>; notes: ReportNote[] } {
  const notes: ReportNote[] = [];
  let unit: 'minutes' | 'hours' | 'days';
  let value: number;
  if (d.unit === 'businessDays') {
    value = Math.ceil((d.amount * 7) / 5);
    unit = 'days';
    notes.push(note('businessDays', { amount: d.amount, days: value }));
  } else if (Number.isInteger(d.amount)) {
    value = d.amount;
    unit = d.unit;
  } else {
    const minutes = d.amount * (d.unit === 'days' ? 1440 : 60);
    value = Math.round(minutes);
    unit = 'minutes';
    if (value !== minutes) notes.push(note('delayRounded', { from: durationText(d), to: `${value} minutes` }));
  }
  const window = e.journey.settings.sendWindow;
  const data: ReturnType<typeof delayData>['data'] = { unit, value, timezone: e.timeZone };
  if (window && unit === 'days') {
    data.delay_until_time = `${String(window.startHour).padStart(2, '0')}:00`;
    data.delay_until_weekdays = window.weekdays.map((day) => WEEKDAYS[day - 1]!);
  }
  return { data, notes };
}
