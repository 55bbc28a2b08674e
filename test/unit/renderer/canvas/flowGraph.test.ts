import { describe, expect, it } from 'vitest';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { applyChanges } from '../../../../shared/journey/changes';
import {
  journeyChangeFromDeletion,
  journeyChangesFromNodeChanges,
  ESTIMATED_STEP_SIZE,
  nextSelection,
  TARGET_HANDLE,
  toFlowEdges,
  toFlowNodes,
} from '../../../../renderer/src/canvas/flowGraph';
import { sampleJourney } from '../../../support/sampleJourney';

describe('journey document ⇄ React Flow graph', () => {
  it('maps every node and edge, outputs to handles, and back without loss', () => {
    const doc = sampleJourney();
    const nodes = toFlowNodes(doc, new Set());
    const edges = toFlowEdges(doc, new Set(['e_entry_next']));
    expect(nodes.map((n) => [n.id, n.type, n.position])).toEqual(doc.nodes.map((n) => [n.id, n.type, n.position]));
    expect(edges.map((e) => [e.id, e.source, e.sourceHandle, e.target])).toEqual(
      doc.edges.map((e) => [e.id, e.source, e.sourceOutput, e.target]),
    );
    expect(edges.find((e) => e.id === 'e_entry_next')?.selected).toBe(true);
    // Round trip: rebuilding a document from the flow graph gives the same nodes and edges.
    const rebuilt = {
      nodes: nodes.map((n) => n.data.node),
      edges: edges.map((e) => ({ id: e.id, source: e.source, sourceOutput: e.sourceHandle, target: e.target })),
    };
    expect(rebuilt).toEqual({ nodes: doc.nodes, edges: doc.edges });
  });

  it('reuses flow objects for unchanged nodes', () => {
    const doc = sampleJourney();
    const first = toFlowNodes(doc, new Set());
    const moved = applyChanges(doc, [{ kind: 'moveNodes', moves: [{ id: 'score_click', position: { x: 9, y: 9 } }] }]);
    const second = toFlowNodes(moved, new Set());
    expect(second[0]).toBe(first[0]);
    expect(second.find((n) => n.id === 'score_click')).not.toBe(first.find((n) => n.id === 'score_click'));
  });

  it('for large journeys, gives steps never measured an estimated size and one handle per output, and measured steps none', () => {
    const doc = sampleJourney();
    const condition = doc.nodes.find((n) => n.type === 'condition')!;
    const entry = doc.nodes.find((n) => n.type === 'entry')!;
    const sizes = new Map([[entry.id, { width: 230, height: 61 }]]);
    const nodes = toFlowNodes(doc, new Set(), sizes, true);
    const estimated = nodes.find((n) => n.id === condition.id)!;
    expect(estimated.initialWidth).toBe(ESTIMATED_STEP_SIZE.width);
    expect(estimated.handles?.map((h) => [h.type, h.id])).toEqual([['target', TARGET_HANDLE], ['source', 'yes'], ['source', 'no']]);
    // Outputs spread down the right edge, as the step card places them.
    const [yes, no] = estimated.handles!.filter((h) => h.type === 'source');
    expect(yes!.y).toBeLessThan(no!.y);
    expect(yes!.x).toBeGreaterThan(ESTIMATED_STEP_SIZE.width / 2);
    const measured = nodes.find((n) => n.id === entry.id)!;
    expect(measured.handles).toBeUndefined();
    expect(measured.measured).toEqual({ width: 230, height: 61 });
    // Small journeys draw every step anyway: no estimates.
    expect(toFlowNodes(doc, new Set(), sizes, false).some((n) => n.handles)).toBe(false);
  });

  it('drawn top to bottom, estimates the input on the top edge and the outputs along the bottom, left to right', () => {
    const doc = { ...sampleJourney(), settings: { ...sampleJourney().settings, layout: 'topToBottom' as const } };
    const condition = toFlowNodes(doc, new Set(), new Map(), true).find((n) => n.type === 'condition')!;
    const input = condition.handles!.find((h) => h.type === 'target')!;
    const [yes, no] = condition.handles!.filter((h) => h.type === 'source');
    expect([input.position, yes!.position, no!.position]).toEqual(['top', 'bottom', 'bottom']);
    expect(input.y).toBeLessThan(0);
    expect(yes!.x).toBeLessThan(no!.x);
    expect(yes!.y).toBeGreaterThan(ESTIMATED_STEP_SIZE.height / 2);
  });

  it('translates drags into journey changes, and a deletion into one change', () => {
    const doc = sampleJourney();
    const nodeChanges: NodeChange[] = [
      { type: 'position', id: 'score_click', position: { x: 42, y: 7 }, dragging: true },
      { type: 'select', id: 'entry', selected: true },
      { type: 'remove', id: 'exit_quiet' },
    ];
    // Removals reported as changes are left to onDelete, which sees the whole deletion.
    expect(journeyChangesFromNodeChanges(nodeChanges)).toEqual([{ kind: 'moveNodes', moves: [{ id: 'score_click', position: { x: 42, y: 7 } }] }]);
    const deletion = journeyChangeFromDeletion({ nodes: [{ id: 'exit_quiet' }], edges: [{ id: 'e_entry_next' }] });
    expect(deletion).toHaveLength(1);
    const next = applyChanges(doc, [...journeyChangesFromNodeChanges(nodeChanges), ...deletion]);
    expect(next.nodes.find((n) => n.id === 'score_click')?.position).toEqual({ x: 42, y: 7 });
    expect(next.nodes.some((n) => n.id === 'exit_quiet')).toBe(false);
    expect(next.edges.some((e) => e.id === 'e_entry_next' || e.target === 'exit_quiet')).toBe(false);
    expect(nextSelection([], nodeChanges)).toEqual(['entry']);
    const edgeChanges: EdgeChange[] = [{ type: 'select', id: 'e_entry_next', selected: true }];
    expect(nextSelection([], edgeChanges)).toEqual(['e_entry_next']);
  });
});
