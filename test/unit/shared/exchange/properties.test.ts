// Property tests: generated journeys survive export → import unchanged; validation and
// import answer any input with data, never with an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportExchange } from '../../../../shared/exchange/exportExchange';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { createNode, NODE_TYPES, outputsOf } from '../../../../shared/journey/nodeTypes';
import { JourneyDocument, type JourneyEdge, type JourneyNode } from '../../../../shared/journey/schema';
import { validateJourney } from '../../../../shared/journey/validate';
import { readSample, SAMPLE_FILES } from '../../../support/samples';

const finiteCoordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** Valid journeys: random steps with default parameters, random labels and positions, edges on real outputs. */
const journeyArbitrary = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
    steps: fc.array(
      fc.record({ type: fc.constantFrom(...NODE_TYPES), label: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), x: finiteCoordinate, y: finiteCoordinate }),
      { minLength: 1, maxLength: 25 },
    ),
    wiring: fc.array(fc.nat(), { maxLength: 60 }),
  })
  .map(({ name, steps, wiring }) => {
    const nodes: JourneyNode[] = steps.map((s, i) => {
      const node = createNode(s.type, `n${i}`, { x: s.x, y: s.y });
      return s.label === undefined ? node : { ...node, label: s.label };
    });
    const edges: JourneyEdge[] = [];
    const used = new Set<string>();
    wiring.forEach((pick, i) => {
      const source = nodes[pick % nodes.length]!;
      const outputs = outputsOf(source);
      if (outputs.length === 0) return;
      const output = outputs[pick % outputs.length]!;
      const target = nodes[(pick * 7 + i) % nodes.length]!;
      if (used.has(`${source.id}/${output}`) || target.type === 'entry') return;
      used.add(`${source.id}/${output}`);
      edges.push({ id: `e${i}`, source: source.id, sourceOutput: output, target: target.id });
    });
    return JourneyDocument.parse({ schemaVersion: 1, id: 'j_generated', name, nodes, edges });
  });

describe('properties', () => {
  it('any valid journey round-trips through export and import unchanged', () => {
    fc.assert(
      fc.property(journeyArbitrary, (journey) => {
        const exported = exportExchange(journey, []);
        const imported = importExchange(exported);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(imported.document.journey).toEqual(journey);
        expect(exportExchange(imported.document.journey, imported.document.templates)).toBe(exported);
      }),
      { numRuns: 150 },
    );
  });

  it('validation never throws and always returns well-formed problems, on any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), journeyArbitrary), (input) => {
        const problems = validateJourney(input);
        for (const p of problems) {
          expect(['error', 'warning']).toContain(p.severity);
          expect(typeof p.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('import never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = importExchange(text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('import and validation never throw when any part of a real sample is replaced by junk', () => {
    const samples = SAMPLE_FILES.map((f) => JSON.parse(readSample(f)) as Record<string, unknown>);
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (which, route, junk) => {
        const doc = structuredClone(samples[which % samples.length]!);
        let cursor: unknown = doc;
        for (let i = 0; i < route.length - 1 && typeof cursor === 'object' && cursor !== null; i++) {
          const keys = Object.keys(cursor);
          if (keys.length === 0) break;
          cursor = (cursor as Record<string, unknown>)[keys[route[i]! % keys.length]!];
        }
        if (typeof cursor === 'object' && cursor !== null) {
          const keys = Object.keys(cursor);
          if (keys.length > 0) (cursor as Record<string, unknown>)[keys[route.at(-1)! % keys.length]!] = junk;
        }
        const result = importExchange(JSON.stringify(doc));
        validateJourney(result.ok ? result.document.journey : (doc as { journey?: unknown }).journey);
      }),
      { numRuns: 300 },
    );
  });
});
