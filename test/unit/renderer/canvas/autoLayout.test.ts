import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLargeJourney } from '../../../../bench/largeJourney';
import { autoLayout } from '../../../../renderer/src/canvas/autoLayout';
import { applyChange } from '../../../../shared/journey/changes';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { createNode, outputsOf } from '../../../../shared/journey/nodeTypes';
import { STEP_BOX } from '../../../../shared/journey/placement';
import { JourneyDocument, type JourneyEdge, type JourneyNode, type LayoutDirection, type NodeType } from '../../../../shared/journey/schema';
import { readSample, SAMPLE_FILES } from '../../../support/samples';

const DIRECTIONS: LayoutDirection[] = ['leftToRight', 'topToBottom'];

function samples(): JourneyDocument[] {
  return SAMPLE_FILES.map((file) => {
    const parsed = importExchange(readSample(file));
    if (!parsed.ok) throw new Error(file);
    return JourneyDocument.parse(parsed.document.journey);
  });
}

function laidOut(doc: JourneyDocument, direction: LayoutDirection): JourneyDocument {
  const change = autoLayout(doc, new Map(), direction);
  return change ? applyChange(doc, change) : doc;
}

/** Across the flow: y when drawn left to right, x when drawn downwards. */
const across = (n: JourneyNode, d: LayoutDirection) => (d === 'leftToRight' ? n.position.y : n.position.x);
const along = (n: JourneyNode, d: LayoutDirection) => (d === 'leftToRight' ? n.position.x : n.position.y);

/** Steps whose outputs' targets are out of their outputs' order. */
function crossedBranches(doc: JourneyDocument, d: LayoutDirection): string[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const crossed: string[] = [];
  for (const node of doc.nodes) {
    const targets = outputsOf(node).flatMap((o) => doc.edges.filter((e) => e.source === node.id && e.sourceOutput === o).map((e) => byId.get(e.target)!));
    for (let i = 0; i + 1 < targets.length; i++) {
      const [a, b] = [targets[i]!, targets[i + 1]!];
      // A branch that joins another's path further on (timeout → the step the reacted path also
      // reaches) is drawn along that path, not beside it: its order is the join's.
      if (a.id === b.id || reaches(doc, a.id, b.id) || reaches(doc, b.id, a.id)) continue;
      if (!(across(a, d) < across(b, d))) crossed.push(`${node.id}: ${a.id} / ${b.id}`);
    }
  }
  return crossed;
}

/** Whether `to` can be reached from `from` along the journey's connections. */
function reaches(doc: JourneyDocument, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const e of doc.edges) {
      if (e.source !== at || seen.has(e.target)) continue;
      if (e.target === to) return true;
      seen.add(e.target);
      queue.push(e.target);
    }
  }
  return false;
}

function overlaps(doc: JourneyDocument): string[] {
  const out: string[] = [];
  doc.nodes.forEach((a, i) =>
    doc.nodes.slice(i + 1).forEach((b) => {
      if (Math.abs(a.position.x - b.position.x) < STEP_BOX.width && Math.abs(a.position.y - b.position.y) < STEP_BOX.height) out.push(`${a.id}+${b.id}`);
    }),
  );
  return out;
}

describe('auto layout', () => {
  for (const direction of DIRECTIONS) {
    it(`${direction}: keeps every branch in its outputs' order, flows one way, overlaps nothing (samples and a generated journey)`, () => {
      for (const doc of [...samples(), generateLargeJourney(6, 16)]) {
        const after = laidOut(doc, direction);
        expect(crossedBranches(after, direction), doc.name).toEqual([]);
        expect(overlaps(after), doc.name).toEqual([]);
        const byId = new Map(after.nodes.map((n) => [n.id, n]));
        for (const edge of after.edges) expect(along(byId.get(edge.target)!, direction), `${edge.id} in ${doc.name}`).toBeGreaterThan(along(byId.get(edge.source)!, direction));
      }
    });
  }

  it('uses the journey’s own direction when none is given', () => {
    const [doc] = samples();
    const down = JourneyDocument.parse({ ...doc!, settings: { ...doc!.settings, layout: 'topToBottom' } });
    const change = autoLayout(down, new Map());
    expect(change).toEqual(autoLayout(down, new Map(), 'topToBottom'));
    expect(change).not.toEqual(autoLayout(down, new Map(), 'leftToRight'));
  });

  it('keeps the branch order of any tree of conditions, splits and reaction waits', () => {
    // A random tree: each step has one of the branching kinds or a plain step; every output
    // leads to a new subtree or ends at an exit.
    const kinds: NodeType[] = ['condition', 'waitForEvent', 'wait', 'adjustScore'];
    const tree = fc.array(fc.constantFrom(...kinds), { minLength: 3, maxLength: 40 });
    fc.assert(
      fc.property(tree, fc.constantFrom(...DIRECTIONS), (types, direction) => {
        const nodes: JourneyNode[] = [createNode('entry', 'n0', { x: 0, y: 0 })];
        const edges: JourneyEdge[] = [];
        const open: { id: string; output: string }[] = [{ id: 'n0', output: 'next' }];
        types.forEach((type, i) => {
          const slot = open.shift();
          if (!slot) return;
          const node = createNode(type, `n${i + 1}`, { x: 0, y: 0 });
          nodes.push(node);
          edges.push({ id: `e${i + 1}`, source: slot.id, sourceOutput: slot.output, target: node.id });
          open.push(...outputsOf(node).map((output) => ({ id: node.id, output })));
        });
        open.forEach((slot, i) => {
          nodes.push(createNode('exit', `x${i}`, { x: 0, y: 0 }));
          edges.push({ id: `ex${i}`, source: slot.id, sourceOutput: slot.output, target: `x${i}` });
        });
        const doc = JourneyDocument.parse({ schemaVersion: 1, id: 'j', name: 'Tree', nodes, edges });
        const after = laidOut(doc, direction);
        expect(crossedBranches(after, direction)).toEqual([]);
        expect(overlaps(after)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
