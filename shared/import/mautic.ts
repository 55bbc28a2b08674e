// A Mautic campaign into a journey: as its API returns it (GET /api/campaigns/{id}: { campaign: {
// events, canvasSettings, lists, forms, allowRestart } }), as Mautic 7's export file (a list with
// campaign, campaign_event and email), or our own Mautic export file (which carries the emails'
// HTML). Events hang from their parent and decision path; an event's interval becomes a wait
// before it, a decision's "no" interval its timeout; "jump to event" becomes a connection. Canvas
// positions are kept. Unknown event types, cycles and missing parents are report lines.
import { MAUTIC_DIALECT } from '../export/mautic/dialect';
import type { Duration } from '../journey/primitives';
import { FIT_GRADES, isAttributeName, LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import type { ConditionRule, JourneyDocument } from '../journey/schema';
import type { ImportCode, ImportParams } from './importText';
import { JourneyBuilder } from './journeyBuilder';
import { untranslateMergeTags } from './mergeTags';
import { arr, at, num, obj, str, type Json } from './read';

interface Ev {
  id: string;
  e: Json;
  path: string;
  parent: string | null;
  decisionPath: 'yes' | 'no' | null;
}
type Content = { name: string; subject: string; preheader: string; html: string; path: string; language?: string };

const OPS: Record<string, 'equals' | 'notEquals' | 'gte' | 'lte' | 'contains' | 'in' | 'notIn' | 'exists' | 'notExists'> = { '=': 'equals', '!=': 'notEquals', gte: 'gte', lte: 'lte', gt: 'gte', lt: 'lte', contains: 'contains', in: 'in', '!in': 'notIn', '!empty': 'exists', empty: 'notExists' };
const idOf = (v: unknown) => str(v) ?? str(obj(v)?.id) ?? null;
const placeholderKey = (v: string | undefined, kind: string) => new RegExp(`^<<${kind}:(.+)>>$`).exec(v ?? '')?.[1];

export function importMautic(root: unknown, kind: 'api' | 'mautic7' | 'bundle') {
  const b = new JourneyBuilder('mautic');
  let campaign: Json;
  let base: string;
  let events: Ev[];
  const contents = new Map<string, Content>();
  if (kind === 'mautic7') {
    const file = obj(arr(root)?.[0]) ?? {};
    campaign = obj(arr(file.campaign)?.[0]) ?? {};
    base = '$[0].campaign[0]';
    events = (arr(file.campaign_event) ?? []).map((x, i) => {
      const e = obj(x) ?? {};
      return { id: idOf(e.id) ?? `#${i}`, e: { ...e, eventType: e.event_type, triggerMode: e.trigger_mode, triggerInterval: e.trigger_interval, triggerIntervalUnit: e.trigger_interval_unit, triggerHour: e.trigger_hour }, path: at('$[0].campaign_event', i), parent: idOf(e.parent_id), decisionPath: (str(e.decisionPath) as 'yes' | 'no' | undefined) ?? null };
    });
    (arr(file.email) ?? []).forEach((x, i) => {
      const m = obj(x) ?? {};
      contents.set(idOf(m.id) ?? '', { name: str(m.name) ?? '', subject: str(m.subject) ?? '', preheader: str(m.preheader_text) ?? '', html: str(m.custom_html) ?? '', path: `$[0].email[${i}]`, language: str(m.lang) });
    });
  } else {
    const r = obj(root) ?? {};
    campaign = kind === 'bundle' ? (obj(obj(r.campaign)?.body) ?? {}) : (obj(r.campaign) ?? r);
    base = kind === 'bundle' ? '$.campaign.body' : obj(r.campaign) ? '$.campaign' : '$';
    events = (arr(campaign.events) ?? []).map((x, i) => {
      const e = obj(x) ?? {};
      return { id: idOf(e.id) ?? `#${i}`, e, path: at(`${base}.events`, i), parent: idOf(e.parent), decisionPath: (str(e.decisionPath) as 'yes' | 'no' | undefined) ?? null };
    });
    for (const [i, x] of (arr(r.emails) ?? []).entries()) {
      const m = obj(obj(x)?.body) ?? {};
      contents.set(str(obj(x)?.placeholder) ?? '', { name: str(m.name) ?? '', subject: str(m.subject) ?? '', preheader: str(m.preheaderText) ?? '', html: str(m.customHtml) ?? '', path: `$.emails[${i}].body`, language: str(m.language) });
    }
  }
  if (events.length === 0) return { ok: false as const, problems: [{ path: `${base}.events`, message: 'The campaign has no events.' }] };

  const positions = new Map<string, { x: number; y: number }>();
  for (const n of arr(obj(campaign.canvasSettings ?? campaign.canvas_settings)?.nodes) ?? []) {
    const node = obj(n) ?? {};
    const x = num(node.positionX);
    const y = num(node.positionY);
    if (x !== undefined && y !== undefined) positions.set(idOf(node.id) ?? '', { x, y });
  }
  const byId = new Map(events.map((ev) => [ev.id, ev]));
  const children = new Map<string | null, Ev[]>();
  for (const ev of events) {
    if (ev.parent !== null && !byId.has(ev.parent)) {
      b.line(ev.path, 'dropped', 'parentMissing', { id: ev.parent });
      continue;
    }
    children.set(ev.parent, [...(children.get(ev.parent) ?? []), ev]);
  }

  const forms = arr(campaign.forms) ?? [];
  const entry = b.add('entry', { trigger: forms.length > 0 ? 'formSubmitted' : 'listImport', source: '', stage: null, event: null }, 'entry', 'Start', positions.get('lists') ?? positions.get('forms'));
  b.line(`${base}.${forms.length > 0 ? 'forms' : 'lists'}`, 'kept', forms.length > 0 ? 'sourceForm' : 'sourceSegment');

  const headOf = new Map<string, string>();
  const jumps: { from: { id: string; output: string }; target: string; path: string }[] = [];
  const emailStep = new Map<string, string>();
  const windows = new Set<string>();
  // Iterative: a campaign thousands of events deep cannot overflow the stack; each event is placed once (a cycle of parents never reaches the root).
  const stack: { ev: Ev; from: { id: string; output: string } }[] = [...(children.get(null) ?? [])].reverse().map((ev) => ({ ev, from: { id: entry, output: 'next' } }));
  const placed = new Set<string>();
  while (stack.length > 0) {
    const { ev, from } = stack.pop()!;
    if (placed.has(ev.id)) continue;
    placed.add(ev.id);
    const out = placeEvent(b, ev, from, byId, contents, positions, emailStep, windows, jumps);
    if (out.head) headOf.set(ev.id, out.head);
    for (const child of [...(children.get(ev.id) ?? [])].reverse()) {
      const exit = out.exits[child.decisionPath ?? 'next'] ?? out.exits.next;
      if (!exit) {
        b.line(child.path, 'dropped', 'noSuchPath', { path: child.decisionPath ?? 'next' });
        continue;
      }
      stack.push({ ev: child, from: exit });
    }
  }
  for (const ev of events) if (!placed.has(ev.id) && (ev.parent === null || byId.has(ev.parent))) b.line(ev.path, 'dropped', 'parentsCycle');
  for (const j of jumps) {
    const target = headOf.get(j.target);
    if (target) b.connect(j.from.id, j.from.output, target);
    else b.line(j.path, 'dropped', 'jumpMissing', { id: j.target });
  }
  const settings: Partial<JourneyDocument['settings']> = { reentry: campaign.allowRestart === true || campaign.allow_restart === true ? { policy: 'afterDays', days: 1 } : { policy: 'never' }, description: (str(campaign.description) ?? '').slice(0, 2000) };
  if (settings.reentry?.policy === 'afterDays') b.line(`${base}.allowRestart`, 'approximated', 'restart');
  if (windows.size === 1) {
    const [start, end, days] = [...windows][0]!.split('|') as [string, string, string];
    settings.sendWindow = { weekdays: days.split(',').filter(Boolean).map((d) => Number(d) || 7), startHour: Number(start.slice(0, 2)), endHour: Math.min(24, Number(end.slice(0, 2)) + (end.slice(3, 5) === '00' ? 0 : 1)), timeZone: 'Europe/Berlin' };
    b.line(`${base}.events`, 'approximated', 'windowFromEmails');
  }
  return b.finish(`mautic_${str(campaign.id) ?? 'campaign'}`, str(campaign.name) ?? 'Imported Mautic campaign', settings, { api: 'Mautic campaign (API)', mautic7: 'Mautic 7 campaign export file', bundle: 'Mautic export file (Nurture Studio)' }[kind]);
}

const UNIT_MINUTES: Record<string, number> = { i: 1, h: 60, d: 1440, m: 43_200, y: 525_600 };
function intervalOf(e: Json): Duration | null {
  const value = num(e.triggerInterval) ?? 0;
  if (str(e.triggerMode) !== 'interval' || value <= 0) return null;
  const minutes = value * (UNIT_MINUTES[str(e.triggerIntervalUnit) ?? 'd'] ?? 1440);
  return minutes % 1440 === 0 ? { amount: Math.min(3650, minutes / 1440), unit: 'days' } : { amount: Math.min(3650, minutes / 60), unit: 'hours' };
}

type From = { id: string; output: string };
function placeEvent(b: JourneyBuilder, ev: Ev, from: From, byId: Map<string, Ev>, contents: Map<string, Content>, positions: Map<string, { x: number; y: number }>, emailStep: Map<string, string>, windows: Set<string>, jumps: { from: From; target: string; path: string }[]): { head: string | null; exits: Partial<Record<'next' | 'yes' | 'no', From>> } {
  const { e, path } = ev;
  const type = str(e.type) ?? '';
  const props = obj(e.properties) ?? {};
  const pos = positions.get(ev.id);
  const name = str(e.name);
  const parentType = ev.parent ? str(byId.get(ev.parent)?.e.type) : undefined;
  const isDecision = str(e.eventType) === 'decision';
  // An action or condition waits its interval first; under an open/click decision's "no" path that interval is the decision's timeout.
  let into = from;
  let head: string | null = null;
  // Our export gives a jump to a wait that wait's time; the wait is already in front of the target.
  const jumpTarget = type === 'campaign.jump_to_event' ? byId.get(idOf(props.jumpToEvent) ?? '') : undefined;
  const sameAsTarget = jumpTarget !== undefined && JSON.stringify(intervalOf(jumpTarget.e)) === JSON.stringify(intervalOf(e));
  const delay = isDecision || sameAsTarget ? null : intervalOf(e);
  const timeoutOfDecision = ev.decisionPath === 'no' && (parentType === 'email.open' || parentType === 'email.click' || parentType === 'asset.download' || parentType === 'form.submit' || parentType === 'page.pagehit');
  const hour = str(e.triggerHour);
  if (!isDecision && hour && /^\d\d:\d\d/.test(hour)) {
    const days = (arr(e.triggerRestrictedDaysOfWeek) ?? []).map((d) => num(d)).filter((d): d is number => d !== undefined && d >= 0 && d <= 6).map((d) => (d === 0 ? 7 : d));
    const w = b.add('wait', { mode: 'until', weekdays: days.length > 0 ? days : [1, 2, 3, 4, 5, 6, 7], time: hour.slice(0, 5) }, `${ev.id}_wait`, undefined, pos && { x: pos.x, y: pos.y - 80 });
    b.connect(into.id, into.output, w);
    into = { id: w, output: 'next' };
    head = w;
  } else if (delay && !timeoutOfDecision) {
    const w = b.add('wait', { mode: 'duration', ...delay }, `${ev.id}_wait`, undefined, pos && { x: pos.x, y: pos.y - 80 });
    b.connect(into.id, into.output, w);
    into = { id: w, output: 'next' };
    head = w;
  }
  const step = <T extends Parameters<JourneyBuilder['add']>[0]>(t: T, params: Parameters<JourneyBuilder['add']>[1] & object, status: 'kept' | 'approximated', code: ImportCode, values?: ImportParams) => {
    const id = b.add(t, params as never, ev.id, name, pos);
    b.connect(into.id, into.output, id);
    b.line(path, status, code, values);
    return id;
  };
  const one = (id: string) => ({ head: head ?? id, exits: { next: { id, output: 'next' } } });
  const yesNo = (id: string, yes = 'yes', no = 'no') => ({ head: head ?? id, exits: { yes: { id, output: yes }, no: { id, output: no } } });
  switch (type) {
    case 'email.send': {
      const ref = str(props.email) ?? '';
      const content = contents.get(ref);
      let templateId: string | null = null;
      if (content) templateId = b.template(placeholderKey(ref, 'email') ?? `email_${ref}`, content.name, untranslateMergeTags(content.subject, MAUTIC_DIALECT), untranslateMergeTags(content.preheader, MAUTIC_DIALECT), untranslateMergeTags(content.html, MAUTIC_DIALECT), content.path, content.language);
      const start = str(e.triggerRestrictedStartHour);
      const stop = str(e.triggerRestrictedStopHour);
      if (start && stop) windows.add(`${start}|${stop}|${(arr(e.triggerRestrictedDaysOfWeek) ?? []).map((d) => (num(d) === 0 ? 7 : num(d))).join(',')}`);
      const id = step('sendEmail', { templateId, subject: '', topics: [] }, content ? 'kept' : 'approximated', content ? 'emailKept' : 'emailWithoutContent', { ref: ref || 'none' });
      emailStep.set(ev.id, id);
      return one(id);
    }
    case 'email.open':
    case 'email.click':
    case 'asset.download':
    case 'form.submit':
    case 'page.pagehit': {
      const event = ({ 'email.open': 'open', 'email.click': 'click', 'asset.download': 'download', 'form.submit': 'form', 'page.pagehit': 'visit' } as const)[type];
      const noChild = [...byId.values()].find((c) => c.parent === ev.id && c.decisionPath === 'no');
      const timeout = (noChild && intervalOf(noChild.e)) || { amount: 30, unit: 'days' as const };
      const target = type === 'email.click' ? (str(arr(obj(props.urls)?.list)?.[0]) ?? '') : type === 'page.pagehit' ? (str(props.url) ?? '').replace(/^\*|\*$/g, '') : '';
      const id = step('waitForEvent', { event, emailNodeId: ev.parent ? (emailStep.get(ev.parent) ?? null) : null, target: target.slice(0, 500), timeout }, noChild && intervalOf(noChild.e) ? 'kept' : 'approximated', noChild && intervalOf(noChild.e) ? 'decisionTimeout' : 'decisionNoTimeout');
      return yesNo(id, 'event', 'timeout');
    }
    case 'lead.points':
    case 'lead.stages':
    case 'lead.field_value':
    case 'lead.dnc':
    case 'lead.segments': {
      const c = conditionOf(type, props);
      const id = step('condition', { rule: c.rule }, c.status, c.code, c.params);
      return type === 'lead.dnc' ? yesNo(id, 'no', 'yes') : yesNo(id);
    }
    case 'lead.changepoints':
      return one(step('adjustScore', { points: Math.max(-1000, Math.min(1000, num(props.points) ?? 0)), topic: placeholderKey(str(props.group), 'pointgroup') ?? null }, 'kept', 'pointChange'));
    case 'stage.change': {
      const stage = stageOf(str(props.stage), name);
      const child = [...byId.values()].find((c) => c.parent === ev.id && str(c.e.type) === 'lead.changeowner');
      if (child) return one(step('handoff', { note: (str(e.description) ?? '').slice(0, 500), stage: stage ?? 'sal', branchOnAnswer: false }, 'approximated', 'stageOwnerHandoff'));
      return one(step('setStage', { stage: stage ?? 'mql' }, stage ? 'kept' : 'approximated', stage ? 'stageChange' : 'stageUnknown', { stage: str(props.stage) ?? '?' }));
    }
    case 'lead.changeowner':
      if (parentType === 'stage.change') {
        b.line(path, 'kept', 'handoffPart');
        return { head: null, exits: { next: into } };
      }
      return one(step('handoff', { note: '', stage: 'sal', branchOnAnswer: false }, 'approximated', 'ownerHandoff'));
    case 'lead.updatelead': {
      const [key, value] = Object.entries(props).find(([k, v]) => isAttributeName(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) ?? [];
      if (key === undefined) break;
      return one(step('updateAttribute', { action: 'set', attribute: key, value: typeof value === 'string' ? value.slice(0, 200) : (value as number | boolean) }, Object.keys(props).length > 1 ? 'approximated' : 'kept', Object.keys(props).length > 1 ? 'fieldsSeveral' : 'setsField', { field: key }));
    }
    case 'lead.changetags': {
      const add = (arr(props.add_tags) ?? []).map(str).filter(Boolean) as string[];
      const remove = (arr(props.remove_tags) ?? []).map(str).filter(Boolean) as string[];
      const tag = (add[0] ?? remove[0] ?? 'tag').slice(0, 60);
      return one(step('updateAttribute', { action: add.length > 0 ? 'addTag' : 'removeTag', tag }, add.length + remove.length > 1 ? 'approximated' : 'kept', add.length + remove.length > 1 ? 'tagsSeveral' : 'tagChange', { tag }));
    }
    case 'campaign.sendwebhook':
      return one(step('webhook', { url: (str(props.url) ?? '').slice(0, 2000), method: str(props.method)?.toUpperCase() === 'PUT' ? 'PUT' : 'POST', note: (str(obj(props.additional_data)?.note) ?? '').slice(0, 500) }, 'kept', 'webhook'));
    case 'campaign.addremovelead': {
      const to = str(arr(props.addTo)?.[0]) ?? 'campaign';
      const id = step('jump', { target: { kind: 'journey', journeyId: (placeholderKey(to, 'campaign') ?? to).replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64) || 'campaign', journeyName: '' } }, 'approximated', 'campaignMove');
      return { head: head ?? id, exits: {} };
    }
    case 'campaign.jump_to_event': {
      const target = idOf(props.jumpToEvent);
      if (target) jumps.push({ from: into, target, path: `${path}.properties.jumpToEvent` });
      b.line(path, 'kept', 'jumpKept');
      return { head, exits: {} };
    }
    default:
      break;
  }
  b.line(path, 'dropped', isDecision || str(e.eventType) === 'condition' ? 'decisionUnknown' : 'eventUnknown', { type: type || 'missing' });
  return { head, exits: { next: into, yes: into } };
}

function stageOf(value: string | undefined, name: string | undefined): Stage | null {
  const key = placeholderKey(value, 'stage') ?? value ?? '';
  if ((LIFECYCLE_STAGES as readonly string[]).includes(key)) return key as Stage;
  const fromName = /Stage: (\w+)/.exec(name ?? '')?.[1];
  return fromName && (LIFECYCLE_STAGES as readonly string[]).includes(fromName) ? (fromName as Stage) : null;
}

function conditionOf(type: string, p: Json): { rule: ConditionRule; status: 'kept' | 'approximated'; code: ImportCode; params?: ImportParams } {
  switch (type) {
    case 'lead.points':
      if (str(p.group)) return { rule: { kind: 'topicScore', topic: (placeholderKey(str(p.group), 'pointgroup') ?? str(p.group)!).slice(0, 60), atLeast: num(p.score) ?? 0 }, status: 'kept', code: 'pointGroupCheck' };
      return { rule: { kind: 'score', atLeast: num(p.score) ?? 0 }, status: str(p.operator) === 'gte' ? 'kept' : 'approximated', code: str(p.operator) === 'gte' ? 'pointsCheck' : 'pointsAtLeast', params: { operator: str(p.operator) ?? '?', score: num(p.score) ?? 0 } };
    case 'lead.stages': {
      const stages = (arr(p.stages) ?? []).map((s) => stageOf(str(s), undefined)).filter((s): s is Stage => s !== null);
      const first = stages.sort((a, b) => LIFECYCLE_STAGES.indexOf(a) - LIFECYCLE_STAGES.indexOf(b))[0];
      return first ? { rule: { kind: 'stage', atLeast: first }, status: 'kept', code: 'stageCheck' } : { rule: { kind: 'stage', atLeast: 'mql' }, status: 'approximated', code: 'stagesNotOurs' };
    }
    case 'lead.dnc':
      return { rule: { kind: 'hasConsent' }, status: 'kept', code: 'dncCheck' };
    case 'lead.field_value': {
      const field = str(p.field) ?? '';
      const op = OPS[str(p.operator) ?? ''];
      if (field === 'fit_grade' && op === 'in') {
        const grades = (arr(p.value) ?? []).map(str);
        return { rule: { kind: 'fitGrade', atLeast: ([...FIT_GRADES].reverse().find((g) => grades.includes(g)) ?? 'A') }, status: 'kept', code: 'fitCheck' };
      }
      const attribute = field === 'position' ? 'role' : field;
      if (op && isAttributeName(attribute)) {
        const value = Array.isArray(p.value) ? p.value.map((v) => str(v) ?? '').slice(0, 200) : typeof p.value === 'number' || typeof p.value === 'boolean' ? p.value : (str(p.value) ?? '').slice(0, 200);
        return { rule: { kind: 'attribute', rule: { attribute, operator: op, value } }, status: 'kept', code: 'fieldCheck', params: { field: attribute } };
      }
      return { rule: { kind: 'hasConsent' }, status: 'approximated', code: 'fieldUnknown', params: { field, operator: str(p.operator) ?? '?' } };
    }
    default:
      return { rule: { kind: 'engagement', event: 'opened', emailNodeId: null }, status: 'approximated', code: 'segmentCheck' };
  }
}
