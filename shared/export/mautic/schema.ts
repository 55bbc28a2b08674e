// What Mautic accepts, written down from Mautic's own source (mautic/mautic). The adapter's
// output type is inferred from these schemas and the golden files are checked against them.
//
// REST API, POST /api/campaigns/new (5.x, commit 24271492a83834e2dd68d9a2c63b61f689a661ac):
//   app/bundles/CampaignBundle/Controller/Api/CampaignApiController.php — preSaveEntity: events
//     must not be empty, and lists or forms (the contact sources) must not both be empty;
//   app/bundles/CampaignBundle/Model/CampaignModel.php — setEvents: ids starting with "new" are
//     temporary; parent and decision path come from canvasSettings.connections (anchor source
//     "yes"/"no" for decisions and conditions, "leadsource" from the sources); setCanvasSettings;
//   app/bundles/CampaignBundle/Tests/Controller/Api/CampaignApiControllerFunctionalTest.php — the
//     payload shape (events with order, properties, triggerMode/Interval/Unit, canvasSettings);
//   app/bundles/CampaignBundle/Entity/Event.php — event fields, TYPE_ACTION/DECISION/CONDITION,
//     trigger modes, interval unit (one letter); Entity/Campaign.php — allowRestart;
//   app/bundles/CampaignBundle/Form/Type/EventType.php — interval units i/h/d/m/y, weekdays
//     0 (Sunday) … 6, hours as H:i;
//   event types as each bundle registers them in EventListener/CampaignSubscriber.php (Email,
//     Form, Asset, Page, Lead, Stage, Webhook), CampaignActionJumpToEventSubscriber.php
//     (campaign.jump_to_event: no children; its jumpToEvent may name a temporary id) and
//     CampaignActionChangeMembershipSubscriber.php; EmailBundle's email.open/email.click accept
//     only an email.send as parent; their properties from the bundles' Form/Type/*.php.
// Campaign import file of Mautic 7 (mautic/mautic, commits 002d4b6816185c5eec341522d4663fc09721427c
//   and 036e2c0ca91b3633669fbde0e802c8c3a3045b66): app/bundles/CoreBundle/Command/EntityExportCommand.php
//   (the file is a JSON list with one object of entities per campaign),
//   CampaignBundle/EventListener/CampaignImportExportSubscriber.php (campaign fields, "dependencies"),
//   CampaignEventImportExportSubscriber.php (campaign_event fields, parent_id, jump targets),
//   EmailBundle/EventListener/EmailImportExportSubscriber.php (email fields).
import { z } from 'zod';

/** An id only the user's Mautic knows, left for them to fill in (see the report's to-do list). */
export const Placeholder = z.string().regex(/^<<[a-z]+:[^<>]+>>$/, 'a placeholder such as <<segment:entry>>');
const IdRef = z.union([z.number().int().positive(), Placeholder]);
const TempId = z.string().regex(/^new_[A-Za-z0-9_]+$/, 'a temporary event id starting with "new"');
const Hour = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const Day = z.number().int().min(0).max(6);

/** Event types this adapter emits, with the kind each bundle registers it as. */
export const MAUTIC_EVENT_KINDS = {
  'email.send': 'action',
  'email.open': 'decision',
  'email.click': 'decision',
  'asset.download': 'decision',
  'form.submit': 'decision',
  'page.pagehit': 'decision',
  'lead.changepoints': 'action',
  'lead.updatelead': 'action',
  'lead.changetags': 'action',
  'lead.changeowner': 'action',
  'stage.change': 'action',
  'campaign.sendwebhook': 'action',
  'campaign.jump_to_event': 'action',
  'campaign.addremovelead': 'action',
  'lead.field_value': 'condition',
  'lead.points': 'condition',
  'lead.stages': 'condition',
  'lead.segments': 'condition',
  'lead.dnc': 'condition',
} as const;
export type MauticEventType = keyof typeof MAUTIC_EVENT_KINDS;
const EventTypeName = z.enum(Object.keys(MAUTIC_EVENT_KINDS) as [MauticEventType, ...MauticEventType[]]);

const triggerFields = {
  triggerMode: z.enum(['immediate', 'interval', 'date']).nullable(),
  triggerInterval: z.number().int().min(0).nullable(),
  triggerIntervalUnit: z.enum(['i', 'h', 'd', 'm', 'y']).nullable(),
  triggerHour: Hour.nullable(),
  triggerRestrictedStartHour: Hour.nullable(),
  triggerRestrictedStopHour: Hour.nullable(),
  triggerRestrictedDaysOfWeek: z.array(Day),
};

export const MauticApiEvent = z
  .object({
    id: TempId,
    name: z.string().min(1).max(255),
    description: z.string(),
    type: EventTypeName,
    eventType: z.enum(['action', 'decision', 'condition']),
    order: z.number().int().min(1),
    properties: z.record(z.string(), z.unknown()),
    ...triggerFields,
    parent: TempId.nullable(),
    decisionPath: z.enum(['yes', 'no']).nullable(),
    children: z.array(TempId),
  })
  .strict();

const CanvasNode = z.object({ id: z.string(), positionX: z.string(), positionY: z.string() }).strict();
const CanvasConnection = z
  .object({
    sourceId: z.string(),
    targetId: z.string(),
    anchors: z.object({ source: z.enum(['leadsource', 'bottom', 'yes', 'no']), target: z.literal('top') }).strict(),
  })
  .strict();

export const MauticCampaignCreate = z
  .object({
    name: z.string().min(1),
    description: z.string(),
    isPublished: z.literal(false),
    allowRestart: z.boolean(),
    events: z.array(MauticApiEvent).min(1, 'Mautic refuses a campaign without events'),
    lists: z.array(z.object({ id: IdRef }).strict()),
    forms: z.array(z.object({ id: IdRef }).strict()),
    canvasSettings: z.object({ nodes: z.array(CanvasNode), connections: z.array(CanvasConnection) }).strict(),
  })
  .strict()
  .superRefine((campaign, ctx) => {
    if (campaign.lists.length === 0 && campaign.forms.length === 0) ctx.addIssue({ code: 'custom', path: ['lists'], message: 'Mautic needs a segment or a form as the contact source' });
    checkTree(campaign.events, campaign.canvasSettings.connections, ctx);
  });

export const MauticEmailCreate = z
  .object({
    name: z.string().min(1),
    subject: z.string(),
    preheaderText: z.string(),
    customHtml: z.string(),
    emailType: z.literal('template'),
    language: z.string(),
    isPublished: z.literal(false),
  })
  .strict();

// ── Mautic 7 import file ──────────────────────────────────────────────────────────────────
const ImportEvent = z
  .object({
    id: z.number().int().positive(),
    campaign_id: z.number().int().positive(),
    name: z.string().min(1),
    description: z.string(),
    type: EventTypeName,
    event_type: z.enum(['action', 'decision', 'condition']),
    event_order: z.number().int().min(1),
    properties: z.record(z.string(), z.unknown()),
    trigger_interval: z.number().int().min(0).nullable(),
    trigger_interval_unit: z.enum(['i', 'h', 'd', 'm', 'y']).nullable(),
    trigger_mode: z.enum(['immediate', 'interval', 'date']).nullable(),
    trigger_date: z.null(),
    trigger_hour: z.string().nullable(),
    triggerRestrictedStartHour: z.string().nullable(),
    triggerRestrictedStopHour: z.string().nullable(),
    triggerRestrictedDaysOfWeek: z.array(Day),
    triggerWindow: z.null(),
    decisionPath: z.enum(['yes', 'no']).nullable(),
    channel: z.string().nullable(),
    channel_id: z.number().int().nullable(),
    parent_id: z.number().int().nullable(),
    uuid: z.uuid(),
  })
  .strict();

const ImportEmail = z
  .object({
    id: z.number().int().positive(),
    name: z.string().min(1),
    subject: z.string(),
    preheader_text: z.string(),
    custom_html: z.string(),
    email_type: z.literal('template'),
    lang: z.string(),
    is_published: z.literal(false),
    uuid: z.uuid(),
  })
  .strict();

const DependencyRecord = z.record(z.string(), z.union([z.number().int(), z.array(z.number().int())]));

export const MauticImportFile = z
  .array(
    z
      .object({
        campaign: z
          .array(
            z
              .object({
                id: z.number().int().positive(),
                name: z.string().min(1),
                description: z.string(),
                is_published: z.literal(false),
                canvas_settings: z.object({
                  nodes: z.array(z.object({ id: z.union([z.number().int(), z.literal('lists')]), positionX: z.string(), positionY: z.string() }).strict()),
                  connections: z.array(z.object({ sourceId: z.union([z.number().int(), z.literal('lists')]), targetId: z.number().int(), anchors: CanvasConnection.shape.anchors }).strict()),
                }),
                uuid: z.uuid(),
              })
              .strict(),
          )
          .length(1),
        campaign_event: z.array(ImportEvent).min(1),
        email: z.array(ImportEmail),
        dependencies: z.array(z.record(z.string(), z.array(DependencyRecord))),
      })
      .strict(),
  )
  .min(1);

export type MauticApiEvent = z.infer<typeof MauticApiEvent>;
export type MauticCampaignCreate = z.infer<typeof MauticCampaignCreate>;
export type MauticEmailCreate = z.infer<typeof MauticEmailCreate>;
export type MauticImportEvent = z.infer<typeof ImportEvent>;
export type MauticImportFile = z.infer<typeof MauticImportFile>;

/** One parent per event, parents and decision paths as the canvas connects them, and the bundles' own restrictions. */
function checkTree(events: readonly MauticApiEvent[], connections: readonly z.infer<typeof CanvasConnection>[], ctx: z.RefinementCtx): void {
  const byId = new Map(events.map((e) => [e.id, e]));
  const incoming = new Map<string, z.infer<typeof CanvasConnection>>();
  connections.forEach((c, i) => {
    if (incoming.has(c.targetId)) ctx.addIssue({ code: 'custom', path: ['canvasSettings', 'connections', i], message: `event ${c.targetId} has two parents; a campaign is a tree` });
    incoming.set(c.targetId, c);
  });
  events.forEach((event, i) => {
    const at = (key: string) => ['events', i, key];
    if (MAUTIC_EVENT_KINDS[event.type] !== event.eventType) ctx.addIssue({ code: 'custom', path: at('eventType'), message: `${event.type} is a ${MAUTIC_EVENT_KINDS[event.type]}` });
    const link = incoming.get(event.id);
    const parent = event.parent === null ? undefined : byId.get(event.parent);
    if (event.parent !== null && !parent) ctx.addIssue({ code: 'custom', path: at('parent'), message: `no event ${event.parent}` });
    if (parent) {
      const expected = parent.eventType === 'action' ? 'bottom' : event.decisionPath;
      if (!link || link.sourceId !== parent.id || link.anchors.source !== expected) ctx.addIssue({ code: 'custom', path: at('parent'), message: 'the canvas connection does not match parent and decision path' });
      if ((parent.eventType === 'action') !== (event.decisionPath === null)) ctx.addIssue({ code: 'custom', path: at('decisionPath'), message: 'a decision path belongs under a decision or condition, and only there' });
      if (parent.type === 'campaign.jump_to_event') ctx.addIssue({ code: 'custom', path: at('parent'), message: 'nothing may follow a jump to event' });
      if (!parent.children.includes(event.id)) ctx.addIssue({ code: 'custom', path: at('parent'), message: 'the parent does not list this event as its child' });
    } else if (!link || link.sourceId !== 'lists' && link.sourceId !== 'forms') ctx.addIssue({ code: 'custom', path: at('parent'), message: 'a first event hangs from the contact source' });
    if ((event.type === 'email.open' || event.type === 'email.click') && parent?.type !== 'email.send') ctx.addIssue({ code: 'custom', path: at('type'), message: `${event.type} must follow an email.send` });
    if (event.type === 'email.send' && !('email' in event.properties)) ctx.addIssue({ code: 'custom', path: at('properties'), message: 'email.send names its email' });
    if (event.type === 'campaign.jump_to_event' && !byId.has(String(event.properties.jumpToEvent))) ctx.addIssue({ code: 'custom', path: at('properties'), message: 'jumpToEvent names no event of this campaign' });
    if (event.eventType === 'decision' && event.triggerMode !== null) ctx.addIssue({ code: 'custom', path: at('triggerMode'), message: 'a decision waits for the contact and takes no trigger time' });
  });
}
