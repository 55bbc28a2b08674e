// Platform definitions compared by what they do: ids renamed in the order they are reached, the
// account's own ids (placeholders) and our ids in uuids made equal, canvas positions left out.
type J = Record<string, unknown>;
const PLACEHOLDER = /<<[a-z]+:[^<>]+>>/g;

function renameIds(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value.replace(PLACEHOLDER, '<id>');
  if (Array.isArray(value)) return value.map((v) => renameIds(v, names));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameIds(v, names)]));
  return value;
}

export function normalizedKlaviyo(payload: J) {
  const def = (((payload.flow as J).body as J).data as J & { attributes: { definition: J & { actions: J[] } } }).attributes.definition;
  const names = new Map<string, string>();
  def.actions.forEach((a, i) => names.set(a.temporary_id as string, `a${i}`));
  return renameIds({ ...def }, names);
}

export function normalizedMautic(payload: J) {
  const body = (payload.campaign as J).body as J & { events: J[] };
  const names = new Map<string, string>();
  body.events.forEach((e, i) => names.set(e.id as string, `e${i}`));
  // A jump's name is made from its target's label, which a wait imported without a label lacks.
  const events = body.events.map((e) => (e.type === 'campaign.jump_to_event' ? { ...e, name: 'Jump' } : e));
  const { canvasSettings: _canvas, ...rest } = { ...body, events } as J;
  const emails = (payload.emails as J[]).map((e) => ({ ...(e.body as J), name: undefined }));
  return renameIds({ ...rest, emails }, names);
}
