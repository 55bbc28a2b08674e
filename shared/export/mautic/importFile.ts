// The campaign as Mautic 7's import file: the JSON that `mautic:entity:export --json-only`
// writes and POST /api/campaigns/import reads (see schema.ts for the source files). Unlike the
// REST request it carries the emails itself; "dependencies" tell the importer which email each
// event sends, so it can rewire them to the ids it creates. Ids here are local to the file;
// uuids are derived from the journey and step, so importing a re-export updates the same campaign.
import type { JourneyDocument } from '../../journey/schema';
import { uuidOf } from '../uuid';
import type { MauticCampaignCreate, MauticEmailCreate, MauticImportEvent, MauticImportFile } from './schema';

export function toImportFile(journey: JourneyDocument, campaign: MauticCampaignCreate, emails: readonly { placeholder: string; templateId: string; body: MauticEmailCreate }[]): MauticImportFile {
  const eventIds = new Map(campaign.events.map((e, i) => [e.id, i + 1]));
  const emailIds = new Map(emails.map((e, i) => [e.placeholder, i + 1]));
  const idOf = (temp: string) => eventIds.get(temp) ?? 0;
  const events: MauticImportEvent[] = campaign.events.map((e) => {
    const properties: Record<string, unknown> = { ...e.properties };
    let channelId: number | null = null;
    if (e.type === 'email.send' && typeof properties.email === 'string' && emailIds.has(properties.email)) {
      channelId = emailIds.get(properties.email)!;
      properties.email = channelId;
    }
    if (e.type === 'campaign.jump_to_event') properties.jumpToEvent = idOf(String(properties.jumpToEvent));
    return {
      id: idOf(e.id),
      campaign_id: 1,
      name: e.name,
      description: e.description,
      type: e.type,
      event_type: e.eventType,
      event_order: e.order,
      properties,
      trigger_interval: e.triggerInterval,
      trigger_interval_unit: e.triggerIntervalUnit,
      trigger_mode: e.triggerMode,
      trigger_date: null,
      trigger_hour: e.triggerHour === null ? null : `${e.triggerHour}:00`,
      triggerRestrictedStartHour: e.triggerRestrictedStartHour === null ? null : `${e.triggerRestrictedStartHour}:00`,
      triggerRestrictedStopHour: e.triggerRestrictedStopHour === null ? null : `${e.triggerRestrictedStopHour}:00`,
      triggerRestrictedDaysOfWeek: e.triggerRestrictedDaysOfWeek,
      triggerWindow: null,
      decisionPath: e.decisionPath,
      channel: e.type === 'email.send' ? 'email' : null,
      channel_id: channelId,
      parent_id: e.parent === null ? null : idOf(e.parent),
      uuid: uuidOf(journey.id, `event:${e.id}`),
    };
  });
  const canvas = campaign.canvasSettings;
  return [
    {
      campaign: [
        {
          id: 1,
          name: campaign.name,
          description: campaign.description,
          is_published: false,
          canvas_settings: {
            nodes: canvas.nodes.map((n) => ({ ...n, id: n.id === 'lists' || n.id === 'forms' ? 'lists' : idOf(n.id) })),
            connections: canvas.connections.map((c) => ({
              sourceId: c.sourceId === 'lists' || c.sourceId === 'forms' ? ('lists' as const) : idOf(c.sourceId),
              targetId: idOf(c.targetId),
              anchors: c.anchors,
            })),
          },
          uuid: uuidOf(journey.id, 'campaign'),
        },
      ],
      campaign_event: events,
      email: emails.map((e, i) => ({
        id: i + 1,
        name: e.body.name,
        subject: e.body.subject,
        preheader_text: e.body.preheaderText,
        custom_html: e.body.customHtml,
        email_type: 'template' as const,
        lang: e.body.language,
        is_published: false as const,
        uuid: uuidOf(journey.id, `email:${e.templateId}`),
      })),
      dependencies: [
        {
          campaign_event: events.map((e) => ({ campaign: 1, campaign_event: e.id, ...(e.channel_id !== null ? { email: e.channel_id } : {}) })),
        },
      ],
    },
  ];
}
