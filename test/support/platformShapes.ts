// Checks an export payload against the vendor's definitions: Klaviyo's bodies against the SDK's
// type maps, Mautic's against the schema written from Mautic's source.
import type { KlaviyoExport } from '../../shared/export/klaviyo/wire';
import type { MauticExport } from '../../shared/export/mautic/adapter';
import { MauticCampaignCreate, MauticEmailCreate, MauticImportFile } from '../../shared/export/mautic/schema';
import type { ExportTarget } from '../../shared/export/targets';
import { checkKlaviyoShape } from './klaviyoShape';
import { checkDittofeedShape } from './dittofeedShape';
import type { DittofeedExport } from '../../shared/export/dittofeed/wire';
import type { HubSpotExport } from '../../shared/export/hubspot/wire';
import { HubSpotFlowCreate } from '../../shared/export/hubspot/schema';
import type { SfmcExport } from '../../shared/export/sfmc/wire';
import { SfmcJourneyCreate } from '../../shared/export/sfmc/schema';

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const zodProblems = (result: Parsed, at: string) => (result.success ? [] : result.error!.issues.map((i) => `${at}.${i.path.map(String).join('.')}: ${i.message}`));

export function shapeProblems(target: ExportTarget, payload: unknown): string[] {
  if (target === 'klaviyo') {
    const p = payload as KlaviyoExport;
    return [
      ...checkKlaviyoShape(p.flow.body, 'FlowCreateQuery', '$.flow.body'),
      ...p.templates.flatMap((t, i) => checkKlaviyoShape(t.body, 'TemplateCreateHtmlOrDndQuery', `$.templates[${i}].body`)),
      ...linkProblems(p),
    ];
  }
  if (target === 'hubspot') return zodProblems(HubSpotFlowCreate.safeParse((payload as HubSpotExport).flow.body), '$.flow.body');
  if (target === 'sfmc') return zodProblems(SfmcJourneyCreate.safeParse((payload as SfmcExport).journey.body), '$.journey.body');
  if (target === 'dittofeed') return dittofeedProblems(payload as DittofeedExport);
  const p = payload as MauticExport;
  const problems = zodProblems;
  return [
    ...problems(MauticCampaignCreate.safeParse(p.campaign.body), '$.campaign.body'),
    ...p.emails.flatMap((e, i) => problems(MauticEmailCreate.safeParse(e.body), `$.emails[${i}].body`)),
    ...problems(MauticImportFile.safeParse(p.mautic7Import.body), '$.mautic7Import.body'),
  ];
}

/** Every link names an action of the flow, every action is reached once, and the flow is a tree from entry_action_id. */
function linkProblems(p: KlaviyoExport): string[] {
  const def = p.flow.body.data.attributes.definition;
  const ids = new Set(def.actions.map((a) => a.temporary_id!));
  const reached = new Map<string, number>();
  const problems: string[] = [];
  const link = (id: string | null | undefined, at: string) => {
    if (id === null || id === undefined) return;
    if (!ids.has(id)) problems.push(`${at}: links to no action "${id}"`);
    reached.set(id, (reached.get(id) ?? 0) + 1);
  };
  link(def.entry_action_id, 'entry_action_id');
  def.actions.forEach((a, i) => {
    const links = (a as { links?: Record<string, string | null> | null }).links ?? {};
    for (const [k, v] of Object.entries(links)) link(v, `actions[${i}].links.${k}`);
    const branches = (a as { data?: { branches?: { links?: { next?: string | null } }[] } }).data?.branches ?? [];
    branches.forEach((b, j) => link(b.links?.next, `actions[${i}].branches[${j}]`));
  });
  for (const id of ids) if (reached.get(id) !== 1) problems.push(`action ${id} is reached ${reached.get(id) ?? 0} times; a Klaviyo flow is a tree`);
  return problems;
}

/** The bodies against Dittofeed's own definitions, and every id the journey names is a node, the exit, or a segment or template the file upserts. */
function dittofeedProblems(p: DittofeedExport): string[] {
  const problems = [
    ...checkDittofeedShape(p.journey.body, 'UpsertJourneyResource', '$.journey.body'),
    ...p.segments.flatMap((s, i) => checkDittofeedShape(s.body, 'UpsertSegmentResource', `$.segments[${i}].body`)),
    ...p.templates.flatMap((t, i) => checkDittofeedShape(t.body, 'UpsertMessageTemplateResource', `$.templates[${i}].body`)),
  ];
  const def = p.journey.body.definition;
  const nodes = new Set(def.nodes.map((n) => n.id));
  const segments = new Set(p.segments.map((s) => s.body.id));
  const templates = new Set(p.templates.map((t) => t.body.id));
  const child = (id: string, at: string) => {
    if (id !== 'ExitNode' && !nodes.has(id)) problems.push(`${at}: names no node "${id}"`);
  };
  child(def.entryNode.child, '$.journey.body.definition.entryNode.child');
  if (def.entryNode.type === 'EntryNode' && !segments.has(def.entryNode.segment)) problems.push('entryNode.segment: not upserted');
  def.nodes.forEach((n, i) => {
    const at = `$.journey.body.definition.nodes[${i}]`;
    if (n.type === 'DelayNode' || n.type === 'MessageNode') child(n.child, at);
    if (n.type === 'MessageNode' && !templates.has(n.variant.templateId)) problems.push(`${at}: template not upserted`);
    if (n.type === 'SegmentSplitNode') {
      child(n.variant.trueChild, at);
      child(n.variant.falseChild, at);
      if (!segments.has(n.variant.segment)) problems.push(`${at}: segment not upserted`);
    }
    if (n.type === 'RandomCohortNode') n.children.forEach((c) => child(c.id, at));
    if (n.type === 'WaitForNode') {
      child(n.timeoutChild, at);
      n.segmentChildren.forEach((c) => {
        child(c.id, at);
        if (!segments.has(c.segmentId)) problems.push(`${at}: segment not upserted`);
      });
    }
  });
  return problems;
}
