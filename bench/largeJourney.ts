// A generated journey (by default 1,000 steps: 20 rows of 50 steps, emails, waits, conditions and exits):
// for the editor benchmark and the end-to-end test of exporting a large journey as an image.
import { createNode } from '../shared/journey/nodeTypes';
import { JourneyDocument, type JourneyEdge, type JourneyNode } from '../shared/journey/schema';

/** 20 rows of 50 steps by default (1,000); other sizes for tests and the export benchmark. */
export function generateLargeJourney(ROWS = 20, COLUMNS = 50): JourneyDocument {
  const id = (r: number, c: number) => `n_${r}_${c}`;
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLUMNS; c++) {
      const position = { x: c * 280, y: r * 140 };
      let node: JourneyNode;
      if (r === 0 && c === 0) node = createNode('entry', id(r, c), position);
      else if (c === COLUMNS - 1) node = createNode('exit', id(r, c), position);
      else if (c % 4 === 1) node = { ...createNode('sendEmail', id(r, c), position), params: { templateId: 'starter-welcome-en', subject: '', topics: ['onboarding'] } };
      else if (c % 4 === 2) node = { ...createNode('wait', id(r, c), position), params: { mode: 'duration', amount: 2, unit: 'days' } };
      else if (c % 4 === 3) node = { ...createNode('condition', id(r, c), position), params: { rule: { kind: 'engagement', event: 'opened', emailNodeId: id(r, c - 2) } } };
      else node = createNode('adjustScore', id(r, c), position);
      nodes.push(node);
      if (c === COLUMNS - 1) continue;
      if (node.type === 'condition') {
        edges.push({ id: `e_${r}_${c}_yes`, source: node.id, sourceOutput: 'yes', target: id(r, c + 1) });
        edges.push({ id: `e_${r}_${c}_no`, source: node.id, sourceOutput: 'no', target: r + 1 < ROWS ? id(r + 1, c + 1) : id(r, COLUMNS - 1) });
      } else edges.push({ id: `e_${r}_${c}`, source: node.id, sourceOutput: 'next', target: id(r, c + 1) });
    }
  }
  const count = ROWS * COLUMNS;
  return JourneyDocument.parse({ schemaVersion: 1, id: `bench_${count}`, name: `Benchmark: ${count.toLocaleString('en-US')} steps`, nodes, edges });
}
