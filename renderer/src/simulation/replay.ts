// Reading a prospect's timeline for the replay: what each step means in words, when it
// happened, and which steps the prospect has passed so far (for the canvas).
import type { TFunction } from 'i18next';
import type { JourneyNode } from '../../../shared/journey/schema';
import type { TimelineStep } from '../../../shared/simulation/aggregate';
import { clockAt } from '../../../shared/simulation/calendar';
import { timelineEventOf } from '../../../shared/simulation/timeline';
import { outputLabel } from '../canvas/outputLabel';
import type { AppState } from '../store/appStore';
import type { ReplayState } from '../store/state/simulation';

/** The ids of the journey's hand-off steps: reaching one is the hand-off in a timeline. */
export function handoffNodeIds(nodes: readonly JourneyNode[]): ReadonlySet<string> {
  return new Set(nodes.filter((n) => n.type === 'handoff').map((n) => n.id));
}

/** "Day 3 · Wed 14:30" — simulated time starts on a Monday at 00:00. */
export function formatSimTime(hours: number, t: TFunction): string {
  const { day, weekday, time } = clockAt(hours);
  return t('replay.time', { day, weekday: t(`weekdays.${weekday}`), time });
}

/** The event of a step in words: reactions and exits have their own; branch outputs use the output's label. */
export function describeEvent(step: TimelineStep, node: JourneyNode | undefined, t: TFunction): string {
  const event = timelineEventOf(step.event);
  switch (event.kind) {
    case 'entered':
    case 'sent':
      return t(`replay.events.${event.kind}`, { step: node ? node.label || t(`nodeTypes.${node.type}.name`) : step.nodeId });
    case 'exit':
      return t('replay.events.exit', { outcome: t(`outcomes.${event.outcome}`, { defaultValue: event.outcome }) });
    case 'queued':
    case 'held':
    case 'suppressed':
      return t(`replay.events.${event.kind}`);
    case 'salesRejected':
      return t('replay.events.sales.rejected', { reason: t(`replay.reasons.${event.reason}`, { defaultValue: event.reason }) });
    case 'sales':
      return t(`replay.events.sales.${event.what}`, { defaultValue: step.event });
    case 'named':
      return t(`replay.events.${event.name}`, { defaultValue: event.name });
    case 'output':
      return t('replay.events.took', { output: outputLabel(node, event.output, t) });
  }
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
