// Builds a Mautic campaign's events and canvas: each event hangs from a slot (its parent event
// and decision path, or the contact source), and carries the delay the waits before it add up to,
// since Mautic has no wait step: an action or condition runs "interval" after its parent.
import type { JourneyNode } from '../../journey/schema';
import { MAUTIC_EVENT_KINDS, type MauticApiEvent, type MauticEventType } from './schema';

export interface Delay {
  minutes: number;
  /** For "wait until": the time of day and the weekdays (Mautic's 0 = Sunday). */
  at?: { time: string; days: number[] };
}

export interface Slot {
  parent: MauticApiEvent | null;
  path: 'yes' | 'no' | null;
  delay: Delay | null;
  /** The wait steps whose time the delay carries (for the report when it cannot be kept). */
  waits: JourneyNode[];
  /** Where the step sits on our canvas, for Mautic's. */
  position: { x: number; y: number };
}

export interface EventSpec {
  name: string;
  type: MauticEventType;
  properties: Record<string, unknown>;
  description?: string;
}

export const rootSlot = (position: { x: number; y: number }): Slot => ({ parent: null, path: null, delay: null, waits: [], position });

export function addDelay(slot: Slot, delay: Delay, wait: JourneyNode | null): Slot {
  const minutes = (slot.delay?.minutes ?? 0) + delay.minutes;
  return { ...slot, delay: { minutes, ...(delay.at ?? slot.delay?.at ? { at: delay.at ?? slot.delay!.at! } : {}) }, waits: wait ? [...slot.waits, wait] : slot.waits };
}

export class CampaignBuilder {
  readonly events: MauticApiEvent[] = [];
  readonly nodes: { id: string; positionX: string; positionY: string }[] = [];
  readonly connections: { sourceId: string; targetId: string; anchors: { source: 'leadsource' | 'bottom' | 'yes' | 'no'; target: 'top' } }[] = [];
  /** Which journey step each event came from. */
  readonly stepOf = new Map<string, JourneyNode>();
  private seq = 0;

  constructor(
    private readonly source: 'lists' | 'forms',
    private readonly window: { startHour: number; endHour: number; days: number[] } | null,
  ) {}

  /** Adds an event under the slot; returns it and whether the slot's delay had to be dropped (decisions cannot wait). */
  add(slot: Slot, spec: EventSpec, step: JourneyNode): { event: MauticApiEvent; delayDropped: boolean } {
    const id = `new_${++this.seq}`;
    const eventType = MAUTIC_EVENT_KINDS[spec.type];
    const isDecision = eventType === 'decision';
    const delay = isDecision ? null : slot.delay;
    const event: MauticApiEvent = {
      id,
      name: (spec.name || spec.type).slice(0, 255),
      description: spec.description ?? '',
      type: spec.type,
      eventType,
      order: slot.parent ? slot.parent.order + 1 : 1,
      properties: spec.properties,
      triggerMode: isDecision ? null : delay || (spec.type === 'email.send' && this.window) ? 'interval' : 'immediate',
      triggerInterval: isDecision ? null : 0,
      triggerIntervalUnit: isDecision ? null : 'd',
      triggerHour: null,
      triggerRestrictedStartHour: null,
      triggerRestrictedStopHour: null,
      triggerRestrictedDaysOfWeek: [],
      parent: slot.parent?.id ?? null,
      decisionPath: slot.parent && slot.parent.eventType !== 'action' ? slot.path : null,
      children: [],
    };
    if (delay) {
      const { value, unit } = intervalOf(delay.minutes);
      event.triggerInterval = value;
      event.triggerIntervalUnit = unit;
      if (delay.at) {
        event.triggerHour = delay.at.time;
        event.triggerRestrictedDaysOfWeek = [...delay.at.days];
      }
    }
    if (spec.type === 'email.send' && this.window && event.triggerHour === null) {
      event.triggerRestrictedStartHour = hour(this.window.startHour);
      event.triggerRestrictedStopHour = hour(this.window.endHour === 24 ? 23.99 : this.window.endHour);
      event.triggerRestrictedDaysOfWeek = [...this.window.days];
    }
    this.events.push(event);
    this.stepOf.set(id, step);
    slot.parent?.children.push(id);
    this.connections.push({
      sourceId: slot.parent?.id ?? this.source,
      targetId: id,
      anchors: { source: slot.parent ? (slot.parent.eventType === 'action' ? 'bottom' : slot.path!) : 'leadsource', target: 'top' },
    });
    this.nodes.push({ id, positionX: String(Math.round(slot.position.x)), positionY: String(Math.round(slot.position.y)) });
    return { event, delayDropped: isDecision && slot.delay !== null };
  }

  /** The slot below an event: next for actions, yes/no for decisions and conditions. */
  below(event: MauticApiEvent, path: 'yes' | 'no' | null, position: { x: number; y: number }): Slot {
    return { parent: event, path: event.eventType === 'action' ? null : path, delay: null, waits: [], position };
  }
}

/** Whole minutes, hours or days, as Mautic's one-letter interval units. */
function intervalOf(minutes: number): { value: number; unit: 'i' | 'h' | 'd' } {
  const whole = Math.round(minutes);
  if (whole % 1440 === 0) return { value: whole / 1440, unit: 'd' };
  if (whole % 60 === 0) return { value: whole / 60, unit: 'h' };
  return { value: whole, unit: 'i' };
}

function hour(h: number): string {
  const hours = Math.floor(h);
  const minutes = Math.round((h - hours) * 60);
  return `${String(hours).padStart(2, '0')}:${String(Math.min(59, minutes)).padStart(2, '0')}`;
}
