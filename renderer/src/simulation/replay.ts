// Reading a prospect's timeline for the replay: what each step means in words, when it
// happened, and which steps the prospect has passed so far (for the canvas).
import type { TFunction } from 'i18next';
import type { JourneyNode } from '../../../shared/journey/schema';
import type { TimelineStep } from '../../../shared/simulation/aggregate';
import { weekdayAt } from '../../../shared/simulation/calendar';
import { outputLabel } from '../canvas/outputLabel';
import type { AppState } from '../store/appStore';
import type { ReplayState } from '../store/state/simulation';

/** "Day 3 · Wed 14:30" — simulated time starts on a Monday at 00:00. */
export function formatSimTime(hours: number, t: TFunction): string {
  const day = Math.floor(hours / 24) + 1;
  const minutes = Math.round((hours - Math.floor(hours / 24) * 24) * 60);
  const hh = String(Math.min(23, Math.floor(minutes / 60))).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return t('replay.time', { day, weekday: t(`weekdays.${weekdayAt(hours)}`), time: `${hh}:${mm}` });
}

/** The event of a step in words: reactions and exits have their own; branch outputs use the output's label. */
export function describeEvent(step: TimelineStep, node: JourneyNode | undefined, t: TFunction): string {
  const event = step.event;
  if (event === 'entered' || event === 'sent') return t(`replay.events.${event}`, { step: node ? node.label || t(`nodeTypes.${node.type}.name`) : step.nodeId });
  if (event.startsWith('exit:')) return t('replay.events.exit', { outcome: t(`outcomes.${event.slice(5)}`, { defaultValue: event.slice(5) }) });
  if (event.startsWith('queued:')) return t('replay.events.queued');
  if (event.startsWith('held:')) return t('replay.events.held');
  if (event.startsWith('suppressed:')) return t('replay.events.suppressed');
  if (event.startsWith('sales:rejected:')) return t('replay.events.sales.rejected', { reason: t(`replay.reasons.${event.slice(15)}`, { defaultValue: event.slice(15) }) });
  if (event.startsWith('sales:')) return t(`replay.events.sales.${event.slice(6)}`, { defaultValue: event });
  const known = t(`replay.events.${event}`, { defaultValue: '' });
  if (known) return known;
  return t('replay.events.took', { output: outputLabel(node, event, t) });
}

const visitedCache = new WeakMap<ReplayState, ReadonlySet<string>>();

/** The steps reached up to the current position (the current one included). */
export function visitedNodes(replay: ReplayState): ReadonlySet<string> {
  let visited = visitedCache.get(replay);
  if (!visited) {
    visited = new Set(replay.timeline.steps.slice(0, replay.position + 1).map((s) => s.nodeId));
    visitedCache.set(replay, visited);
  }
  return visited;
}

/** The replay on screen, if it belongs to the open journey (switching journeys keeps it for later). */
export const activeReplay = (s: AppState): ReplayState | null => (s.replay && s.runResults?.journeyId === s.document?.id ? s.replay : null);
