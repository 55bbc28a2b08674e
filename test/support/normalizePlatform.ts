// Platform definitions compared by what they do: ids renamed in the order they are reached, the
// account's own ids (placeholders, or the real ids of a file from the platform) made equal, and
// what says nothing about the flow left out (an action's live/draft status, canvas positions of the
// contact source and of jumps). Works on our export files and on the platforms' own API responses alike.
type J = Record<string, unknown>;
const PLACEHOLDER = /<<[a-z]+:[^<>]+>>/g;
/** Fields that hold an id of the user's account. */
const ACCOUNT_IDS = new Set(['template_id', 'metric_id', 'list_id', 'email', 'stage', 'id']);

function normalize(value: unknown, names: Map<string, string>, key = ''): unknown {
  if (typeof value === 'string') return names.get(value) ?? (ACCOUNT_IDS.has(key) ? '<id>' : value.replace(PLACEHOLDER, '<id>'));
  if (typeof value === 'number' && ACCOUNT_IDS.has(key)) return '<id>';
  if (value === null && ACCOUNT_IDS.has(key)) return '<id>';
  if (Array.isArray(value)) return value.map((v) => normalize(v, names, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'status').map(([k, v]) => [k, normalize(v, names, k)]));
  return value;
}

/** A Klaviyo flow definition (from our file's flow body or a GET /api/flows/{id} response). */
export function klaviyoDefinition(body: J) {
  const def = ((body.data as J).attributes as J).definition as J & { actions: J[] };
  const names = new Map<string, string>();
  def.actions.forEach((a, i) => names.set(a.temporary_id as string, `a${i}`));
  return normalize({ ...def }, names);
}

const idOf = (v: unknown) => String(typeof v === 'object' && v !== null ? (v as J).id : v);

/** A Mautic campaign's events as a tree (from our file's campaign body or a GET /api/campaigns/{id} response). */
export function mauticCampaign(campaign: J) {
  // Events in the order a walk down the tree reaches them (the API lists them by id).
  const all = campaign.events as J[];
  const byId = new Map(all.map((e) => [idOf(e.id), e]));
  // A decision's children in branch order, yes before no: Mautic reads the branch from each child's
  // decisionPath, not from where it is listed (a switch exported as a chain of decisions lists
  // the next decision first; read back as conditions, it is exported yes first).
  const branch = (c: unknown) => ['yes', 'no'].indexOf(String(byId.get(idOf(c))?.decisionPath)) >>> 0;
  const childrenOf = (e: J) => [...(e.children as unknown[])].sort((a, b) => branch(a) - branch(b));
  const events: J[] = [];
  const stack = all.filter((e) => e.parent === null).reverse();
  while (stack.length > 0) {
    const e = stack.pop()!;
    events.push(e);
    stack.push(...childrenOf(e).map((c) => byId.get(idOf(c))!).filter(Boolean).reverse());
  }
  const names = new Map(events.map((e, i) => [idOf(e.id), `e${i}`]));
  const positions = new Map(((campaign.canvasSettings as J | undefined)?.nodes as J[] | undefined)?.map((n) => [idOf(n.id), `${String(n.positionX)},${String(n.positionY)}`]) ?? []);
  return {
    name: campaign.name,
    description: campaign.description,
    allowRestart: campaign.allowRestart,
    sources: { lists: (campaign.lists as J[]).length, forms: (campaign.forms as J[]).length },
    events: events.map((e) => ({
      // A jump's name is made from its target's label, which a wait imported without a label lacks.
      name: e.type === 'campaign.jump_to_event' ? 'Jump' : e.name,
      type: e.type,
      eventType: e.eventType,
      order: e.order,
      // A webhook's data beyond its note has no place in a journey (our export adds the journey's and step's names there).
      properties: normalize({ ...(e.properties as J), jumpToEvent: undefined, ...(e.type === 'campaign.sendwebhook' ? { additional_data: { note: ((e.properties as J).additional_data as J | undefined)?.note } } : {}) }, names),
      jumpTo: (e.properties as J).jumpToEvent === undefined ? null : names.get(idOf((e.properties as J).jumpToEvent)),
      trigger: [e.triggerMode, e.triggerInterval, e.triggerIntervalUnit, e.triggerHour, e.triggerRestrictedStartHour, e.triggerRestrictedStopHour, e.triggerRestrictedDaysOfWeek],
      parent: e.parent === null ? null : names.get(idOf(e.parent)),
      decisionPath: e.decisionPath,
      children: childrenOf(e).map((c) => names.get(idOf(c))),
      // A jump comes back as a connection (shared/import/mautic.ts): re-exported, it is drawn
      // beside the step it leaves from, so its own canvas spot is not kept.
      position: e.type === 'campaign.jump_to_event' ? null : (positions.get(idOf(e.id)) ?? null),
    })),
  };
}

export const normalizedKlaviyo = (payload: J) => klaviyoDefinition((payload.flow as J).body as J);

export function normalizedMautic(payload: J) {
  return { ...mauticCampaign((payload.campaign as J).body as J), emails: (payload.emails as J[]).map((e) => ({ ...(e.body as J), name: undefined })) };
}
