// Checks an export payload against the vendor's definitions: Klaviyo's bodies against the SDK's
// type maps, Mautic's against the schema written from Mautic's source.
import type { KlaviyoExport } from '../../shared/export/klaviyo/wire';
import type { MauticExport } from '../../shared/export/mautic/adapter';
import { MauticCampaignCreate, MauticEmailCreate, MauticImportFile } from '../../shared/export/mautic/schema';
import type { ExportTarget } from '../../shared/export/targets';
import { checkKlaviyoShape } from './klaviyoShape';

export function shapeProblems(target: ExportTarget, payload: unknown): string[] {
  if (target === 'klaviyo') {
    const p = payload as KlaviyoExport;
    return [
      ...checkKlaviyoShape(p.flow.body, 'FlowCreateQuery', '$.flow.body'),
      ...p.templates.flatMap((t, i) => checkKlaviyoShape(t.body, 'TemplateCreateHtmlOrDndQuery', `$.templates[${i}].body`)),
      ...linkProblems(p),
    ];
  }
  const p = payload as MauticExport;
  const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, at: string) =>
    result.success ? [] : result.error!.issues.map((i) => `${at}.${i.path.map(String).join('.')}: ${i.message}`);
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
