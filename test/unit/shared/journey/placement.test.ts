import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../../../shared/journey/changes';
import { createNode } from '../../../../shared/journey/nodeTypes';
import { firstFreeOutput, inReadingOrder, type PlaceStepInput, placeStep, STEP_BOX } from '../../../../shared/journey/placement';
import { JourneyDocument, type JourneyNode, type NodeType } from '../../../../shared/journey/schema';
import { sampleJourney } from '../../../support/sampleJourney';

const doc = (nodes: JourneyNode[], edges: JourneyDocument['edges'] = [], layout?: 'topToBottom') =>
  JourneyDocument.parse({ schemaVersion: 1, id: 'j', name: 'J', nodes, edges, settings: layout ? { layout } : {} });

let counter = 0;
const ids = () => `e_new_${++counter}`;
const input = (type: NodeType, after?: PlaceStepInput['after'], id = `n_new_${++counter}`): PlaceStepInput => ({
  type,
  newNodeId: id,
  newEdgeId: ids,
  after,
  fallback: { x: 0, y: 0 },
});

/** Places the step, checks the changes are one valid edit, and returns the journey after it. */
function place(journey: JourneyDocument, placement: PlaceStepInput) {
  const result = placeStep(journey, placement);
  const checked = checkChanges(journey, result.changes);
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.problem)}`);
  return { ...result, doc: checked.value.document };
}

/** No two steps' boxes overlap (every step taken to be STEP_BOX large). */
function expectNoOverlap(journey: JourneyDocument) {
  for (const a of journey.nodes) {
    for (const b of journey.nodes) {
      if (a.id >= b.id) continue;
      const apart = a.position.x + STEP_BOX.width <= b.position.x || b.position.x + STEP_BOX.width <= a.position.x || a.position.y + STEP_BOX.height <= b.position.y || b.position.y + STEP_BOX.height <= a.position.y;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
}

function overlappingPairs(journey: JourneyDocument): string[] {
  const pairs: string[] = [];
  for (const a of journey.nodes) {
    for (const b of journey.nodes) {
      if (a.id < b.id && Math.abs(a.position.x - b.position.x) < STEP_BOX.width && Math.abs(a.position.y - b.position.y) < STEP_BOX.height) pairs.push(`${a.id}+${b.id}`);
    }
  }
  return pairs;
}

const edgeFrom = (journey: JourneyDocument, source: string, output: string) => journey.edges.find((e) => e.source === source && e.sourceOutput === output);

describe('placing a new step', () => {
  it('goes after the first free output, connected, one place to the right', () => {
    const start = doc([createNode('entry', 'entry', { x: 0, y: 0 })]);
    const { doc: after, node, connectedFrom } = place(start, input('sendEmail', { nodeId: 'entry' }));
    expect(connectedFrom).toEqual({ nodeId: 'entry', output: 'next' });
    expect(edgeFrom(after, 'entry', 'next')?.target).toBe(node.id);
    expect(node.position.x).toBeGreaterThanOrEqual(STEP_BOX.width);
    expect(node.position.y).toBe(0);
  });

  it('a second step goes after the new one, not on top of it', () => {
    let journey = doc([createNode('entry', 'entry', { x: 0, y: 0 })]);
    const first = place(journey, input('sendEmail', { nodeId: 'entry' }));
    journey = first.doc;
    const second = place(journey, input('wait', { nodeId: first.node.id }));
    expect(edgeFrom(second.doc, first.node.id, 'next')?.target).toBe(second.node.id);
    expect(second.node.position.x).toBeGreaterThan(first.node.position.x + STEP_BOX.width);
    expectNoOverlap(second.doc);
  });

  it('takes the "no" output when "yes" is connected, one lane below', () => {
    const journey = doc(
      [createNode('condition', 'c', { x: 0, y: 0 }), createNode('exit', 'x', { x: 310, y: 0 })],
      [{ id: 'e1', source: 'c', sourceOutput: 'yes', target: 'x' }],
    );
    expect(firstFreeOutput(journey, 'c')).toBe('no');
    const { doc: after, node } = place(journey, input('exit', { nodeId: 'c' }));
    expect(edgeFrom(after, 'c', 'no')?.target).toBe(node.id);
    expect(node.position.y).toBeGreaterThan(STEP_BOX.height);
    expectNoOverlap(after);
  });

  it('steps aside when the spot is taken by a step it is not connected to', () => {
    const journey = doc([createNode('entry', 'entry', { x: 0, y: 0 }), createNode('exit', 'lonely', { x: 310, y: 0 })]);
    const { doc: after, node } = place(journey, input('wait', { nodeId: 'entry' }));
    expect(edgeFrom(after, 'entry', 'next')?.target).toBe(node.id);
    expectNoOverlap(after);
  });

  it('uses the output asked for (the "+" on an output)', () => {
    const journey = doc([createNode('waitForEvent', 'w', { x: 0, y: 0 })]);
    const { doc: after, node } = place(journey, input('exit', { nodeId: 'w', output: 'timeout' }));
    expect(edgeFrom(after, 'w', 'timeout')?.target).toBe(node.id);
    expect(edgeFrom(after, 'w', 'event')).toBeUndefined();
  });

  it('goes downwards, branches side by side, when the journey is drawn top to bottom', () => {
    const journey = doc([createNode('condition', 'c', { x: 0, y: 0 })], [], 'topToBottom');
    const yes = place(journey, input('exit', { nodeId: 'c' }));
    const no = place(yes.doc, input('exit', { nodeId: 'c' }));
    expect(yes.node.position).toMatchObject({ x: 0 });
    expect(yes.node.position.y).toBeGreaterThan(STEP_BOX.height);
    expect(no.node.position.y).toBe(yes.node.position.y);
    expect(no.node.position.x).toBeGreaterThanOrEqual(STEP_BOX.width);
    expect(edgeFrom(no.doc, 'c', 'no')?.target).toBe(no.node.id);
    expectNoOverlap(no.doc);
  });

  it('goes into the connection when every output is taken, moving what follows along', () => {
    const journey = sampleJourney();
    const source = journey.nodes.find((n) => n.type === 'sendEmail')!;
    const old = edgeFrom(journey, source.id, 'next')!;
    const target = journey.nodes.find((n) => n.id === old.target)!;
    const { doc: after, node } = place(journey, input('wait', { nodeId: source.id }));
    expect(edgeFrom(after, source.id, 'next')?.target).toBe(node.id);
    expect(edgeFrom(after, node.id, 'next')?.target).toBe(target.id);
    expect(after.edges.some((e) => e.id === old.id)).toBe(false);
    expect(node.position).toEqual(target.position);
    expect(after.nodes.find((n) => n.id === target.id)!.position.x).toBeGreaterThan(target.position.x);
    // The steps leading here stay where they were.
    for (const id of ['entry', source.id]) {
      expect(after.nodes.find((n) => n.id === id)?.position, id).toEqual(journey.nodes.find((n) => n.id === id)?.position);
    }
    expect(after.nodes).toHaveLength(journey.nodes.length + 1);
  });

  it('never moves the way back in a loop', () => {
    const journey = doc(
      [createNode('entry', 'entry', { x: 0, y: 0 }), createNode('wait', 'a', { x: 310, y: 0 }), createNode('condition', 'b', { x: 620, y: 0 })],
      [
        { id: 'e1', source: 'entry', sourceOutput: 'next', target: 'a' },
        { id: 'e2', source: 'a', sourceOutput: 'next', target: 'b' },
        { id: 'e3', source: 'b', sourceOutput: 'yes', target: 'a' },
      ],
    );
    const { doc: after } = place(journey, input('adjustScore', { nodeId: 'b', output: 'yes' }));
    for (const id of ['entry', 'a', 'b']) expect(after.nodes.find((n) => n.id === id)?.position).toEqual(journey.nodes.find((n) => n.id === id)?.position);
  });

  it('with no step to continue from, goes to the spot asked for, clear of others, unconnected', () => {
    const journey = doc([createNode('entry', 'entry', { x: 0, y: 0 })]);
    const { doc: after, connectedFrom, changes } = place(journey, { ...input('wait'), fallback: { x: 5, y: 5 } });
    expect(connectedFrom).toBeNull();
    expect(changes).toHaveLength(1);
    expectNoOverlap(after);
  });

  it('does not connect from a step without outputs, nor to an entry', () => {
    const journey = doc([createNode('entry', 'entry', { x: 0, y: 0 }), createNode('exit', 'x', { x: 300, y: 0 })]);
    expect(placeStep(journey, input('wait', { nodeId: 'x' })).connectedFrom).toBeNull();
    const entry = place(journey, input('entry', { nodeId: 'entry' }));
    expect(entry.connectedFrom).toBeNull();
    expectNoOverlap(entry.doc);
  });

  it('keeps every step apart while a journey is built by clicks alone', () => {
    let journey = sampleJourney();
    const types: NodeType[] = ['sendEmail', 'wait', 'condition', 'exit', 'adjustScore', 'split', 'handoff', 'exit'];
    let selected = journey.nodes.find((n) => n.type === 'condition')!.id;
    for (const type of types) {
      const placed = place(journey, input(type, { nodeId: selected }));
      journey = placed.doc;
      selected = placed.node.id;
    }
    expect(journey.nodes.length).toBe(sampleJourney().nodes.length + types.length);
    // The sample is drawn by hand: no pair of steps may overlap that did not before.
    const before = overlappingPairs(sampleJourney());
    expect(overlappingPairs(journey).filter((pair) => !before.includes(pair))).toEqual([]);
  });
});

describe('making room for an inserted step', () => {
  it('moves what follows far enough not to land on another branch drawn beyond it', () => {
    const journey = doc(
      [
        createNode('entry', 'entry', { x: 0, y: 0 }),
        createNode('wait', 'b', { x: 310, y: 0 }),
        createNode('exit', 'c', { x: 620, y: 0 }),
        createNode('exit', 'beyond', { x: 930, y: 0 }),
      ],
      [
        { id: 'e1', source: 'entry', sourceOutput: 'next', target: 'b' },
        { id: 'e2', source: 'b', sourceOutput: 'next', target: 'c' },
      ],
    );
    const { doc: after, node } = place(journey, input('adjustScore', { nodeId: 'entry' }));
    expect(node.position).toEqual({ x: 310, y: 0 });
    expect(after.nodes.find((n) => n.id === 'beyond')!.position).toEqual({ x: 930, y: 0 });
    expectNoOverlap(after);
  });
});

describe('reading order', () => {
  it('reads along the journey first: left to right, or top to bottom for a top-down journey', () => {
    const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });
    const nodes = [at('c', 200, 0), at('b', 0, 300), at('a', 0, 0), at('d', 200, 300)];
    expect(inReadingOrder(nodes, 'leftToRight').map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(inReadingOrder(nodes, 'topToBottom').map((n) => n.id)).toEqual(['a', 'c', 'b', 'd']);
  });
});
