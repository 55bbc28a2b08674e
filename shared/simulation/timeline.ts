// Full timelines of sampled prospects, for Replay: what happened at which step and when.
import type { TimelineStep } from './aggregate';

/** Reactions as a timeline names them, in the engine's order of pending kinds; then sales' milestones. */
export const REACTION_EVENTS = ['open', 'click', 'download', 'noReaction', 'form', 'visit', 'qualified', 'won', 'accountAccepted'] as const;
const IS_REACTION = new Set<string>(REACTION_EVENTS);

/**
 * Reactions are noted when the engine gets to them, which can be after later steps; a
 * timeline reads in time order, with each reaction placed at the step the prospect was at.
 */
export function chronological(steps: TimelineStep[]): TimelineStep[] {
  // At the same moment, a reaction comes before the move it caused (the click, then "reacted").
  const reaction = (step: TimelineStep) => (IS_REACTION.has(step.event) ? 0 : 1);
  const ordered = steps.map((step, i) => ({ step, i })).sort((a, b) => a.step.t - b.step.t || reaction(a.step) - reaction(b.step) || a.i - b.i);
  let at = '';
  return ordered.map(({ step }) => {
    if (!IS_REACTION.has(step.event)) {
      at = step.nodeId;
      return step;
    }
    return at && at !== step.nodeId ? { ...step, nodeId: at } : step;
  });
}

/** What a timeline event says, read from its text (the engine writes "exit:converted", "sales:rejected:noBudget", …). */
export type TimelineEvent =
  | { kind: 'entered' | 'sent' | 'queued' | 'held' | 'suppressed' }
  | { kind: 'exit'; outcome: string }
  | { kind: 'sales'; what: string }
  | { kind: 'salesRejected'; reason: string }
  /** A reaction, a milestone of sales or a way of leaving (goal, unsubscribed, …), by its name. */
  | { kind: 'named'; name: string }
  /** The output the step was left by. */
  | { kind: 'output'; output: string };

const NAMED_EVENTS = new Set<string>([...REACTION_EVENTS, 'jump', 'unsubscribed', 'goal', 'disqualified', 'notEligible', 'movedToJourney']);

export function timelineEventOf(event: string): TimelineEvent {
  if (event === 'entered' || event === 'sent') return { kind: event };
  if (event.startsWith('exit:')) return { kind: 'exit', outcome: event.slice('exit:'.length) };
  if (event.startsWith('queued:')) return { kind: 'queued' };
  if (event.startsWith('held:')) return { kind: 'held' };
  if (event.startsWith('suppressed:')) return { kind: 'suppressed' };
  if (event.startsWith('sales:rejected:')) return { kind: 'salesRejected', reason: event.slice('sales:rejected:'.length) };
  if (event.startsWith('sales:')) return { kind: 'sales', what: event.slice('sales:'.length) };
  if (NAMED_EVENTS.has(event)) return { kind: 'named', name: event };
  return { kind: 'output', output: event };
}
