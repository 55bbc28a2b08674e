// A Klaviyo flow into a journey: the flow as GET /api/flows/{id}?additional-fields[flow]=definition
// returns it ({ data: { attributes: { name, definition } } }), or our own Klaviyo export file, which
// also carries each email's HTML. Actions become steps, links become connections, the flow filter
// becomes consent and goal, reentry_criteria re-entry. Anything without an equivalent is a report
// line with its place in the file; cycles and links to missing actions are cut, never followed.
import { LIFECYCLE_STAGES, isAttributeName, type AttributeRule, type Stage } from '../journey/primitives';
import type { ConditionRule, JourneyDocument } from '../journey/schema';
import { KLAVIYO_DIALECT } from '../export/klaviyo/dialect';
import { KLAVIYO_PROPERTIES } from '../export/klaviyo/filters';
import type { ImportCode, ImportParams } from './importText';
import { JourneyBuilder } from './journeyBuilder';
import { untranslateMergeTags } from './mergeTags';
import { arr, at, num, obj, str, type Json } from './read';

type Out = { id: string; output: string };
/** A link of an action: from the step output it leaves (null when the action passes through, so only its target is visited). */
type Pending = { from: Out | null; to: string | null; path: string };
const WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function importKlaviyo(root: Json, bundle: boolean) {
  const b = new JourneyBuilder('klaviyo');
  const base = bundle ? '$.flow.body.data' : '$.data';
  const data = obj(bundle ? obj(obj(root.flow)?.body)?.data : root.data) ?? {};
  const attrs = obj(data.attributes) ?? {};
  const defPath = `${base}.attributes.definition`;
  const def = obj(attrs.definition);
  if (!def) return { ok: false as const, problems: [{ path: defPath, message: 'The flow has no definition; fetch it with additional-fields[flow]=definition.' }] };
  const actions = arr(def.actions);
  if (!actions) return { ok: false as const, problems: [{ path: `${defPath}.actions`, message: 'The definition has no list of actions.' }] };

  // Email content our Klaviyo export carries: template placeholder → HTML.
  const html = new Map<string, { name: string; html: string; path: string }>();
  if (bundle) {
    for (const [i, t] of (arr(root.templates) ?? []).entries()) {
      const tt = obj(t);
      const a = obj(obj(obj(tt?.body)?.data)?.attributes);
      const key = str(tt?.placeholder);
      if (key && a) html.set(key, { name: str(a.name) ?? key, html: str(a.html) ?? '', path: `$.templates[${i}].body.data.attributes.html` });
    }
  }

  const byId = new Map<string, { action: Json; path: string }>();
  actions.forEach((a, i) => {
    const action = obj(a);
    const id = str(action?.temporary_id) ?? str(action?.id);
    if (!action || !id) return b.line(at(`${defPath}.actions`, i), 'dropped', 'actionNoId');
    if (byId.has(id)) return b.line(at(`${defPath}.actions`, i), 'dropped', 'actionDuplicateId', { id });
    byId.set(id, { action, path: at(`${defPath}.actions`, i) });
  });

  const settings: Partial<JourneyDocument['settings']> = {};
  const entry = b.add('entry', triggerParams(b, def, defPath), 'entry', 'Start');
  readFlowFilter(b, def, defPath, settings);
  const reentry = obj(def.reentry_criteria);
  if (reentry && str(reentry.unit) === 'day' && (num(reentry.duration) ?? 0) >= 1) settings.reentry = { policy: 'afterDays', days: num(reentry.duration)! };
  else settings.reentry = { policy: 'never' };

  // Walk the actions from the entry, depth first; a link back to an action on the current path is a cycle.
  const headOf = new Map<string, string | null>();
  const state = new Map<string, 'open' | 'done'>();
  const pending: Pending[] = [];
  const windows = new Map<string, number>();
  const smartSending = { on: false };
  const stack: { id: string; links: Pending[] }[] = [];

  const visit = (id: string) => {
    const found = byId.get(id)!;
    state.set(id, 'open');
    const placed = placeAction(b, found.action, found.path, id, html, windows, (other) => byId.get(other)?.action, smartSending);
    headOf.set(id, placed.head);
    if (placed.consumed) state.set(placed.consumed, 'done');
    stack.push({ id, links: placed.links });
  };
  const link = (from: Out | null, to: string | null, path: string) => {
    if (to === null) return;
    if (!byId.has(to)) return b.line(path, 'dropped', 'linkMissing', { id: to });
    if (state.get(to) === 'open') return b.line(path, 'dropped', 'linkCycle', { id: to });
    if (!state.has(to)) visit(to);
    pending.push({ from, to, path });
  };
  let firstAction = str(def.entry_action_id) ?? null;
  const audience = firstAction ? readAudience(byId.get(firstAction)?.action) : null;
  if (audience && firstAction) {
    settings.audience = audience;
    b.line(byId.get(firstAction)!.path, 'kept', 'audienceSplit');
    state.set(firstAction, 'done');
    headOf.set(firstAction, null);
    firstAction = str(obj(byId.get(firstAction)!.action.links)?.next_if_true) ?? null;
  }
  link({ id: entry, output: 'next' }, firstAction, `${defPath}.entry_action_id`);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const next = frame.links.shift();
    if (!next) {
      state.set(frame.id, 'done');
      stack.pop();
      continue;
    }
    link(next.from, next.to, next.path);
  }
  // Connect each link to the first step of the action it names, passing through dropped actions.
  const resolve = (id: string | null): string | null => {
    const seen = new Set<string>();
    let current = id;
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      const head = headOf.get(current);
      if (head !== undefined && head !== null) return head;
      const found = byId.get(current);
      const l = obj(found?.action.links);
      current = found ? (str(l?.next) ?? str(l?.next_if_true) ?? null) : null;
    }
    return null;
  };
  for (const p of pending) {
    const target = resolve(p.to);
    if (target && p.from) b.connect(p.from.id, p.from.output, target);
  }
  for (const [id, { path }] of byId) if (!state.has(id)) b.line(path, 'dropped', 'actionUnreachable');

  if (smartSending.on) {
    settings.frequencyCap = { maxEmails: 1, perDays: 1 };
    b.line(`${defPath}.actions`, 'approximated', 'smartSending');
  }
  // A time of day on every delay in days is how our export writes the send window: read it back.
  if (windows.size === 1) {
    const [key] = windows.keys();
    const [time, days, zone] = key!.split('|') as [string, string, string];
    settings.sendWindow = { weekdays: days.split(',').map(Number), startHour: Number(time.slice(0, 2)), endHour: 18, timeZone: zone === 'profile' ? 'Europe/Berlin' : zone };
    b.line(`${defPath}.actions`, 'approximated', 'windowFromDelays', { time });
  } else if (windows.size > 1) b.line(`${defPath}.actions`, 'approximated', 'delayTimesDiffer');

  return b.finish(str(data.id) ? `klaviyo_${str(data.id)}` : 'klaviyo_flow', str(attrs.name) ?? 'Imported Klaviyo flow', settings, bundle ? 'Klaviyo export file (Nurture Studio)' : 'Klaviyo flow (GET /api/flows/{id})');
}

function triggerParams(b: JourneyBuilder, def: Json, path: string) {
  const triggers = arr(def.triggers) ?? [];
  const t = obj(triggers[0]);
  if (triggers.length > 1) b.line(`${path}.triggers`, 'dropped', 'extraTriggers', { count: triggers.length });
  const type = str(t?.type);
  const source = (str(t?.id) ?? '').slice(0, 200);
  if (type === 'list') return b.line(`${path}.triggers[0]`, 'kept', 'listTrigger'), { trigger: 'listImport' as const, source, stage: null, event: null };
  if (type === 'metric') return b.line(`${path}.triggers[0]`, 'approximated', 'metricTrigger', { metric: source }), { trigger: 'event' as const, source, stage: null, event: 'formSubmit' as const };
  b.line(`${path}.triggers[0]`, 'approximated', 'otherTrigger', { type: type ?? 'missing' });
  return { trigger: 'listImport' as const, source, stage: null, event: null };
}

/** The flow filter: email consent → consent required; a lifecycle stage below N → the goal N. */
function readFlowFilter(b: JourneyBuilder, def: Json, path: string, settings: Partial<JourneyDocument['settings']>) {
  const groups = arr(obj(def.profile_filter)?.condition_groups) ?? [];
  let consent = false;
  groups.forEach((g, i) => {
    for (const c of arr(obj(g)?.conditions) ?? []) {
      const cond = obj(c) ?? {};
      const stages = stageList(cond);
      if (str(cond.type) === 'profile-marketing-consent') consent = true;
      else if (stages && str(obj(cond.filter)?.operator) === 'not-in' && stages.length > 0) settings.goal = { stage: stages[0]!, exitReason: 'converted' };
      else b.line(at(`${path}.profile_filter.condition_groups`, i), 'dropped', 'flowFilterDropped');
    }
  });
  settings.consent = { required: consent };
}

function stageList(cond: Json): Stage[] | null {
  if (str(cond.type) !== 'profile-property' || str(cond.property) !== `properties['${KLAVIYO_PROPERTIES.stage}']`) return null;
  const values = arr(obj(cond.filter)?.value)?.map(str) ?? [];
  return values.filter((v): v is Stage => (LIFECYCLE_STAGES as readonly string[]).includes(v ?? ''));
}

/** One action as steps: its first step (null: the path passes through) and its outgoing links. */
function placeAction(b: JourneyBuilder, action: Json, path: string, id: string, html: Map<string, { name: string; html: string; path: string }>, windows: Map<string, number>, lookup: (id: string) => Json | undefined, smartSending: { on: boolean }): { head: string | null; links: Pending[]; consumed?: string } {
  const type = str(action.type) ?? '';
  const data = obj(action.data) ?? {};
  const links = obj(action.links) ?? {};
  const next = (head: string, output = 'next') => ({ head, links: [{ from: { id: head, output }, to: str(links.next) ?? null, path: `${path}.links.next` }] });
  const branch = (head: string, yes: Out, no: Out) => ({ head, links: [{ from: yes, to: str(links.next_if_true) ?? null, path: `${path}.links.next_if_true` }, { from: no, to: str(links.next_if_false) ?? null, path: `${path}.links.next_if_false` }] });
  switch (type) {
    case 'send-email': {
      const m = obj(data.message) ?? {};
      const ref = str(m.template_id);
      const content = ref ? html.get(ref) : undefined;
      const subject = untranslateMergeTags(str(m.subject_line) ?? '', KLAVIYO_DIALECT);
      let templateId: string | null = null;
      if (content) {
        templateId = b.template(ref!.replace(/^<<template:|>>$/g, ''), content.name, subject, untranslateMergeTags(str(m.preview_text) ?? '', KLAVIYO_DIALECT), untranslateMergeTags(content.html, KLAVIYO_DIALECT), content.path);
        b.line(path, 'kept', 'emailKept');
      } else b.line(path, 'approximated', 'emailWithoutContent', { ref: ref ?? 'none' });
      if (m.smart_sending_enabled === true) smartSending.on = true;
      const ownSubject = content && subject === untranslateMergeTags(b.templates.find((t) => t.id === templateId)?.subject ?? '', KLAVIYO_DIALECT) ? '' : subject;
      return next(b.add('sendEmail', { templateId, subject: ownSubject, topics: [] }, id, str(m.name)));
    }
    case 'time-delay': {
      const unit = str(data.unit);
      const value = num(data.value) ?? 0;
      const time = str(data.delay_until_time);
      const days = (arr(data.delay_until_weekdays) ?? []).map((d) => WEEKDAY.indexOf(str(d) ?? '') + 1).filter((d) => d > 0);
      if (value === 0 && time && days.length > 0 && /^\d\d:\d\d$/.test(time)) {
        b.line(path, 'kept', 'waitUntil', { time });
        return next(b.add('wait', { mode: 'until', weekdays: days, time }, id));
      }
      const split = lookup(str(links.next) ?? '');
      const check = obj((arr(obj((arr(obj(obj(split?.data)?.profile_filter)?.condition_groups) ?? [])[0])?.conditions) ?? [])[0]);
      if (str(split?.type) === 'conditional-split' && str(check?.type) === 'profile-metric' && str(obj(check?.timeframe_filter)?.operator) === 'flow-start' && (arr(obj(obj(split?.data)?.profile_filter)?.condition_groups) ?? []).length === 1) {
        // A delay and then "did the metric happen since the flow started?" is how a wait for a reaction looks in Klaviyo.
        const url = str(obj(obj((arr(check!.metric_filters) ?? [])[0])?.filter)?.value) ?? '';
        const amount = unit === 'minutes' ? value / 60 : value;
        if (time && unit === 'days') windows.set(`${time}|${days.join(',')}|${str(data.timezone) ?? 'profile'}`, 1);
        b.line(path, 'approximated', url ? 'waitForClick' : 'waitForOpen', { metric: str(check!.metric_id) ?? '?' });
        const waitId = b.add('waitForEvent', { event: url ? 'click' : 'open', emailNodeId: null, target: url.slice(0, 500), timeout: { amount: Math.min(3650, Math.max(0, amount)), unit: unit === 'days' ? 'days' : 'hours' } }, id);
        const sl = obj(split!.links) ?? {};
        const splitId = str(links.next)!;
        return { head: waitId, links: [{ from: { id: waitId, output: 'event' }, to: str(sl.next_if_true) ?? null, path: `${path}.links` }, { from: { id: waitId, output: 'timeout' }, to: str(sl.next_if_false) ?? null, path: `${path}.links` }], consumed: splitId };
      }
      if (time && unit === 'days') windows.set(`${time}|${days.join(',')}|${str(data.timezone) ?? 'profile'}`, 1);
      const amount = unit === 'minutes' ? value / 60 : value;
      if (unit !== 'minutes' && unit !== 'hours' && unit !== 'days') b.line(path, 'approximated', 'delayUnitUnknown', { unit: unit ?? 'none' });
      else b.line(path, 'kept', 'delay');
      return next(b.add('wait', { mode: 'duration', amount: Math.min(3650, Math.max(0, amount)), unit: unit === 'days' || !unit ? 'days' : 'hours' }, id));
    }
    case 'conditional-split': {
      const groups = arr(obj(data.profile_filter)?.condition_groups) ?? [];
      const conditions = groups.flatMap((g) => arr(obj(g)?.conditions) ?? []).map((c) => obj(c) ?? {});
      if (groups.length > 1 || conditions.length !== 1) b.line(path, 'approximated', 'splitFirstCondition', { count: conditions.length });
      const c = conditions[0] ?? {};
      if (str(c.type) === 'profile-sample') {
        const p = Math.min(100, Math.max(0, num(c.percentage) ?? 50));
        b.line(path, 'kept', 'randomSplit', { a: p, b: 100 - p });
        const split = b.add('split', { mode: 'percent', branches: [{ id: 'A', label: '', percent: p }, { id: 'B', label: '', percent: 100 - p }] }, id);
        return branch(split, { id: split, output: 'A' }, { id: split, output: 'B' });
      }
      const rule = conditionRule(c);
      b.line(path, rule.status, rule.code, rule.params);
      const cond = b.add('condition', { rule: rule.rule }, id);
      return branch(cond, { id: cond, output: 'yes' }, { id: cond, output: 'no' });
    }
    case 'multi-branch-split': {
      // A switch: every branch checks that one profile property equals a value.
      const branches = (arr(data.branches) ?? []).map((x) => obj(x) ?? {});
      const cases = branches.filter((br) => br.is_else !== true).map((br) => {
        const c = obj((arr(obj((arr(obj(br.branch_filter)?.condition_groups) ?? [])[0])?.conditions) ?? [])[0]) ?? {};
        return { br, property: /^properties\['(.+)'\]$/.exec(str(c.property) ?? '')?.[1], op: str(obj(c.filter)?.operator), value: str(obj(c.filter)?.value) };
      });
      const property = cases[0]?.property;
      if (!property || !isAttributeName(property) || cases.some((c) => c.property !== property || c.op !== 'equals' || c.value === undefined) || cases.length > 20) {
        b.line(path, 'dropped', 'multiSplitDropped');
        return { head: null, links: [] };
      }
      const used = new Set(['default']);
      const ids = cases.map((c, i) => {
        let caseId = (str(c.br.branch_id) ?? `case${i + 1}`).replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || `case${i + 1}`;
        while (used.has(caseId)) caseId = `${caseId}_`.slice(-40);
        used.add(caseId);
        return caseId;
      });
      b.line(path, 'kept', 'switchKept', { property });
      const sw = b.add('split', { mode: 'switch', attribute: property, cases: cases.map((c, i) => ({ id: ids[i]!, value: c.value!.slice(0, 200) })) }, id, str(data.name));
      const elseBranch = branches.find((br) => br.is_else === true);
      return {
        head: sw,
        links: [
          ...cases.map((c, i) => ({ from: { id: sw, output: ids[i]! }, to: str(obj(c.br.links)?.next) ?? null, path: `${path}.data.branches` })),
          ...(elseBranch ? [{ from: { id: sw, output: 'default' }, to: str(obj(elseBranch.links)?.next) ?? null, path: `${path}.data.branches` }] : []),
        ],
      };
    }
    case 'update-profile': {
      const op = obj((arr(data.profile_operations) ?? [])[0]) ?? {};
      const key = str(op.property_key) ?? '';
      const value = op.property_value;
      if (key === KLAVIYO_PROPERTIES.stage && (LIFECYCLE_STAGES as readonly string[]).includes(str(value) ?? '')) {
        b.line(path, 'kept', 'setsStage');
        return next(b.add('setStage', { stage: str(value) as Stage }, id));
      }
      if (key === KLAVIYO_PROPERTIES.tags && str(op.property_type) === 'list') {
        b.line(path, 'kept', 'tagChange');
        return next(b.add('updateAttribute', { action: str(op.property_operation) === 'remove' ? 'removeTag' : 'addTag', tag: (str(value) ?? 'tag').slice(0, 60) || 'tag' }, id));
      }
      if (isAttributeName(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
        b.line(path, 'kept', 'setsField', { field: key });
        return next(b.add('updateAttribute', { action: 'set', attribute: key, value: typeof value === 'string' ? value.slice(0, 200) : value }, id));
      }
      b.line(path, 'dropped', 'profileUpdateDropped', { property: key });
      return { head: null, links: [{ from: null, to: str(links.next) ?? null, path: `${path}.links.next` }] };
    }
    case 'send-webhook': {
      const m = obj(data.message) ?? {};
      b.line(path, 'kept', 'webhook');
      let note = '';
      try {
        note = str(obj(JSON.parse(str(m.body) ?? '') as unknown)?.note) ?? '';
      } catch {
        // A body that is not JSON carries no note.
      }
      return next(b.add('webhook', { url: (str(m.url) ?? '').slice(0, 2000), method: 'POST', note: note.slice(0, 500) }, id, str(m.name)));
    }
    case 'send-internal-alert': {
      const subject = str(obj(data.message)?.subject_line) ?? '';
      // Our export writes a hand-off as the alert and then the stage: read the pair as one step.
      const after = lookup(str(links.next) ?? '');
      const op = obj((arr(obj(after?.data)?.profile_operations) ?? [])[0]);
      const stage = str(after?.type) === 'update-profile' && str(op?.property_key) === KLAVIYO_PROPERTIES.stage ? str(op?.property_value) : undefined;
      const known = (LIFECYCLE_STAGES as readonly string[]).includes(stage ?? '');
      b.line(path, 'approximated', known ? 'alertHandoffStage' : 'alertHandoff');
      const handoff = b.add('handoff', { note: (subject.split(' — ')[1] ?? '').slice(0, 500), stage: known ? (stage as Stage) : 'sal', branchOnAnswer: false }, id);
      return known ? { head: handoff, links: [{ from: { id: handoff, output: 'next' }, to: str(obj(after!.links)?.next) ?? null, path: `${path}.links.next` }] } : next(handoff);
    }
    case 'list-update': {
      const list = str(data.list_id) ?? 'list';
      b.line(path, 'approximated', 'listUpdate');
      return { head: b.add('jump', { target: { kind: 'journey', journeyId: list.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64) || 'list', journeyName: (str(data.name) ?? '').replace(/^To /, '').slice(0, 200) } }, id, str(data.name)), links: [] };
    }
    default:
      b.line(path, 'dropped', 'actionUnknown', { type: type || 'missing' });
      return { head: null, links: [{ from: null, to: str(links.next) ?? null, path: `${path}.links.next` }] };
  }
}

function conditionRule(c: Json): { rule: ConditionRule; status: 'kept' | 'approximated'; code: ImportCode; params?: ImportParams } {
  const type = str(c.type);
  const filter = obj(c.filter) ?? {};
  if (type === 'profile-marketing-consent') return { rule: { kind: 'hasConsent' }, status: 'kept', code: 'consentCheck' };
  if (type === 'profile-metric') return { rule: { kind: 'engagement', event: 'opened', emailNodeId: null }, status: 'approximated', code: 'metricCheck', params: { metric: str(c.metric_id) ?? '?' } };
  const stages = stageList(c);
  if (stages && stages.length > 0 && str(obj(c.filter)?.operator) === 'in' && stages.length === LIFECYCLE_STAGES.length - LIFECYCLE_STAGES.indexOf(stages[0]!) && stages.every((s, i) => s === LIFECYCLE_STAGES[LIFECYCLE_STAGES.indexOf(stages[0]!) + i])) return { rule: { kind: 'stage', atLeast: stages[0]! }, status: 'kept', code: 'stageCheck' };
  const property = /^properties\['(.+)'\]$/.exec(str(c.property) ?? '')?.[1]?.replace(/\\'/g, "'");
  if (type === 'profile-property' && property) {
    const op = str(filter.operator);
    const value = filter.value;
    if (property === KLAVIYO_PROPERTIES.score && op === 'greater-than-or-equal') return { rule: { kind: 'score', atLeast: num(value) ?? 0 }, status: 'kept', code: 'scoreCheck' };
    if (property === KLAVIYO_PROPERTIES.fitGrade && op === 'in') {
      const grades = (arr(value) ?? []).map(str);
      const worst = (['D', 'C', 'B', 'A'] as const).find((g) => grades.includes(g)) ?? 'A';
      return { rule: { kind: 'fitGrade', atLeast: worst }, status: 'kept', code: 'fitCheck' };
    }
    const rule = attributeRule(property, op, value, str(filter.type));
    if (rule) return { rule: { kind: 'attribute', rule }, status: 'kept', code: 'fieldCheck', params: { field: property } };
  }
  return { rule: { kind: 'hasConsent' }, status: 'approximated', code: 'conditionUnknown', params: { type: type ?? 'missing' } };
}

function attributeRule(attribute: string, op: string | undefined, value: unknown, type: string | undefined): AttributeRule | null {
  if (!isAttributeName(attribute)) return null;
  const scalar = typeof value === 'string' ? value.slice(0, 200) : typeof value === 'number' || typeof value === 'boolean' ? value : null;
  switch (op) {
    case 'is-set':
      return { attribute, operator: 'exists', value: '' };
    case 'not-set':
      return { attribute, operator: 'notExists', value: '' };
    case 'in':
    case 'not-in':
      return { attribute, operator: op === 'in' ? 'in' : 'notIn', value: (arr(value) ?? []).map((v) => str(v) ?? '').slice(0, 200) };
    case 'greater-than-or-equal':
      return scalar === null ? null : { attribute, operator: 'gte', value: Number(scalar) };
    case 'less-than-or-equal':
      return scalar === null ? null : { attribute, operator: 'lte', value: Number(scalar) };
    case 'contains':
      return { attribute, operator: 'contains', value: String(scalar ?? '') };
    case 'equals':
    case 'not-equals':
      if (scalar === null) return null;
      return { attribute, operator: op === 'equals' ? 'equals' : 'notEquals', value: type === 'boolean' ? Boolean(scalar) : scalar };
    default:
      return null;
  }
}

/** The conditions of a first split as an audience: stages and attribute rules; null when any condition is something else. */
function readAudience(split: Json | undefined): JourneyDocument['settings']['audience'] | null {
  if (str(split?.type) !== 'conditional-split' || str(obj(split!.links)?.next_if_false)) return null;
  const audience: JourneyDocument['settings']['audience'] = { stages: [], rules: [] };
  for (const g of arr(obj(obj(split!.data)?.profile_filter)?.condition_groups) ?? []) {
    const conditions = arr(obj(g)?.conditions) ?? [];
    if (conditions.length !== 1) return null;
    const c = obj(conditions[0]) ?? {};
    const stages = stageList(c);
    if (stages && str(obj(c.filter)?.operator) === 'in') {
      audience.stages = stages;
      continue;
    }
    const property = /^properties\['(.+)'\]$/.exec(str(c.property) ?? '')?.[1];
    const rule = property && str(c.type) === 'profile-property' ? attributeRule(property, str(obj(c.filter)?.operator), obj(c.filter)?.value, str(obj(c.filter)?.type)) : null;
    if (!rule) return null;
    audience.rules.push(rule);
  }
  return audience;
}
