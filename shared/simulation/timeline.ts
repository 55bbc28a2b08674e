// Full timelines of sampled prospects, for Replay: what happened at which step and when.
import type { TimelineStep } from './aggregate';

/** Reactions as a timeline names them, in the engine's order of pending kinds; then sales' milestones. */
export const REACTION_EVENTS = ['open', 'click', 'download', 'noReaction', 'form', 'visit', 'qualified', 'won'] as const;
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
