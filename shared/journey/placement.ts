// Where a new step goes and what connects it: after a step's first free output (or the
// output asked for), one place further along the journey's direction, clear of every other
// step; when all outputs are taken, into the connection of the first one, with the steps
// after it moved along to make room. Pure: the canvas passes the sizes it measured and
// applies the changes as one edit.
import type { JourneyChange } from './changes';
import { buildGraph, reachableFrom } from './graph';
import { acceptsInput, createNode, outputsOf } from './nodeTypes';
import { type JourneyDocument, type JourneyNode, type LayoutDirection, layoutOf, type NodeType } from './schema';

export interface Box {
  width: number;
  height: number;
}
export type Point = { x: number; y: number };
/** A step's drawn size when known (the canvas measures them); otherwise STEP_BOX is assumed. */
export type SizeOf = (nodeId: string) => Box | undefined;

/** About one step card's size, for steps not yet drawn. */
export const STEP_BOX: Box = { width: 220, height: 70 };

/**
 * Room between steps: `along` the flow (wide enough left to right for a branch label such
 * as "timed out · 59 %" between two cards), `across` it between neighbouring branches.
 * Auto layout uses the same figures, so a placed step sits where tidying would put it.
 */
export const STEP_SPACING: Record<LayoutDirection, { along: number; across: number }> = {
  leftToRight: { along: 90, across: 30 },
  topToBottom: { along: 60, across: 40 },
};

const GRID = 10;
const snap = (v: number) => Math.round(v / GRID) * GRID;

/** The first output of a step not yet connected, in display order; null when none is free. */
export function firstFreeOutput(doc: JourneyDocument, nodeId: string): string | null {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const taken = new Set(doc.edges.filter((e) => e.source === nodeId).map((e) => e.sourceOutput));
  return outputsOf(node).find((o) => !taken.has(o)) ?? null;
}

/** Outputs of a step that no connection leaves from, in display order. */
export function freeOutputs(node: JourneyNode, doc: JourneyDocument): string[] {
  const taken = new Set(doc.edges.filter((e) => e.source === node.id).map((e) => e.sourceOutput));
  return outputsOf(node).filter((o) => !taken.has(o));
}

export interface PlaceStepInput {
  type: NodeType;
  newNodeId: string;
  newEdgeId: () => string;
  /** The step to continue from and, optionally, which of its outputs (default: the first free one). */
  after?: { nodeId: string; output?: string } | undefined;
  /** Top-left corner wanted when there is no step to continue from (e.g. the middle of the view). */
  fallback: Point;
  sizeOf?: SizeOf;
}

export interface Placement {
  node: JourneyNode;
  /** One edit: the step, its connections, and any steps moved to make room. */
  changes: JourneyChange[];
  /** The output the new step hangs from, when it was connected. */
  connectedFrom: { nodeId: string; output: string } | null;
}

/** A new step of `type` placed (and, where it can be, connected) as described above. */
export function placeStep(doc: JourneyDocument, input: PlaceStepInput): Placement {
  const direction = layoutOf(doc.settings);
  const sizeOf = (id: string) => input.sizeOf?.(id) ?? STEP_BOX;
  const source = input.after ? doc.nodes.find((n) => n.id === input.after!.nodeId) : undefined;
  const boxes = doc.nodes.map((n) => ({ id: n.id, ...n.position, ...sizeOf(n.id) }));
  const unconnected = (wanted: Point): Placement => {
    const node = createNode(input.type, input.newNodeId, freeSpot(boxes, wanted, direction));
    return { node, changes: [{ kind: 'addNode', node }], connectedFrom: null };
  };
  if (!source) return unconnected(input.fallback);

  const outputs = outputsOf(source);
  const output = input.after?.output ?? firstFreeOutput(doc, source.id) ?? outputs[0];
  const next = nextPlace(source.position, sizeOf(source.id), Math.max(0, outputs.indexOf(output ?? '')), direction);
  if (output === undefined || !outputs.includes(output) || !acceptsInput(input.type)) return unconnected(next);

  const existing = doc.edges.find((e) => e.source === source.id && e.sourceOutput === output);
  if (!existing) {
    const node = createNode(input.type, input.newNodeId, freeSpot(boxes, next, direction));
    return {
      node,
      changes: [{ kind: 'addNode', node }, { kind: 'connect', edge: { id: input.newEdgeId(), source: source.id, sourceOutput: output, target: node.id } }],
      connectedFrom: { nodeId: source.id, output },
    };
  }

  // The output is taken: the step goes into that connection, where its target was, and the
  // target with everything after it moves one place along (never the steps leading here).
  const target = doc.nodes.find((n) => n.id === existing.target)!;
  const before = ancestorsOf(doc, source.id);
  const moved = before.has(target.id) ? new Set<string>() : reachableFrom(buildGraph(doc), [target.id], (_from, to) => !before.has(to));
  const moves = makeRoom(boxes, moved, direction);
  // Where the target was; should a step that stays (another branch) sit there, beside it.
  const node = createNode(input.type, input.newNodeId, freeSpot(boxes.filter((b) => !moved.has(b.id)), target.position, direction));
  const first = outputsOf(node)[0];
  const changes: JourneyChange[] = [
    ...(moves.length > 0 ? [{ kind: 'moveNodes' as const, moves }] : []),
    { kind: 'removeElements', nodeIds: [], edgeIds: [existing.id] },
    { kind: 'addNode', node },
    { kind: 'connect', edge: { id: input.newEdgeId(), source: source.id, sourceOutput: output, target: node.id } },
    ...(first === undefined ? [] : [{ kind: 'connect' as const, edge: { id: input.newEdgeId(), source: node.id, sourceOutput: first, target: target.id } }]),
  ];
  return { node, changes, connectedFrom: { nodeId: source.id, output } };
}

/**
 * Moves the `moved` steps one place along; further, a place at a time, while that would put
 * one of them onto a step that stays (another branch drawn beyond them).
 */
function makeRoom(boxes: readonly (Point & Box & { id: string })[], moved: ReadonlySet<string>, direction: LayoutDirection) {
  const place = direction === 'leftToRight' ? { x: STEP_BOX.width + STEP_SPACING.leftToRight.along, y: 0 } : { x: 0, y: STEP_BOX.height + STEP_SPACING.topToBottom.along };
  const moving = boxes.filter((b) => moved.has(b.id));
  const staying = boxes.filter((b) => !moved.has(b.id));
  const clash = (k: number) => moving.some((m) => overlapsAny(staying, { x: m.x + k * place.x, y: m.y + k * place.y }, m, 0));
  let places = 1;
  while (places < 20 && clash(places)) places++;
  if (clash(places)) places = 1;
  return moving.map((m) => ({ id: m.id, position: { x: m.x + places * place.x, y: m.y + places * place.y } }));
}

/** One place further along from a step, the `index`-th output one lane across (yes straight on, no beside it). */
function nextPlace(from: Point, size: Box, index: number, direction: LayoutDirection): Point {
  const gap = STEP_SPACING[direction];
  return direction === 'leftToRight'
    ? { x: snap(from.x + size.width + gap.along), y: snap(from.y + index * (STEP_BOX.height + gap.across)) }
    : { x: snap(from.x + index * (STEP_BOX.width + gap.across)), y: snap(from.y + size.height + gap.along) };
}

/** The first spot from `wanted`, one lane across at a time, where a new step overlaps no box. */
export function freeSpot(boxes: readonly (Point & Box)[], wanted: Point, direction: LayoutDirection): Point {
  const gap = STEP_SPACING[direction].across;
  const step = direction === 'leftToRight' ? { x: 0, y: STEP_BOX.height + gap } : { x: STEP_BOX.width + gap, y: 0 };
  let spot = { x: snap(wanted.x), y: snap(wanted.y) };
  for (let tries = 0; tries < 500 && overlapsAny(boxes, spot, STEP_BOX, gap / 2); tries++) spot = { x: spot.x + step.x, y: spot.y + step.y };
  return spot;
}

/** Whether a box of `size` at `at` comes within `margin` of any of `boxes`. */
function overlapsAny(boxes: readonly (Point & Box)[], at: Point, size: Box, margin: number): boolean {
  return boxes.some((b) => at.x < b.x + b.width + margin && at.x + size.width + margin > b.x && at.y < b.y + b.height + margin && at.y + size.height + margin > b.y);
}

/** Steps from which `id` can be reached (the way here), so moving "what comes after" never moves them. */
function ancestorsOf(doc: JourneyDocument, id: string): Set<string> {
  const previous = new Map<string, string[]>();
  for (const e of doc.edges) previous.set(e.target, [...(previous.get(e.target) ?? []), e.source]);
  return reachableFrom({ next: previous }, [id]);
}

/**
 * Steps in the order a person reads the canvas: along the journey's direction first (left to
 * right, or top to bottom), then across it.
 */
export function inReadingOrder<N extends { position: { x: number; y: number } }>(nodes: readonly N[], layout: LayoutDirection): N[] {
  const along = layout === 'topToBottom' ? ('y' as const) : ('x' as const);
  const across = along === 'x' ? ('y' as const) : ('x' as const);
  return [...nodes].sort((a, b) => a.position[along] - b.position[along] || a.position[across] - b.position[across]);
}
