// One journey step as HubSpot workflow actions, with its report line. Links start empty (the path
// ends) and are set by graphLinks.ts: the first link to an action is STANDARD, any further one a
// GO-TO, as HubSpot's v4 documentation describes going to an action in another branch. The
// switch covers every step kind: a new kind fails the type-check until it is handled here.
import type { AttributeRule, Duration, Stage } from '../../journey/primitives';
import { FIT_GRADES, LIFECYCLE_STAGES } from '../../journey/primitives';
import type { JourneyDocument, JourneyNode, NodeOf } from '../../journey/schema';
import type { ContentTranslator } from '../content';
import { passThrough as pass, type Link, type Placed } from '../graphLinks';
import { placeEnd } from '../graphSteps';
import { accountFieldNote, accountFieldRule } from '../accountSide';
import { note, unreachable, type ReportBuilder, type ReportNote, type Status } from '../report';
import type { JourneyIndex } from '../treePlan';
import { dayList, durationText } from '../units';
import type { HubSpotAction, HubSpotConnection, HubSpotFilter, HubSpotFilterBranch, HubSpotOperation } from './wire';

/** HubSpot's lifecycle stages (internal values); SAL has none of its own: it stays an MQL whose lead status says sales works it. */
export const HUBSPOT_STAGES: Readonly<Record<Stage, string>> = { inquiry: 'lead', mql: 'marketingqualifiedlead', sal: 'marketingqualifiedlead', sql: 'salesqualifiedlead', customer: 'customer' };
/** Action type ids: 0-1 (delay) is named in HubSpot's documentation; the others are marked unverified in the report. */
export const ACTION_TYPES = { delay: '0-1', createTask: '0-3', sendEmail: '0-4', setProperty: '0-5' } as const;
export const HUBSPOT_PROPERTIES = { score: 'nurture_score', fitGrade: 'fit_grade', tags: 'nurture_tags', topicScore: (t: string) => `nurture_score_${t.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}` } as const;

export interface HubSpotEmitter {
  journey: JourneyDocument;
  report: ReportBuilder;
  content: ContentTranslator;
  index: JourneyIndex;
  actions: HubSpotAction[];
  nextId: number;
  /** STANDARD links made to each action so far (later ones are GO-TO). */
  linked: Set<string>;
}

/** Sets a connection: STANDARD the first time an action is reached, GO-TO after. */
export function connect(e: HubSpotEmitter, set: (c: HubSpotConnection | undefined) => void): Link {
  return (to) => {
    if (to === null) return set(undefined);
    set({ edgeType: e.linked.has(to) ? 'GO-TO' : 'STANDARD', nextActionId: to });
    e.linked.add(to);
  };
}

const unverified = (what: string) => note('betaUnverified', { what });

function single(e: HubSpotEmitter, node: JourneyNode, status: Status, actionTypeId: string, fields: Record<string, unknown>, ...notes: ReportNote[]): Placed {
  const action: Extract<HubSpotAction, { type: 'SINGLE_CONNECTION' }> = { actionId: String(e.nextId++), type: 'SINGLE_CONNECTION', actionTypeId, actionTypeVersion: 0, fields };
  e.actions.push(action);
  e.report.step(node, status, [`${actionTypeId}`], ...notes);
  return { head: action.actionId, exits: new Map([['next', connect(e, (c) => (c ? (action.connection = c) : delete action.connection))]]) };
}

/** Two actions in a row; the step's outputs leave from the second. */
function chain(e: HubSpotEmitter, first: Placed, second: Placed): Placed {
  first.exits.get('next')!(second.head);
  return { head: first.head, exits: second.exits };
}

export function delayFields(d: Duration): { fields: Record<string, unknown>; notes: ReportNote[] } {
  if (d.unit === 'businessDays') {
    const days = Math.ceil((d.amount * 7) / 5);
    return { fields: { delta: String(days), time_unit: 'DAYS' }, notes: [note('businessDays', { amount: d.amount, days })] };
  }
  if (d.unit === 'days' && Number.isInteger(d.amount)) return { fields: { delta: String(d.amount), time_unit: 'DAYS' }, notes: [] };
  const minutes = Math.max(1, Math.round(d.amount * (d.unit === 'days' ? 1440 : 60)));
  return { fields: { delta: String(minutes), time_unit: 'MINUTES' }, notes: minutes === d.amount * (d.unit === 'days' ? 1440 : 60) ? [] : [note('delayRounded', { from: durationText(d), to: `${minutes} minutes` })] };
}

const setProperty = (property: string, value: string) => ({ property_name: property, value: { type: 'STATIC_VALUE', staticValue: value } });

export function placeStep(e: HubSpotEmitter, node: JourneyNode): Placed {
  const { report } = e;
  switch (node.type) {
    case 'entry':
      return pass;
    case 'sendEmail': {
      const p = node.params;
      const template = p.templateId === null ? undefined : e.content.template(p.templateId);
      if (p.subject) e.content.subject(p.subject, p.templateId);
      const notes = p.templateId === null ? [note('noTemplate')] : template ? [] : [note('templateMissing')];
      const contentId = template ? report.placeholder('email', template.templateId, 'createHubSpotEmail', { template: template.name }) : report.placeholder('email', `step-${node.id}`, 'createHubSpotEmail', { template: node.label || node.id });
      return single(e, node, 'approximated', ACTION_TYPES.sendEmail, { content_id: contentId }, ...notes, unverified('send marketing email (0-4, content_id)'));
    }
    case 'wait': {
      const p = node.params;
      if (p.mode === 'until') {
        const [hour, minute] = p.time.split(':').map(Number);
        return single(e, node, 'approximated', ACTION_TYPES.delay, { delta: '1', time_unit: 'DAYS', time_of_day: { hour, minute } }, note('waitUntilTime', { days: dayList(p.weekdays), time: p.time }), unverified('delay fields (delta, time_unit, time_of_day)'));
      }
      const { fields, notes } = delayFields(p);
      return single(e, node, 'approximated', ACTION_TYPES.delay, fields, ...notes, unverified('delay fields (delta, time_unit)'));
    }
    case 'waitForEvent': {
      const p = node.params;
      const { fields, notes } = delayFields(p.timeout);
      const delayed = single(e, node, 'approximated', ACTION_TYPES.delay, fields, note('waitThenCheck', { timeout: durationText(p.timeout) }), ...notes, unverified('delay fields (delta, time_unit)'));
      const watched = p.emailNodeId ? e.index.byId.get(p.emailNodeId) : undefined;
      const templateId = watched?.type === 'sendEmail' ? watched.params.templateId : null;
      let filter: HubSpotFilter;
      if ((p.event === 'open' || p.event === 'click') && templateId) {
        filter = { filterType: 'EMAIL_EVENT', appId: report.placeholder('app', 'marketing-email', 'pickEmailAppId'), emailId: report.placeholder('email', templateId, 'createHubSpotEmail', { template: templateId }), level: 'ANY', operator: p.event === 'open' ? 'OPENED' : 'LINK_CLICKED' };
        report.step(node, 'approximated', ['LIST_BRANCH'], unverified('email event filter (appId, level)'));
      } else {
        filter = { filterType: 'IN_LIST', listId: report.placeholder('list', `${node.id}-${p.event}`, 'pickList', { what: `of contacts who did “${p.event}”${p.target ? ` (${p.target})` : ''}` }), operator: 'IN_LIST' };
        report.step(node, 'approximated', ['LIST_BRANCH'], note('listMembership'));
      }
      return chain(e, delayed, listBranch(e, node, [{ output: 'event', name: 'Reacted', filters: [filter] }], 'timeout'));
    }
    case 'condition':
      return condition(e, node);
    case 'split':
      return split(e, node);
    case 'adjustScore':
      report.step(node, 'dropped', [], note('noScoreHubSpot'));
      return pass;
    case 'setStage':
      return stage(e, node, node.params.stage);
    case 'handoff': {
      const staged = stage(e, node, node.params.stage);
      const task = single(e, node, 'approximated', ACTION_TYPES.createTask, { subject: `Follow up: ${node.params.note || 'lead handed over from nurturing'}`, task_type: 'TODO' }, note('handoffTask'), unverified('create task (0-3) and its fields'));
      return chain(e, staged, task);
    }
    case 'updateAttribute': {
      const p = node.params;
      if (p.action === 'set') return single(e, node, 'approximated', ACTION_TYPES.setProperty, setProperty(p.attribute, String(p.value)), note('writesProperty', { property: p.attribute }), unverified('set property (0-5) fields'));
      return single(e, node, 'approximated', ACTION_TYPES.setProperty, setProperty(HUBSPOT_PROPERTIES.tags, p.action === 'addTag' ? p.tag : ''), note('tagPropertyReplaced', { property: HUBSPOT_PROPERTIES.tags }), unverified('set property (0-5) fields'));
    }
    case 'webhook': {
      const p = node.params;
      const action: Extract<HubSpotAction, { type: 'WEBHOOK' }> = { actionId: String(e.nextId++), type: 'WEBHOOK', method: p.method, webhookUrl: p.url || report.placeholder('url', `webhook-${node.id}`, 'webhookUrl', { step: node.label || node.id }), queryParams: [] };
      e.actions.push(action);
      report.step(node, 'mapped', ['WEBHOOK']);
      return { head: action.actionId, exits: new Map([['next', connect(e, (c) => (c ? (action.connection = c) : delete action.connection))]]) };
    }
    case 'jump':
    case 'exit':
      return placeEnd(report, e.index, node);
    default:
      return unreachable(node);
  }
}

function stage(e: HubSpotEmitter, node: JourneyNode, stage: Stage): Placed {
  const set = single(e, node, stage === 'sal' ? 'approximated' : 'mapped', ACTION_TYPES.setProperty, setProperty('lifecyclestage', HUBSPOT_STAGES[stage]), note('hubspotStage', { stage, as: HUBSPOT_STAGES[stage] }), unverified('set property (0-5) fields'));
  if (stage !== 'sal') return set;
  const status = single(e, node, 'approximated', ACTION_TYPES.setProperty, setProperty('hs_lead_status', 'IN_PROGRESS'), note('salAsLeadStatus'));
  return chain(e, set, status);
}

const and = (filters: HubSpotFilter[]): HubSpotFilterBranch => ({ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters });
/** HubSpot's filter root: OR over AND branches, as its list filters are built. */
export const anyOf = (...branches: HubSpotFilterBranch[]): HubSpotFilterBranch => ({ filterBranchType: 'OR', filterBranchOperator: 'OR', filterBranches: branches, filters: [] });

function listBranch(e: HubSpotEmitter, node: JourneyNode, branches: { output: string; name: string; filters: HubSpotFilter[]; nested?: HubSpotFilterBranch[] }[], otherwise: string): Placed {
  const action: Extract<HubSpotAction, { type: 'LIST_BRANCH' }> = {
    actionId: String(e.nextId++),
    type: 'LIST_BRANCH',
    listBranches: branches.map((b) => ({ branchName: b.name.slice(0, 100), filterBranch: anyOf({ ...and(b.filters), filterBranches: b.nested ?? [] }) })),
    defaultBranchName: 'None met',
  };
  e.actions.push(action);
  const exits = new Map<string, Link>(branches.map((b, i) => [b.output, connect(e, (c) => (c ? (action.listBranches[i]!.connection = c) : delete action.listBranches[i]!.connection))]));
  exits.set(otherwise, connect(e, (c) => (c ? (action.defaultBranch = c) : delete action.defaultBranch)));
  return { head: action.actionId, exits };
}

const operation = (op: HubSpotOperation): HubSpotOperation => op;

/** An attribute rule as a property filter (HubSpot's operator names as its examples use them; unverified). */
export function ruleFilter(rule: AttributeRule): HubSpotFilter {
  const v = rule.value;
  const single = Array.isArray(v) ? (v[0] ?? '') : v;
  const property = rule.attribute.toLowerCase();
  const base = { includeObjectsWithNoValueSet: false };
  switch (rule.operator) {
    case 'in':
    case 'notIn':
      return { filterType: 'PROPERTY', property, operation: operation({ ...base, operationType: 'MULTISTRING', operator: rule.operator === 'in' ? 'IS_EQUAL_TO' : 'IS_NOT_EQUAL_TO', values: (Array.isArray(v) ? v : [v]).map(String) }) };
    case 'exists':
    case 'notExists':
      return { filterType: 'PROPERTY', property, operation: { ...base, operationType: 'ALL_PROPERTY', operator: rule.operator === 'exists' ? 'IS_KNOWN' : 'IS_UNKNOWN' } };
    case 'gte':
    case 'lte':
      return { filterType: 'PROPERTY', property, operation: { ...base, operationType: 'NUMBER', operator: rule.operator === 'gte' ? 'IS_GREATER_THAN_OR_EQUAL_TO' : 'IS_LESS_THAN_OR_EQUAL_TO', value: Number(single) || 0 } };
    case 'contains':
      return { filterType: 'PROPERTY', property, operation: { ...base, operationType: 'STRING', operator: 'CONTAINS', value: String(single) } };
    case 'equals':
    case 'notEquals': {
      const operator = rule.operator === 'equals' ? 'IS_EQUAL_TO' : 'IS_NOT_EQUAL_TO';
      if (typeof single === 'boolean') return { filterType: 'PROPERTY', property, operation: { ...base, operationType: 'BOOL', operator, value: single } };
      if (typeof single === 'number') return { filterType: 'PROPERTY', property, operation: { ...base, operationType: 'NUMBER', operator, value: single } };
      return { filterType: 'PROPERTY', property, operation: { ...base, operationType: 'STRING', operator, value: single } };
    }
  }
}

export const stageFilter = (stages: readonly Stage[]): HubSpotFilter => ({
  filterType: 'PROPERTY',
  property: 'lifecyclestage',
  operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: [...new Set(stages.map((s) => HUBSPOT_STAGES[s]))], includeObjectsWithNoValueSet: false },
});

/** HubSpot's object type of companies, and the association type from a contact to its company (HubSpot's associations guide). */
export const COMPANY_OBJECT_TYPE = '0-2';
export const CONTACT_TO_COMPANY = 279;

/** Filters on the contact's associated company (a list filter's ASSOCIATION branch). */
export const companyBranch = (filters: HubSpotFilter[]): HubSpotFilterBranch => ({
  filterBranchType: 'ASSOCIATION',
  filterBranchOperator: 'AND',
  objectTypeId: COMPANY_OBJECT_TYPE,
  associationTypeId: CONTACT_TO_COMPANY,
  associationCategory: 'HUBSPOT_DEFINED',
  operator: 'IN_LIST',
  filterBranches: [],
  filters,
});

function condition(e: HubSpotEmitter, node: NodeOf<'condition'>): Placed {
  const rule = node.params.rule;
  const { report } = e;
  let filter: HubSpotFilter;
  const notes: ReportNote[] = [unverified('filter operator names')];
  switch (rule.kind) {
    case 'engagement': {
      const email = rule.emailNodeId ? e.index.byId.get(rule.emailNodeId) : undefined;
      const templateId = email?.type === 'sendEmail' ? email.params.templateId : null;
      if (templateId && rule.event !== 'downloaded') filter = { filterType: 'EMAIL_EVENT', appId: report.placeholder('app', 'marketing-email', 'pickEmailAppId'), emailId: report.placeholder('email', templateId, 'createHubSpotEmail', { template: templateId }), level: 'ANY', operator: rule.event === 'opened' ? 'OPENED' : 'LINK_CLICKED' };
      else {
        filter = { filterType: 'IN_LIST', listId: report.placeholder('list', `${node.id}-${rule.event}`, 'pickList', { what: `of contacts who ${rule.event} an email of this journey` }), operator: 'IN_LIST' };
        notes.push(note('listMembership'));
      }
      break;
    }
    case 'score':
      filter = ruleFilter({ attribute: HUBSPOT_PROPERTIES.score, operator: 'gte', value: rule.atLeast });
      notes.push(note('readsProperty', { property: HUBSPOT_PROPERTIES.score }));
      break;
    case 'topicScore':
      filter = ruleFilter({ attribute: HUBSPOT_PROPERTIES.topicScore(rule.topic), operator: 'gte', value: rule.atLeast });
      notes.push(note('readsProperty', { property: HUBSPOT_PROPERTIES.topicScore(rule.topic) }));
      break;
    case 'fitGrade':
      filter = { filterType: 'PROPERTY', property: HUBSPOT_PROPERTIES.fitGrade, operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: FIT_GRADES.slice(0, FIT_GRADES.indexOf(rule.atLeast) + 1), includeObjectsWithNoValueSet: false } };
      notes.push(note('readsProperty', { property: HUBSPOT_PROPERTIES.fitGrade }));
      break;
    case 'stage':
      filter = stageFilter(LIFECYCLE_STAGES.slice(LIFECYCLE_STAGES.indexOf(rule.atLeast)));
      break;
    case 'attribute':
      filter = ruleFilter(rule.rule);
      break;
    case 'hasConsent':
      filter = { filterType: 'PROPERTY', property: 'hs_email_optout', operation: { operationType: 'BOOL', operator: 'IS_NOT_EQUAL_TO', value: true, includeObjectsWithNoValueSet: true } };
      notes.push(note('consentOptOutProperty'));
      break;
    // The account's figure is a property of the contact's company: the branch filters on the associated company.
    case 'accountScore':
    case 'roleEngaged':
    case 'rolesEngaged':
    case 'accountFit': {
      const field = accountFieldRule(rule, e.journey);
      const property = ruleFilter(field.rule);
      notes.push(accountFieldNote('readsCompanyProperty', field.rule.attribute, field.what), unverified('a list branch filtering on the associated company (ASSOCIATION branch, association type 279)'));
      report.step(node, 'approximated', ['LIST_BRANCH'], ...notes);
      return listBranch(e, node, [{ output: 'yes', name: node.label || 'Yes', filters: [], nested: [companyBranch([property])] }], 'no');
    }
    default:
      return unreachable(rule);
  }
  report.step(node, 'approximated', ['LIST_BRANCH'], ...notes);
  return listBranch(e, node, [{ output: 'yes', name: node.label || 'Yes', filters: [filter] }], 'no');
}

function split(e: HubSpotEmitter, node: NodeOf<'split'>): Placed {
  const p = node.params;
  if (p.mode === 'switch') {
    const action: Extract<HubSpotAction, { type: 'STATIC_BRANCH' }> = { actionId: String(e.nextId++), type: 'STATIC_BRANCH', inputValue: { type: 'OBJECT_PROPERTY', propertyName: p.attribute.toLowerCase() }, staticBranches: p.cases.map((c) => ({ branchValue: c.value })), defaultBranchName: 'Everyone else' };
    e.actions.push(action);
    e.report.step(node, 'mapped', ['STATIC_BRANCH']);
    const exits = new Map<string, Link>(p.cases.map((c, i) => [c.id, connect(e, (con) => (con ? (action.staticBranches[i]!.connection = con) : delete action.staticBranches[i]!.connection))]));
    exits.set('default', connect(e, (con) => (con ? (action.defaultBranch = con) : delete action.defaultBranch)));
    return { head: action.actionId, exits };
  }
  // HubSpot's A/B branch lists connections only: contacts are split evenly (its type carries no shares).
  const action: Extract<HubSpotAction, { type: 'AB_TEST_BRANCH' }> = { actionId: String(e.nextId++), type: 'AB_TEST_BRANCH', testBranches: [] };
  e.actions.push(action);
  const slots: (HubSpotConnection | null)[] = p.branches.map(() => null);
  const even = p.branches.every((b) => Math.abs(b.percent - 100 / p.branches.length) < 1e-9);
  e.report.step(node, even ? 'mapped' : 'approximated', ['AB_TEST_BRANCH'], ...(even ? [] : [note('evenSplit', { count: p.branches.length })]), unverified('A/B branch shares'));
  const exits = new Map<string, Link>(
    p.branches.map((b, i) => [
      b.id,
      connect(e, (c) => {
        slots[i] = c ?? null;
        action.testBranches = slots.filter((s): s is HubSpotConnection => s !== null);
      }),
    ]),
  );
  return { head: action.actionId, exits };
}
