// Go to: continues at another step of this journey, or moves the prospect to another journey.
import { z } from 'zod';
import { Id } from '../primitives';
import { defineStepKind, plainStep } from './stepKind';

export const JumpParams = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('node'), nodeId: Id }),
    z.object({ kind: z.literal('journey'), journeyId: Id, journeyName: z.string().max(200).default('') }),
  ]),
});
export type JumpParams = z.infer<typeof JumpParams>;

/** Where a go-to step can lead: to another step of this journey, or to another journey. */
export const JUMP_TARGET_KINDS = ['node', 'journey'] as const;

/** The steps a go-to step may name: every step but itself. */
export const jumpTargets = <S extends { id: string }>(steps: readonly S[], selfId: string): S[] => steps.filter((s) => s.id !== selfId);

export const jump = defineStepKind('jump', JumpParams)({
  ...plainStep,
  group: 'flow',
  englishName: 'go-to step',
  terminal: true,
  outputs: () => [],
  defaults: () => ({ target: { kind: 'node', nodeId: 'entry' } }),
  references: (p) => (p.target.kind === 'node' ? [p.target.nodeId] : []),
  withReferences: (p, map) => (p.target.kind === 'node' ? { target: { kind: 'node', nodeId: map(p.target.nodeId) } } : p),
  check(node, c) {
    const target = node.params.target;
    if (target.kind === 'node' && c.typeOf(target.nodeId) === undefined) {
      c.error('reference_missing', `${c.Name} goes to a step that does not exist ("${target.nodeId}").`, { variant: 'step', step: c.step, id: target.nodeId });
    } else if (target.kind === 'journey' && c.journeyIds && !c.journeyIds.has(target.journeyId)) {
      c.warn('jump_journey_missing', `${c.Name} moves prospects to a journey that is not in the library.`, { variant: 'missing', step: c.step });
    } else if (target.kind === 'journey' && target.journeyId === c.journeyId) {
      c.warn('jump_journey_missing', `${c.Name} moves prospects to this same journey; use “go to step” instead.`, { variant: 'self', step: c.step });
    }
  },
  summary(p, c) {
    if (p.target.kind === 'journey') return { key: 'summary.jumpJourney', values: { name: p.target.journeyName || p.target.journeyId } };
    return { key: 'summary.jumpNode', values: { name: c.stepName(p.target.nodeId) ?? { key: 'summary.missingStep' } } };
  },
});

/** Go to a step or to a journey, starting at the first one offered. */
export function withJumpKind(
  params: JumpParams,
  kind: JumpParams['target']['kind'],
  first: { stepId?: string; journey?: { id: string; name: string } },
): JumpParams {
  if (kind === params.target.kind) return params;
  return kind === 'node'
    ? { target: { kind, nodeId: first.stepId ?? 'entry' } }
    : { target: { kind, journeyId: first.journey?.id ?? 'journey', journeyName: first.journey?.name ?? '' } };
}
