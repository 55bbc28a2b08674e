// One journey step as Mautic campaign events, with its report line. Waits, exits and jumps to a
// step add no event: their time or target passes on to what follows. The switch covers every
// step kind: a new kind fails the type-check until it is handled here.
import { FIT_GRADES, LIFECYCLE_STAGES, type AttributeRule, type Duration } from '../../journey/primitives';
import type { JourneyDocument, JourneyNode, NodeOf } from '../../journey/schema';
import type { ContentTranslator } from '../content';
import { durationText } from '../units';
import { accountFieldNote, accountFieldRule } from '../accountSide';
import { note, unreachable, type ReportBuilder, type ReportNote, type Status } from '../report';
import { exportedOutputs, type JourneyIndex } from '../treePlan';
import { addDelay, type CampaignBuilder, type EventSpec, type Slot } from './campaign';

export interface MauticEmitter {
  journey: JourneyDocument;
  report: ReportBuilder;
  content: ContentTranslator;
  builder: CampaignBuilder;
  index: JourneyIndex;
}

export type SlotExits = Map<string, Slot>;

const MINUTES = { hours: 60, days: 1440, businessDays: 1440 } as const;
const OPERATORS: Record<AttributeRule['operator'], string> = {
  equals: '=',
  notEquals: '!=',
  in: 'in',
  notIn: '!in',
  contains: 'contains',
  gte: 'gte',
  lte: 'lte',
  exists: '!empty',
  notExists: 'empty',
};
/** Our attributes that Mautic has as core contact fields under another alias. */
const FIELD_ALIASES: Readonly<Record<string, string>> = { role: 'position', company: 'company', country: 'country' };
export const mauticField = (attribute: string) => FIELD_ALIASES[attribute] ?? attribute.toLowerCase().replace(/[^a-z0-9_]/g, '_');

export function durationMinutes(d: Duration): { minutes: number; notes: ReportNote[] } {
  if (d.unit !== 'businessDays') return { minutes: d.amount * MINUTES[d.unit], notes: [] };
  const days = Math.ceil((d.amount * 7) / 5);
  return { minutes: days * 1440, notes: [note('businessDays', { amount: d.amount, days })] };
}

export function emitStep(m: MauticEmitter, node: JourneyNode, slot: Slot): SlotExits {
  const { report, builder } = m;
  const here = { ...slot, position: node.position };
  const all = (s: Slot): SlotExits => new Map(exportedOutputs(node).map((o) => [o, s]));
  /** Adds one event; a delay a decision cannot keep is reported on the waits that made it. */
  const add = (spec: EventSpec, at: Slot = here) => {
    const { event, delayDropped } = builder.add(at, spec, node);
    if (delayDropped) for (const wait of at.waits) report.step(wait, 'dropped', [], note('waitBeforeDecision'));
    return event;
  };
  const action = (status: Status, spec: EventSpec, ...notes: ReportNote[]): SlotExits => {
    report.step(node, status, [spec.type], ...notes);
    return all(builder.below(add(spec), null, node.position));
  };
  switch (node.type) {
    case 'entry': {
      const p = node.params;
      if (p.trigger === 'formSubmitted' || (p.trigger === 'event' && p.event === 'formSubmit')) report.step(node, 'mapped', ['forms'], note('formTrigger'));
      else if (p.trigger === 'listImport') report.step(node, 'mapped', ['lists'], note('listTrigger'));
      else if (p.trigger === 'stageReached') report.step(node, 'approximated', ['lists'], note('stageAsSegment', { stage: p.stage ?? 'inquiry' }));
      else report.step(node, 'approximated', ['lists'], note('eventAsSegment', { event: p.source || p.event || 'event' }));
      return all(here);
    }
    case 'sendEmail': {
      const p = node.params;
      const template = p.templateId === null ? undefined : m.content.template(p.templateId);
      const notes = p.templateId === null ? [note('noTemplate')] : template ? [] : [note('templateMissing')];
      const email = template ? report.placeholder('email', template.templateId, 'createEmail', { template: template.name }) : null;
      return action(notes.length ? 'approximated' : 'mapped', { name: node.label || template?.name || 'Send email', type: 'email.send', properties: { email, email_type: 'marketing' } }, ...notes);
    }
    case 'wait': {
      const p = node.params;
      if (p.mode === 'until') {
        report.step(node, 'mapped', [], note('waitMerged', { delay: `${p.weekdays.length} weekday(s) at ${p.time}` }));
        return all(addDelay(here, { minutes: 0, at: { time: p.time, days: p.weekdays.map((d) => d % 7) } }, node));
      }
      const { minutes, notes } = durationMinutes(p);
      report.step(node, notes.length ? 'approximated' : 'mapped', [], note('waitMerged', { delay: durationText(p) }), ...notes);
      return all(addDelay(here, { minutes }, node));
    }
    case 'waitForEvent':
      return emitWaitForEvent(m, node, here, add);
    case 'condition':
      return emitCondition(m, node, here, add);
    case 'split': {
      const p = node.params;
      const exits: SlotExits = new Map();
      let at = here;
      if (p.mode === 'percent') {
        p.branches.forEach((branch, i) => {
          if (i === p.branches.length - 1) return void exits.set(branch.id, at);
          const segment = report.placeholder('segment', `${node.id}-${branch.id}`, 'pickSegment', { what: `about ${branch.percent} % of contacts, picked at random (branch “${branch.label || branch.id}”)` });
          const event = add({ name: `${node.label || 'Split'}: ${branch.label || branch.id}`, type: 'lead.segments', properties: { segments: [segment] } }, at);
          exits.set(branch.id, builder.below(event, 'yes', node.position));
          at = builder.below(event, 'no', node.position);
        });
        report.step(node, 'approximated', ['lead.segments'], ...p.branches.slice(0, -1).map((b) => note('randomAsSegment', { share: b.percent })));
        return exits;
      }
      for (const c of p.cases) {
        const event = add({ name: `${p.attribute} = ${c.value}`, type: 'lead.field_value', properties: { field: mauticField(p.attribute), operator: '=', value: c.value } }, at);
        exits.set(c.id, builder.below(event, 'yes', node.position));
        at = builder.below(event, 'no', node.position);
      }
      exits.set('default', at);
      report.step(node, 'mapped', ['lead.field_value'], note('switchChain', { count: p.cases.length }));
      return exits;
    }
    case 'adjustScore': {
      const p = node.params;
      const group = p.topic === null ? null : report.placeholder('pointgroup', p.topic, 'pickPointGroup', { topic: p.topic });
      const spec: EventSpec = { name: node.label || `${p.points > 0 ? '+' : ''}${p.points} points`, type: 'lead.changepoints', properties: { points: p.points, ...(group ? { group } : {}) } };
      return group ? action('approximated', spec, note('pointGroup', { topic: p.topic! })) : action('mapped', spec);
    }
    case 'setStage':
      return action('mapped', { name: node.label || `Stage: ${node.params.stage}`, type: 'stage.change', properties: { stage: stagePlaceholder(m, node.params.stage) } });
    case 'handoff': {
      const staged = add({ name: node.label || 'Hand off to sales', type: 'stage.change', properties: { stage: stagePlaceholder(m, node.params.stage) }, description: node.params.note });
      const owner = report.placeholder('user', 'sales', 'pickOwner');
      const owned = add({ name: `${node.label || 'Hand off to sales'}: owner`, type: 'lead.changeowner', properties: { owner } }, builder.below(staged, null, node.position));
      report.step(node, 'approximated', ['stage.change', 'lead.changeowner'], note('handoffOwner'));
      return all(builder.below(owned, null, node.position));
    }
    case 'updateAttribute': {
      const p = node.params;
      if (p.action === 'set') return action('mapped', { name: node.label || `Set ${p.attribute}`, type: 'lead.updatelead', properties: { [mauticField(p.attribute)]: p.value } });
      const properties = p.action === 'addTag' ? { add_tags: [p.tag], remove_tags: [] } : { add_tags: [], remove_tags: [p.tag] };
      return action('mapped', { name: node.label || `Tag ${p.tag}`, type: 'lead.changetags', properties });
    }
    case 'jump': {
      const target = node.params.target;
      if (target.kind === 'node') {
        const to = m.index.byId.get(target.nodeId);
        report.step(node, 'mapped', [], note('continuesAt', { step: to?.label || target.nodeId }));
        // The plan leads a jump to its step through the output "next".
        return new Map([['next', here]]);
      }
      const name = target.journeyName || target.journeyId;
      const campaign = report.placeholder('campaign', target.journeyId, 'pickCampaign', { journey: name });
      return action('approximated', { name: node.label || `To ${name}`, type: 'campaign.addremovelead', properties: { addTo: [campaign], removeFrom: ['this'] } }, note('jumpToJourney', { journey: name }));
    }
    case 'webhook': {
      const p = node.params;
      return action('mapped', {
        name: node.label || 'Webhook',
        type: 'campaign.sendwebhook',
        properties: { url: p.url, method: p.method.toLowerCase(), headers: {}, additional_data: { journey: m.journey.name, step: node.label || node.id, note: p.note }, timeout: 10 },
      });
    }
    case 'exit':
      if (node.params.reason === 'ended') report.step(node, 'mapped', [], note('pathEnds'));
      else report.step(node, 'approximated', [], note('outcomeNotRecorded', { reason: node.params.reason }));
      return new Map();
    default:
      return unreachable(node);
  }
}

type Add = (spec: EventSpec, at?: Slot) => ReturnType<CampaignBuilder['add']>['event'];

function emitWaitForEvent(m: MauticEmitter, node: NodeOf<'waitForEvent'>, here: Slot, add: Add): SlotExits {
  const { report, builder } = m;
  const p = node.params;
  const timeout = durationMinutes(p.timeout);
  const after = (event: ReturnType<Add>): SlotExits =>
    new Map([
      ['event', builder.below(event, 'yes', node.position)],
      ['timeout', addDelay(builder.below(event, 'no', node.position), { minutes: timeout.minutes }, null)],
    ]);
  const timeoutNote = note('decisionWithTimeout', { timeout: durationText(p.timeout) });
  const name = node.label || `Wait for ${p.event}`;
  if (p.event === 'open' || p.event === 'click') {
    const parentStep = here.parent ? builder.stepOf.get(here.parent.id) : undefined;
    const watchesParent = here.parent?.type === 'email.send' && (p.emailNodeId === null || parentStep?.id === p.emailNodeId) && here.delay === null;
    if (watchesParent) {
      const type = p.event === 'open' ? 'email.open' : 'email.click';
      const properties = type === 'email.click' && p.target ? { urls: { list: [p.target] } } : {};
      report.step(node, timeout.notes.length ? 'approximated' : 'mapped', [type], timeoutNote, ...(p.target && type === 'email.click' ? [note('clickUrlContains', { target: p.target })] : []), ...timeout.notes);
      return after(add({ name, type, properties }));
    }
    const email = p.emailNodeId ? m.index.byId.get(p.emailNodeId) : undefined;
    const what = `contacts who ${p.event === 'open' ? 'opened' : 'clicked in'} “${email?.label || email?.id || 'an email of this campaign'}”`;
    const segment = report.placeholder('segment', `${node.id}-${p.event}`, 'pickSegment', { what });
    const event = add({ name, type: 'lead.segments', properties: { segments: [segment] } }, addDelay(here, { minutes: timeout.minutes }, null));
    report.step(node, 'approximated', ['lead.segments'], note('decisionNeedsEmail'), note('waitThenCheck', { timeout: durationText(p.timeout) }), ...timeout.notes);
    return new Map([
      ['event', builder.below(event, 'yes', node.position)],
      ['timeout', builder.below(event, 'no', node.position)],
    ]);
  }
  let spec: EventSpec;
  const notes: ReportNote[] = [timeoutNote, ...timeout.notes];
  switch (p.event) {
    case 'download':
      spec = { name, type: 'asset.download', properties: { assets: [report.placeholder('asset', node.id, 'pickAsset')] } };
      break;
    case 'form':
      spec = { name, type: 'form.submit', properties: { forms: [report.placeholder('form', node.id, 'pickForm', { what: `“${p.target || name}”` })] } };
      break;
    case 'visit':
      spec = { name, type: 'page.pagehit', properties: { pages: [], url: p.target ? `*${p.target}*` : '' } };
      if (p.target) notes.push(note('visitUrl', { target: `*${p.target}*` }));
      break;
    default:
      return unreachable(p.event);
  }
  report.step(node, timeout.notes.length ? 'approximated' : 'mapped', [spec.type], ...notes);
  return after(add(spec));
}

function emitCondition(m: MauticEmitter, node: NodeOf<'condition'>, here: Slot, add: Add): SlotExits {
  const { report, builder } = m;
  const rule = node.params.rule;
  const name = node.label || 'Condition';
  let spec: EventSpec;
  let status: Status = 'mapped';
  let swapped = false;
  const notes: ReportNote[] = [];
  switch (rule.kind) {
    case 'engagement': {
      const email = rule.emailNodeId ? m.index.byId.get(rule.emailNodeId) : undefined;
      const what = `contacts who ${rule.event} “${email?.label || email?.id || 'an email of this campaign'}”`;
      spec = { name, type: 'lead.segments', properties: { segments: [report.placeholder('segment', `${node.id}-${rule.event}`, 'pickSegment', { what })] } };
      status = 'approximated';
      notes.push(note('segmentCheck', { what }));
      break;
    }
    case 'score':
      spec = { name, type: 'lead.points', properties: { operator: 'gte', score: rule.atLeast } };
      break;
    case 'topicScore':
      spec = { name, type: 'lead.points', properties: { operator: 'gte', score: rule.atLeast, group: report.placeholder('pointgroup', rule.topic, 'pickPointGroup', { topic: rule.topic }) } };
      status = 'approximated';
      notes.push(note('pointGroup', { topic: rule.topic }));
      break;
    case 'fitGrade':
      spec = { name, type: 'lead.field_value', properties: { field: 'fit_grade', operator: 'in', value: FIT_GRADES.slice(0, FIT_GRADES.indexOf(rule.atLeast) + 1) } };
      status = 'approximated';
      notes.push(note('readsProperty', { property: 'fit_grade' }));
      break;
    case 'stage':
      spec = { name, type: 'lead.stages', properties: { stages: LIFECYCLE_STAGES.slice(LIFECYCLE_STAGES.indexOf(rule.atLeast)).map((s) => stagePlaceholder(m, s)) } };
      break;
    case 'attribute': {
      const r = rule.rule;
      spec = { name, type: 'lead.field_value', properties: { field: mauticField(r.attribute), operator: OPERATORS[r.operator], value: r.value } };
      break;
    }
    case 'hasConsent':
      spec = { name, type: 'lead.dnc', properties: { channels: ['email'], reason: null } };
      swapped = true;
      notes.push(note('pathsSwapped'));
      break;
    // Mautic's "Contact field value" condition also compares company fields: it joins the contact's company (LeadFieldRepository::getPropertyByField).
    case 'accountScore':
    case 'roleEngaged':
    case 'rolesEngaged':
    case 'accountFit': {
      const field = accountFieldRule(rule, m.journey);
      const r = field.rule;
      spec = { name, type: 'lead.field_value', properties: { field: r.attribute, operator: OPERATORS[r.operator], value: r.value } };
      status = 'approximated';
      notes.push(accountFieldNote('readsCompanyField', r.attribute, field.what));
      break;
    }
    default:
      return unreachable(rule);
  }
  report.step(node, status, [spec.type], ...notes);
  const event = add(spec);
  return new Map([
    ['yes', builder.below(event, swapped ? 'no' : 'yes', node.position)],
    ['no', builder.below(event, swapped ? 'yes' : 'no', node.position)],
  ]);
}

function stagePlaceholder(m: MauticEmitter, stage: string): string {
  return m.report.placeholder('stage', stage, 'pickStage', { stage });
}
