// Every step kind, once. Adding a kind: write its module beside these (see stepKind.ts),
// list it here, add its inspector fields and look in renderer/src/editor/steps/, and its
// catalogue strings; the type-check then names every place that must handle it.
import type { z } from 'zod';
import { adjustScore } from './adjustScore';
import { condition } from './condition';
import { entry } from './entry';
import { exit } from './exit';
import { handoff } from './handoff';
import { jump } from './jump';
import { sendEmail } from './sendEmail';
import { setStage } from './setStage';
import { split } from './split';
import type { StepGroup, StepKind } from './stepKind';
import { updateAttribute } from './updateAttribute';
import { wait } from './wait';
import { waitForEvent } from './waitForEvent';
import { webhook } from './webhook';

export const STEP_KINDS = [entry, sendEmail, wait, waitForEvent, condition, split, adjustScore, setStage, handoff, updateAttribute, jump, webhook, exit] as const;

export type AnyStepKind = (typeof STEP_KINDS)[number];
export type NodeType = AnyStepKind['type'];
export type KindOf<T extends NodeType> = Extract<AnyStepKind, { type: T }>;
export type ParamsOf<T extends NodeType> = z.output<KindOf<T>['params']>;

/** A kind seen without its exact parameter type, for code that handles every kind alike. */
export type LooseStepKind = StepKind<NodeType, z.ZodType<unknown>>;

export const NODE_TYPES: readonly NodeType[] = STEP_KINDS.map((kind) => kind.type);

const BY_TYPE: ReadonlyMap<string, LooseStepKind> = new Map(STEP_KINDS.map((kind) => [kind.type, kind as LooseStepKind]));

export function stepKind(type: NodeType): LooseStepKind {
  return BY_TYPE.get(type)!;
}

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && BY_TYPE.has(value);
}

const GROUP_ORDER: readonly StepGroup[] = ['flow', 'messages', 'logic', 'lead'];

/** Palette groups, in the order a campaign manager reaches for them; kinds in registry order. */
export const NODE_GROUPS: readonly { id: StepGroup; types: readonly NodeType[] }[] = GROUP_ORDER.map((id) => ({
  id,
  types: STEP_KINDS.filter((kind) => kind.group === id).map((kind) => kind.type),
}));

/** Fails the type-check when a switch over kinds misses one; throws if bad data gets there anyway. */
export function unhandledKind(kind: never): never {
  throw new Error(`Unhandled step kind: ${JSON.stringify(kind)}`);
}
