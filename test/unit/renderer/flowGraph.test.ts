import { describe, expect, it } from 'vitest';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { applyChanges } from '../../../shared/journey/changes';
import {
  journeyChangesFromEdgeChanges,
  journeyChangesFromNodeChanges,
  nextSelection,
  toFlowEdges,
  toFlowNodes,
} from '../../../renderer/src/canvas/flowGraph';
import { sampleJourney } from '../../support/sampleJourney';

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

  it('translates drags and deletions into journey changes', () => {
    const doc = sampleJourney();
    const nodeChanges: NodeChange[] = [
      { type: 'position', id: 'score_click', position: { x: 42, y: 7 }, dragging: true },
      { type: 'select', id: 'entry', selected: true },
      { type: 'remove', id: 'exit_quiet' },
    ];
    const edgeChanges: EdgeChange[] = [{ type: 'remove', id: 'e_entry_next' }];
    const next = applyChanges(doc, [
      ...journeyChangesFromNodeChanges(nodeChanges),
      ...journeyChangesFromEdgeChanges(edgeChanges),
    ]);
    expect(next.nodes.find((n) => n.id === 'score_click')?.position).toEqual({ x: 42, y: 7 });
    expect(next.nodes.some((n) => n.id === 'exit_quiet')).toBe(false);
    expect(next.edges.some((e) => e.id === 'e_entry_next' || e.target === 'exit_quiet')).toBe(false);
    expect(nextSelection([], nodeChanges)).toEqual(['entry']);
  });
});
