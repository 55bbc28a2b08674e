// Journey → Mautic: the REST API's create-campaign request (POST /api/campaigns/new) with one
// create-email request (POST /api/emails/new) per template, and the same campaign as Mautic 7's
// import file (POST /api/campaigns/import, or bin/console mautic:entity:import), which carries
// the emails itself. A campaign is a tree: a step reached from several others is placed once and
// the other paths continue there with "Jump to event"; an open/click decision, which watches the
// email right before it, is copied under each email instead. Shapes: see schema.ts (cited).
import type { ExchangeTemplate } from '../../exchange/format';
import type { JourneyDocument } from '../../journey/schema';
import { todoProperties } from '../attributes';
import { reportAccountSide } from '../accountSide';
import { reportSalesSide } from '../salesSide';
import { ContentTranslator } from '../content';
import type { PlatformExport } from '../klaviyo/adapter';
import { note, ReportBuilder } from '../report';
import { indexJourney, planTree, type Placement } from '../treePlan';
import { addDelay, CampaignBuilder, rootSlot, type Slot } from './campaign';
import { MAUTIC_DIALECT } from './dialect';
import { toImportFile } from './importFile';
import type { MauticCampaignCreate, MauticEmailCreate, MauticImportFile } from './schema';
import { settingsForMautic } from './settings';
import { durationMinutes, emitStep, type MauticEmitter, type SlotExits } from './steps';

export interface MauticExport {
  format: 'nurture-studio.platform-export';
  formatVersion: 1;
  target: 'mautic';
  /** Strings in the bodies to replace with ids from your Mautic before sending. */
  placeholders: { placeholder: string; fillWith: string }[];
  /** Send these first; each returned id replaces `placeholder` in the campaign. */
  emails: { templateId: string; placeholder: string; method: 'POST'; path: '/api/emails/new'; body: MauticEmailCreate }[];
  campaign: { method: 'POST'; path: '/api/campaigns/new'; body: MauticCampaignCreate };
  /** Mautic 7 and later: the campaign with its emails as one import file (JSON body of POST /api/campaigns/import). */
  mautic7Import: { method: 'POST'; path: '/api/campaigns/import'; body: MauticImportFile };
}

export function exportToMautic(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): PlatformExport<MauticExport> {
  const report = new ReportBuilder('mautic', journey);
  const index = indexJourney(journey);
  const content = new ContentTranslator(templates, MAUTIC_DIALECT, report);
  const settings = settingsForMautic(journey, report);
  const builder = new CampaignBuilder(settings.source, settings.window);
  const emitter: MauticEmitter = { journey, report, content, builder, index };

  const placements = planTree(index, index.entries, {
    // An open or click decision must sit right under the email it watches.
    onRevisit: ({ target, from }) =>
      target.type === 'waitForEvent' && (target.params.event === 'open' || target.params.event === 'click') && from.type === 'sendEmail' ? 'copyNode' : 'bridge',
  });
  const exitsByKey = new Map<string, SlotExits>();
  const heads = new Map<string, string>();
  const bridges: { slot: Slot; placement: Extract<Placement, { kind: 'revisit' }> }[] = [];
  for (const placement of placements) {
    const slot = placement.parentKey === null ? rootSlot(placement.kind === 'node' ? placement.node.position : { x: 0, y: 0 }) : exitsByKey.get(placement.parentKey)!.get(placement.output!)!;
    if (placement.kind === 'revisit') {
      bridges.push({ slot, placement });
      continue;
    }
    if (placement.copy > 0) report.step(placement.node, 'mapped', [], note('decisionCopied', { parents: index.parents.get(placement.node.id) ?? 0 }));
    const before = builder.events.length;
    exitsByKey.set(placement.key, emitStep(emitter, placement.node, slot));
    if (builder.events.length > before) heads.set(placement.key, builder.events[before]!.id);
  }

  // Bridges last, when every target's first event exists: a jump to a wait carries the wait's time.
  const byKey = new Map(placements.map((p) => [p.key, p]));
  const firstChild = new Map<string, Placement>();
  for (const p of placements) if (p.parentKey !== null && !firstChild.has(p.parentKey)) firstChild.set(p.parentKey, p);
  const bridgesTo = new Map<string, number>();
  for (const b of bridges) bridgesTo.set(b.placement.targetKey, (bridgesTo.get(b.placement.targetKey) ?? 0) + 1);
  for (const { slot, placement } of bridges) {
    const target = resolveHead(placement.targetKey, heads, byKey, firstChild);
    const from = placement.parentKey.split(/[~>]/)[0]!;
    const fromName = index.byId.get(from)?.label || from;
    if (!target.event) {
      report.step(placement.target, 'mapped', []);
      continue;
    }
    const at = target.delayMinutes > 0 ? addDelay(slot, { minutes: target.delayMinutes }, null) : slot;
    builder.add(at, { name: `Jump to ${placement.target.label || placement.target.id}`, type: 'campaign.jump_to_event', properties: { jumpToEvent: target.event } }, placement.target);
    const arriving = 1 + (bridgesTo.get(placement.targetKey) ?? 0);
    report.step(placement.target, 'mapped', [], placement.reason === 'loop' ? note('loopBridged', { from: fromName }) : note('joinBridged', { parents: arriving }));
  }

  const emails = content.used().map((t) => ({
    templateId: t.templateId,
    placeholder: report.placeholder('email', t.templateId, 'createEmail', { template: t.name }),
    method: 'POST' as const,
    path: '/api/emails/new' as const,
    body: { name: t.name, subject: t.subject, preheaderText: t.preheader, customHtml: t.html, emailType: 'template' as const, language: t.language, isPublished: false as const },
  }));
  const sourceNode = { id: settings.source, positionX: String(Math.round(index.entries[0]?.position.x ?? 0)), positionY: String(Math.round((index.entries[0]?.position.y ?? 0) - 120)) };
  const campaign: MauticCampaignCreate = {
    name: journey.name,
    description: journey.settings.description,
    isPublished: false,
    allowRestart: settings.allowRestart,
    events: builder.events,
    lists: settings.source === 'lists' ? [{ id: settings.sourceId }] : [],
    forms: settings.source === 'forms' ? [{ id: settings.sourceId }] : [],
    canvasSettings: { nodes: [...builder.nodes, sourceNode], connections: builder.connections },
  };
  reportSalesSide(report, journey, index);
  reportAccountSide(report, journey, { capability: 'accountsMautic', fieldsTodo: 'accountFieldsMautic', handoffTodo: 'accountHandoffByHand' });
  todoProperties(report, journey);
  report.todo('campaignUnpublished');
  const payload: MauticExport = {
    format: 'nurture-studio.platform-export',
    formatVersion: 1,
    target: 'mautic',
    placeholders: report.placeholderList().map((p) => ({ placeholder: p.placeholder, fillWith: p.todo.message })),
    emails,
    campaign: { method: 'POST', path: '/api/campaigns/new', body: campaign },
    mautic7Import: { method: 'POST', path: '/api/campaigns/import', body: toImportFile(journey, campaign, emails) },
  };
  return { payload, report: report.finish() };
}

/** The event a jump to this placement lands on, passing through waits (whose time the jump then keeps), exits and jumps. */
function resolveHead(key: string, heads: ReadonlyMap<string, string>, byKey: ReadonlyMap<string, Placement>, firstChild: ReadonlyMap<string, Placement>): { event: string | null; delayMinutes: number } {
  let delayMinutes = 0;
  const seen = new Set<string>();
  let current: string | undefined = key;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const head = heads.get(current);
    if (head) return { event: head, delayMinutes };
    const placement = byKey.get(current);
    if (placement?.kind !== 'node') break;
    if (placement.node.type === 'wait' && placement.node.params.mode === 'duration') delayMinutes += durationMinutes(placement.node.params).minutes;
    const child = firstChild.get(current);
    current = child?.kind === 'node' ? child.key : child?.kind === 'revisit' ? child.targetKey : undefined;
  }
  return { event: null, delayMinutes };
}
