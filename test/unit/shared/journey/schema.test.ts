import { describe, expect, it } from 'vitest';
import { describeZodError } from '../../../../shared/journey/describeZodError';
import { createNode, NODE_TYPES, outputsOf } from '../../../../shared/journey/nodeTypes';
import { JourneyDocument, layoutOf } from '../../../../shared/journey/schema';
import { sampleJourney } from '../../../support/sampleJourney';

const errorOf = (candidate: unknown) => {
  const result = JourneyDocument.safeParse(candidate);
  if (result.success) throw new Error('expected the document to be refused');
  return describeZodError(result.error);
};

describe('journey document schema', () => {
  it('accepts the shipped sample journey with every edge on a real output', () => {
    const doc = sampleJourney();
    expect(doc.nodes.length).toBe(30);
    for (const edge of doc.edges) {
      const source = doc.nodes.find((n) => n.id === edge.source)!;
      expect(outputsOf(source)).toContain(edge.sourceOutput);
    }
  });

  it('accepts a new node of every type with its defaults', () => {
    const doc = { ...sampleJourney(), nodes: NODE_TYPES.map((t, i) => createNode(t, `n${i}`, { x: i, y: 0 })), edges: [] };
    expect(JourneyDocument.safeParse(doc).success).toBe(true);
  });

  it('reads a journey without a layout direction as left to right, and keeps a chosen one', () => {
    const old = JourneyDocument.parse(sampleJourney());
    expect(old.settings.layout).toBeUndefined();
    expect(layoutOf(old.settings)).toBe('leftToRight');
    const topDown = JourneyDocument.parse({ ...old, settings: { ...old.settings, layout: 'topToBottom' } });
    expect(layoutOf(topDown.settings)).toBe('topToBottom');
    expect(errorOf({ ...old, settings: { ...old.settings, layout: 'diagonal' } })).toContain('settings.layout');
  });

  it('says where a parameter is wrong', () => {
    const doc = sampleJourney();
    const waitIndex = doc.nodes.findIndex((n) => n.type === 'waitForEvent');
    (doc.nodes[waitIndex] as { params: { timeout: { amount: number } } }).params.timeout.amount = -2;
    expect(errorOf(doc)).toContain(`at nodes[${waitIndex}].params.timeout.amount: must not be negative`);
  });

  it('refuses NaN and Infinity positions', () => {
    const doc = sampleJourney();
    doc.nodes[0]!.position.x = Number.NaN;
    expect(errorOf(doc)).toContain('nodes[0].position.x');
    doc.nodes[0]!.position.x = Number.POSITIVE_INFINITY;
    expect(errorOf(doc)).toContain('nodes[0].position.x');
  });

  it('refuses duplicate node ids and edges to missing nodes', () => {
    const doc = sampleJourney();
    doc.nodes[1]!.id = doc.nodes[0]!.id;
    doc.edges.push({ id: 'e_dangling', source: 'entry', sourceOutput: 'next', target: 'nowhere' });
    const message = errorOf(doc);
    expect(message).toContain('duplicate node id "entry"');
    expect(message).toContain('no node with id "nowhere"');
  });

  it('refuses unknown node types and hostile ids', () => {
    const doc = sampleJourney() as unknown as { nodes: { type: string; id: string }[] };
    doc.nodes[2]!.type = 'launchRocket';
    expect(errorOf(doc)).toContain('nodes[2].type');
    const other = sampleJourney();
    other.id = '../../etc/passwd';
    expect(errorOf(other)).toContain('at id: may contain only letters');
  });

  it('refuses anything that is not a journey without throwing', () => {
    for (const candidate of [null, 42, 'journey', [], { __proto__: { nodes: [] } }, { schemaVersion: 99 }]) {
      expect(JourneyDocument.safeParse(candidate).success).toBe(false);
    }
  });
});
