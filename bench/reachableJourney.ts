// A generated journey whose every step is reachable from the start, for the export benchmark and
// tests: segments of email → wait → wait for an open → (opened) score → fit check, whose two
// paths join again at the next segment's email — so each segment has a join and a branch.
import { createNode } from '../shared/journey/nodeTypes';
import { JourneyDocument, type JourneyEdge, type JourneyNode } from '../shared/journey/schema';

const SEGMENT = 6;

export function generateReachableJourney(steps: number): JourneyDocument {
  const nodes: JourneyNode[] = [createNode('entry', 'entry', { x: 0, y: 0 })];
  const edges: JourneyEdge[] = [];
  const segments = Math.max(1, Math.floor((steps - 2) / SEGMENT));
  let into: { source: string; output: string }[] = [{ source: 'entry', output: 'next' }];
  const connect = (source: string, output: string, target: string) => edges.push({ id: `e_${source}_${output}`, source, sourceOutput: output, target });
  for (let s = 0; s < segments; s++) {
    const at = (i: number) => ({ x: (s * SEGMENT + i) * 220, y: (i % 2) * 120 });
    const id = (name: string) => `s${s}_${name}`;
    nodes.push(
      { ...createNode('sendEmail', id('mail'), at(0)), params: { templateId: 'starter-welcome-en', subject: '', topics: ['onboarding'] } },
      { ...createNode('wait', id('wait'), at(1)), params: { mode: 'duration', amount: 2, unit: 'days' } },
      { ...createNode('waitForEvent', id('open'), at(2)), params: { event: 'open', emailNodeId: id('mail'), target: '', timeout: { amount: 3, unit: 'days' } } },
      { ...createNode('adjustScore', id('score'), at(3)), params: { points: 5, topic: null } },
      { ...createNode('condition', id('fit'), at(4)), params: { rule: { kind: 'fitGrade', atLeast: 'B' } } },
      { ...createNode('setStage', id('stage'), at(5)), params: { stage: 'mql' } },
    );
    for (const { source, output } of into) connect(source, output, id('mail'));
    connect(id('mail'), 'next', id('wait'));
    connect(id('wait'), 'next', id('open'));
    connect(id('open'), 'event', id('score'));
    connect(id('score'), 'next', id('fit'));
    connect(id('fit'), 'yes', id('stage'));
    into = [
      { source: id('open'), output: 'timeout' },
      { source: id('fit'), output: 'no' },
      { source: id('stage'), output: 'next' },
    ];
  }
  nodes.push(createNode('exit', 'exit', { x: segments * SEGMENT * 220, y: 0 }));
  for (const { source, output } of into) connect(source, output, 'exit');
  return JourneyDocument.parse({ schemaVersion: 1, id: `generated_${nodes.length}`, name: `Generated: ${nodes.length.toLocaleString('en-US')} steps`, nodes, edges });
}
