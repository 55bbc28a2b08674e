// One journey step as Dittofeed journey nodes (with the segments they check), and its report
// line. Links default to the exit; graphLinks.ts sets them. The switch covers every step kind: a
// new kind fails the type-check until it is handled here.
import type { Duration } from '../../journey/primitives';
import type { JourneyDocument, JourneyNode, NodeOf } from '../../journey/schema';
import type { ContentTranslator } from '../content';
import { passThrough as pass, type Link, type Placed } from '../graphLinks';
import { placeEnd } from '../graphSteps';
import { accountFieldNote, accountFieldRule, camelField } from '../accountSide';
import { note, unreachable, type ReportBuilder, type ReportNote, type Status } from '../report';
import type { JourneyIndex } from '../treePlan';
import { durationText } from '../units';
import { uuidOf } from '../uuid';
import { allOf, clause, DITTOFEED_TRAITS, gradesFrom, ruleClause, type SegmentBook, stageNodes, stagesFrom, trait } from './segments';
import { EXIT, type DittofeedBodyNode, type SegmentNode } from './wire';

export interface DittofeedEmitter {
  journey: JourneyDocument;
  report: ReportBuilder;
  content: ContentTranslator;
  segments: SegmentBook;
  index: JourneyIndex;
  nodes: DittofeedBodyNode[];
  webhookTemplates: { key: string; id: string; name: string; definition: Record<string, unknown> }[];
  subscriptionGroup: string | undefined;
}

const HOUR = 3600;
const SECONDS = { hours: HOUR, days: 24 * HOUR, businessDays: 24 * HOUR } as const;
const EVENTS = { download: 'Download', form: 'Form Submitted', visit: 'Page Visit' } as const;

/** Seconds of a duration; business days become calendar days (5 → 7). */
export function durationSeconds(d: Duration): { seconds: number; notes: ReportNote[] } {
  if (d.unit !== 'businessDays') return { seconds: Math.round(d.amount * SECONDS[d.unit]), notes: [] };
  const days = Math.ceil((d.amount * 7) / 5);
  return { seconds: days * 24 * HOUR, notes: [note('businessDays', { amount: d.amount, days })] };
}

export function placeStep(e: DittofeedEmitter, node: JourneyNode): Placed {
  const { report } = e;
  switch (node.type) {
    case 'entry':
      // The entry node is written by the adapter; the journey goes on with what follows.
      return pass;
    case 'sendEmail': {
      const p = node.params;
      const template = p.templateId === null ? undefined : e.content.template(p.templateId);
      if (!template) {
        report.step(node, 'dropped', [], note(p.templateId === null ? 'noTemplate' : 'templateMissing'), note('pathContinues'));
        return pass;
      }
      const notes = p.subject ? [note('subjectFromTemplate')] : [];
      if (p.subject) e.content.subject(p.subject, p.templateId);
      return single(
        e,
        node,
        notes.length ? 'approximated' : 'mapped',
        { id: node.id, type: 'MessageNode', name: node.label || template.name, ...(e.subscriptionGroup ? { subscriptionGroupId: e.subscriptionGroup } : {}), variant: { type: 'Email', templateId: uuidOf(e.journey.id, `template:${template.templateId}`) }, child: EXIT },
        ...notes,
      );
    }
    case 'wait': {
      const p = node.params;
      if (p.mode === 'until') {
        const [hour, minute] = p.time.split(':').map(Number) as [number, number];
        return single(e, node, 'mapped', { id: node.id, type: 'DelayNode', variant: { type: 'LocalTime', hour, minute, allowedDaysOfWeek: p.weekdays.map((d) => d % 7) }, child: EXIT }, note('localTime', { time: p.time }));
      }
      const { seconds, notes } = durationSeconds(p);
      return single(e, node, notes.length ? 'approximated' : 'mapped', { id: node.id, type: 'DelayNode', variant: { type: 'Second', seconds }, child: EXIT }, ...notes);
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
      report.step(node, 'dropped', [], note('noTraitWrites', { property: DITTOFEED_TRAITS.stage }));
      return pass;
    case 'updateAttribute':
      report.step(node, 'dropped', [], note('noTraitWrites', { property: node.params.action === 'set' ? node.params.attribute : 'tags' }));
      return pass;
    case 'handoff':
      return webhook(e, node, { url: '', method: 'POST', note: node.params.note }, 'approximated', note('handoffWebhook', { stage: node.params.stage }));
    case 'webhook':
      return webhook(e, node, node.params, 'mapped');
    case 'jump':
      return placeEnd(report, e.index, node);
    case 'exit':
      return placeEnd(report, e.index, node, ['ExitNode']);
    default:
      return unreachable(node);
  }
}

/** A two-way split on a segment. */
function segmentSplit(e: DittofeedEmitter, node: JourneyNode, segment: string, yes: string, no: string): Placed {
  const made: DittofeedBodyNode = { id: node.id, type: 'SegmentSplitNode', name: node.label || undefined, variant: { type: 'Boolean', segment, trueChild: EXIT, falseChild: EXIT } };
  if (!made.name) delete made.name;
  e.nodes.push(made);
  const v = made.variant;
  return { head: made.id, exits: new Map<string, Link>([[yes, (to) => void (v.trueChild = to ?? EXIT)], [no, (to) => void (v.falseChild = to ?? EXIT)]]) };
}

function waitForEvent(e: DittofeedEmitter, node: NodeOf<'waitForEvent'>): Placed {
  const p = node.params;
  const { seconds, notes } = durationSeconds(p.timeout);
  const watched = p.emailNodeId ? e.index.byId.get(p.emailNodeId) : undefined;
  const templateId = watched?.type === 'sendEmail' ? watched.params.templateId : null;
  let check: SegmentNode;
  const more: ReportNote[] = [];
  if ((p.event === 'open' || p.event === 'click') && templateId) {
    check = { type: 'Email', id: 'reaction', event: p.event === 'open' ? 'DFEmailOpened' : 'DFEmailClicked', templateId: uuidOf(e.journey.id, `template:${templateId}`) };
    if (p.event === 'click' && p.target) more.push(note('clickAnyLink', { target: p.target }));
  } else {
    const event = p.event === 'open' ? 'Email Opened' : p.event === 'click' ? 'Email Clicked' : EVENTS[p.event];
    check = { type: 'Performed', id: 'reaction', event, times: 1, timesOperator: '>=' };
    more.push(note('trackEvent', { event }));
  }
  const segment = e.segments.add(`wait:${node.id}`, `${node.label || node.id}: reacted`, () => ({ entryNode: check, nodes: [] }));
  const made = { id: node.id, type: 'WaitForNode' as const, timeoutSeconds: seconds, timeoutChild: EXIT, segmentChildren: [{ id: EXIT, segmentId: segment }] };
  e.nodes.push(made);
  e.report.step(node, notes.length || more.length ? 'approximated' : 'mapped', ['WaitForNode'], note('waitForSegment', { timeout: durationText(p.timeout) }), ...more, ...notes);
  return {
    head: made.id,
    exits: new Map<string, Link>([
      ['event', (to) => void (made.segmentChildren[0]!.id = to ?? EXIT)],
      ['timeout', (to) => void (made.timeoutChild = to ?? EXIT)],
    ]),
  };
}

function condition(e: DittofeedEmitter, node: NodeOf<'condition'>): Placed {
  const rule = node.params.rule;
  const notes: ReportNote[] = [];
  let status: Status = 'mapped';
  let root: SegmentNode;
  let nodes: SegmentNode[] = [];
  switch (rule.kind) {
    case 'engagement': {
      const email = rule.emailNodeId ? e.index.byId.get(rule.emailNodeId) : undefined;
      const templateId = email?.type === 'sendEmail' ? email.params.templateId : null;
      if (templateId && rule.event !== 'downloaded') root = { type: 'Email', id: 'reaction', event: rule.event === 'opened' ? 'DFEmailOpened' : 'DFEmailClicked', templateId: uuidOf(e.journey.id, `template:${templateId}`) };
      else {
        const event = rule.event === 'opened' ? 'Email Opened' : rule.event === 'clicked' ? 'Email Clicked' : 'Download';
        root = { type: 'Performed', id: 'reaction', event, times: 1, timesOperator: '>=' };
        status = 'approximated';
        notes.push(note('trackEvent', { event }));
      }
      break;
    }
    case 'score':
      root = trait('score', DITTOFEED_TRAITS.score, { type: 'GreaterThanOrEqual', value: rule.atLeast });
      status = 'approximated';
      notes.push(note('readsProperty', { property: DITTOFEED_TRAITS.score }));
      break;
    case 'topicScore': {
      const property = DITTOFEED_TRAITS.topicScore(rule.topic);
      root = trait('score', property, { type: 'GreaterThanOrEqual', value: rule.atLeast });
      status = 'approximated';
      notes.push(note('readsProperty', { property }));
      break;
    }
    case 'fitGrade':
      ({ root, nodes } = clause('Or', 'grades', gradesFrom(rule.atLeast).map((g, i) => trait(`grade${i}`, DITTOFEED_TRAITS.fitGrade, { type: 'Equals', value: g }))));
      status = 'approximated';
      notes.push(note('readsProperty', { property: DITTOFEED_TRAITS.fitGrade }));
      break;
    case 'stage':
      ({ root, nodes } = clause('Or', 'stages', stageNodes(stagesFrom(rule.atLeast))));
      notes.push(note('readsProperty', { property: DITTOFEED_TRAITS.stage }));
      break;
    case 'attribute': {
      const c = ruleClause(rule.rule, 'rule');
      ({ root, nodes } = c);
      if (c.approximated) status = 'approximated';
      break;
    }
    case 'hasConsent':
      root = { type: 'SubscriptionGroup', id: 'consent', subscriptionGroupId: e.subscriptionGroup ?? e.report.placeholder('subscriptionGroup', 'marketing', 'pickSubscriptionGroup'), subscriptionGroupType: 'OptIn' };
      notes.push(note('consentSubscriptionGroup'));
      break;
    case 'accountScore':
    case 'roleEngaged':
    case 'rolesEngaged':
    case 'accountFit': {
      const field = accountFieldRule(rule, e.journey, camelField);
      ({ root, nodes } = ruleClause(field.rule, 'account'));
      status = 'approximated';
      notes.push(accountFieldNote('readsAccountField', field.rule.attribute, field.what));
      break;
    }
    default:
      return unreachable(rule);
  }
  const segment = e.segments.add(`condition:${node.id}`, node.label || `Condition ${node.id}`, () => allOf('condition', [{ root, nodes }]));
  e.report.step(node, status, ['SegmentSplitNode'], ...notes);
  return segmentSplit(e, node, segment, 'yes', 'no');
}

function split(e: DittofeedEmitter, node: NodeOf<'split'>): Placed {
  const p = node.params;
  if (p.mode === 'percent') {
    const made = { id: node.id, type: 'RandomCohortNode' as const, children: p.branches.map((b) => ({ id: EXIT, percent: b.percent, name: b.label || b.id })) };
    e.nodes.push(made);
    e.report.step(node, 'mapped', ['RandomCohortNode']);
    return { head: made.id, exits: new Map(p.branches.map((b, i) => [b.id, (to: string | null) => void (made.children[i]!.id = to ?? EXIT)])) };
  }
  // A switch: a chain of segment splits, one per case, in order; the last "no" is the default.
  const exits = new Map<string, Link>();
  let previous: ((to: string | null) => void) | null = null;
  let head: string | null = null;
  p.cases.forEach((c, i) => {
    const segment = e.segments.add(`switch:${node.id}:${c.id}`, `${p.attribute} = ${c.value}`, () => allOf('case', [{ root: trait('case', p.attribute, { type: 'Equals', value: c.value }), nodes: [] }]));
    const id = i === 0 ? node.id : `${node.id}_${c.id}`;
    const made = { id, type: 'SegmentSplitNode' as const, name: `${p.attribute} = ${c.value}`, variant: { type: 'Boolean' as const, segment, trueChild: EXIT, falseChild: EXIT } };
    e.nodes.push(made);
    if (previous) previous(id);
    else head = id;
    exits.set(c.id, (to) => void (made.variant.trueChild = to ?? EXIT));
    previous = (to) => void (made.variant.falseChild = to ?? EXIT);
  });
  exits.set('default', previous!);
  e.report.step(node, 'mapped', ['SegmentSplitNode'], note('switchChain', { count: p.cases.length }));
  return { head, exits };
}

/** A webhook message: Dittofeed sends it with a webhook template (its body is the request config as JSON). */
function webhook(e: DittofeedEmitter, node: JourneyNode, p: { url: string; method: string; note: string }, status: Status, ...notes: ReportNote[]): Placed {
  const id = uuidOf(e.journey.id, `webhook:${node.id}`);
  const url = p.url || e.report.placeholder('url', `webhook-${node.id}`, 'webhookUrl', { step: node.label || node.id });
  const config = { url, method: p.method, data: { userId: '{{ user.id }}', email: '{{ user.email }}', journey: e.journey.name, step: node.label || node.id, note: p.note } };
  e.webhookTemplates.push({ key: `webhook-${node.id}`, id, name: `${node.label || 'Webhook'} (${node.id})`, definition: { type: 'Webhook', identifierKey: 'id', body: JSON.stringify({ config }) } });
  return single(e, node, status, { id: node.id, type: 'MessageNode', name: node.label || 'Webhook', variant: { type: 'Webhook', templateId: id }, child: EXIT }, ...notes);
}

function single(e: DittofeedEmitter, node: JourneyNode, status: Status, made: Extract<DittofeedBodyNode, { child: string }>, ...notes: ReportNote[]): Placed {
  e.nodes.push(made);
  e.report.step(node, status, [made.type], ...notes);
  return { head: made.id, exits: new Map([['next', (to: string | null) => void (made.child = to ?? EXIT)]]) };
}
