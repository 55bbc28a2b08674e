// Journey → Dittofeed: the admin API's upserts (PUT /api/admin/content/templates, /segments,
// /journeys) with a JourneyDefinition (entryNode, nodes linked by child / trueChild / falseChild,
// exitNode) and every segment it branches on. Shapes: see wire.ts (cited). Ids are fixed UUIDs
// derived from the journey, so the journey names its segments and templates directly.
import type { ExchangeTemplate } from '../../exchange/format';
import type { JourneyDocument, JourneyNode } from '../../journey/schema';
import { todoProperties } from '../attributes';
import { camelField, reportAccountSide } from '../accountSide';
import { reportSalesSide } from '../salesSide';
import { ContentTranslator } from '../content';
import { linkGraph } from '../graphLinks';
import { reportCommonSettings } from '../graphSteps';
import type { PlatformExport } from '../klaviyo/adapter';
import { note, ReportBuilder } from '../report';
import { indexJourney } from '../treePlan';
import { uuidOf } from '../uuid';
import { DITTOFEED_DIALECT } from './dialect';
import { allOf, clause, ruleClause, SegmentBook, stageNodes, type Clause } from './segments';
import { placeStep, type DittofeedEmitter } from './steps';
import { EXIT, type DittofeedEntryNode, type DittofeedExport } from './wire';

export function exportToDittofeed(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): PlatformExport<DittofeedExport> {
  const report = new ReportBuilder('dittofeed', journey);
  const index = indexJourney(journey);
  const content = new ContentTranslator(templates, DITTOFEED_DIALECT, report);
  const segments = new SegmentBook(journey.id);
  const workspace = report.placeholder('workspace', 'id', 'pickWorkspace');
  const s = journey.settings;
  const subscriptionGroup = s.consent.required ? report.placeholder('subscriptionGroup', 'marketing', 'pickSubscriptionGroup') : undefined;
  const e: DittofeedEmitter = { journey, report, content, segments, index, nodes: [], webhookTemplates: [], subscriptionGroup };

  // The audience: part of the entry segment, or a first split for an event entry.
  const audience: Clause[] = s.audience.stages.length > 0 ? [clause('Or', 'stages', stageNodes(s.audience.stages))] : [];
  const rules = s.audience.rules.map((r, i) => ruleClause(r, `rule${i}`));
  audience.push(...rules);

  const [entry, ...extra] = index.entries;
  for (const other of extra) report.step(other, 'dropped', [], note('extraEntry'));
  let entryNode: DittofeedEntryNode = { type: 'EventEntryNode', event: 'Signed Up', child: EXIT };
  if (entry) {
    const { start } = linkGraph(journey, index, entry, report, (node) => placeStep(e, node));
    const first = start ?? EXIT;
    entryNode = entryFor(e, entry, first, audience);
  }
  if (audience.length === 0) report.setting('audience', 'mapped', [], note('audienceAny'));
  else report.setting('audience', rules.some((r) => r.approximated) ? 'approximated' : 'mapped', ['segment'], note(entryNode.type === 'EntryNode' && entry?.type === 'entry' && entry.params.trigger === 'stageReached' ? 'audienceInEntrySegment' : 'audienceSplit'));

  if (s.consent.required) report.setting('consent', 'mapped', ['subscriptionGroupId'], note('consentSubscriptionGroup'));
  else report.setting('consent', 'approximated', [], note('consentNotRequired'));
  const reenter = s.reentry.policy !== 'never';
  if (entryNode.type === 'EntryNode') entryNode.reEnter = reenter;
  report.setting('reentry', s.reentry.policy === 'never' ? 'mapped' : 'approximated', [entryNode.type === 'EntryNode' ? 'reEnter' : 'canRunMultiple'], s.reentry.policy === 'never' ? note('reentryNever') : note('reentryNoInterval', { days: s.reentry.days }));
  if (s.goal) report.setting('goal', 'dropped', [], note('goalDropped', { stage: s.goal.stage }));
  else report.setting('goal', 'mapped', [], note('noGoal'));
  if (s.sendWindow) report.setting('sendWindow', 'dropped', [], note('windowDropped'));
  else report.setting('sendWindow', 'mapped', [], note('noWindow'));
  reportCommonSettings(report, s, 'scoringDropped', false);

  const sender = report.placeholder('sender', 'email', 'senderAddress');
  const emailTemplates = content.used().map((t) => ({
    templateId: t.templateId,
    method: 'PUT' as const,
    path: '/api/admin/content/templates' as const,
    body: { workspaceId: workspace, id: templateUuid(journey, t.templateId), name: t.name, definition: { type: 'Email', from: sender, subject: t.subject, body: t.html } },
  }));
  reportSalesSide(report, journey, index);
  reportAccountSide(report, journey, { capability: 'accountsDittofeed', fieldsTodo: 'accountFieldsProfile', handoffTodo: 'accountHandoffByHand', spell: camelField });
  todoProperties(report, journey);
  report.todo('journeyNotStarted');
  const payload: DittofeedExport = {
    format: 'nurture-studio.platform-export',
    formatVersion: 1,
    target: 'dittofeed',
    placeholders: [],
    templates: [...emailTemplates, ...e.webhookTemplates.map((w) => ({ templateId: w.key, method: 'PUT' as const, path: '/api/admin/content/templates' as const, body: { workspaceId: workspace, id: w.id, name: w.name, definition: w.definition } }))],
    segments: segments.segments.map((seg) => ({ method: 'PUT', path: '/api/admin/segments', body: { workspaceId: workspace, ...seg } })),
    journey: {
      method: 'PUT',
      path: '/api/admin/journeys',
      body: {
        workspaceId: workspace,
        id: uuidOf(journey.id, 'journey'),
        name: journey.name,
        status: 'NotStarted',
        ...(entryNode.type === 'EventEntryNode' ? { canRunMultiple: reenter } : {}),
        definition: { entryNode, exitNode: { type: 'ExitNode' }, nodes: e.nodes },
      },
    },
  };
  payload.placeholders = report.placeholderList().map((p) => ({ placeholder: p.placeholder, fillWith: p.todo.message }));
  return { payload, report: report.finish() };
}

export const templateUuid = (journey: JourneyDocument, templateId: string) => uuidOf(journey.id, `template:${templateId}`);

/** The entry: a segment entry (list, stage) that carries the audience, or an event entry followed by an audience split. */
function entryFor(e: DittofeedEmitter, entry: JourneyNode, first: string, audience: readonly Clause[]): DittofeedEntryNode {
  if (entry.type !== 'entry') return { type: 'EventEntryNode', event: 'Signed Up', child: first };
  const p = entry.params;
  const { report, segments } = e;
  const name = p.source || entry.label || e.journey.name;
  if (p.trigger === 'stageReached') {
    const segment = segments.add('entry', `${name}: entry`, () => allOf('entry', [{ root: stageNodes([p.stage ?? 'inquiry'])[0]!, nodes: [] }, ...audience]));
    report.step(entry, 'mapped', ['EntryNode'], note('entrySegmentStage', { stage: p.stage ?? 'inquiry' }));
    return { type: 'EntryNode', segment, child: first };
  }
  if (p.trigger === 'listImport') {
    // A manual segment can only stand alone (Dittofeed's SegmentDefinition takes it as the entry node only): the audience follows as a split.
    const segment = segments.add('entry', `${name}: entry`, () => ({ entryNode: { type: 'Manual', id: 'list', version: 1 }, nodes: [] }));
    report.step(entry, 'approximated', ['EntryNode'], note('entryManualSegment'));
    return { type: 'EntryNode', segment, child: audienceSplit(e, entry, name, first, audience) };
  }
  const event = p.trigger === 'formSubmitted' ? 'Form Submitted' : ({ webinarSignup: 'Webinar Signup', download: 'Download', formSubmit: 'Form Submitted', visit: 'Page Visit' } as const)[p.event ?? 'webinarSignup'];
  report.step(entry, 'mapped', ['EventEntryNode'], note('entryEvent', { event }));
  return { type: 'EventEntryNode', event, child: audienceSplit(e, entry, name, first, audience) };
}

/** A first split on the audience (its "no" ends the journey); the first step when there is no audience. */
function audienceSplit(e: DittofeedEmitter, entry: JourneyNode, name: string, first: string, audience: readonly Clause[]): string {
  if (audience.length === 0) return first;
  const segment = e.segments.add('audience', `${name}: audience`, () => allOf('audience', audience));
  const id = `${entry.id}_audience`;
  e.nodes.push({ id, type: 'SegmentSplitNode', name: 'Audience', variant: { type: 'Boolean', segment, trueChild: first, falseChild: EXIT } });
  return id;
}
