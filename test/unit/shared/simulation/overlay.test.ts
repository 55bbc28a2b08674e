import { describe, expect, it } from 'vitest';
import { SimulationOptions } from '../../../../shared/simulation/model';
import { overlayOf } from '../../../../shared/simulation/overlay';
import { simulateInProcess } from '../../../../shared/simulation/simulate';
import { defaultPersonas, sampleJourney } from '../../../support/simulation';

describe('canvas overlay figures', () => {
  it('gives each connection its share of the step it leaves, and marks where most stall and unsubscribe', async () => {
    const personas = defaultPersonas();
    const { results } = await simulateInProcess({
      journey: sampleJourney('whitepaper-follow-up.journey.json'),
      personas: personas.personas,
      source: { kind: 'generate', plan: { count: 3000, mix: personas.defaultMix, entrySpreadDays: 14 } },
      options: SimulationOptions.parse({ seed: 2, horizonDays: 20, timelineSample: 0 }),
    });
    const overlay = overlayOf(results);
    expect(overlayOf(results)).toBe(overlay); // computed once per result set
    for (const node of results.nodes) {
      const shown = overlay.nodes.get(node.id)!;
      expect(shown.exited).toBe(Object.values(node.exits).reduce((a, b) => a + b, 0));
      const leaving = results.edges.filter((e) => e.source === node.id);
      const shares = leaving.reduce((sum, e) => sum + overlay.edges.get(e.id)!.share, 0);
      if (node.entered > 0 && leaving.length > 0) expect(shares).toBeCloseTo(leaving.reduce((sum, e) => sum + e.traversals, 0) / node.entered, 10);
    }
    const mostWaiting = [...results.nodes].sort((a, b) => b.waiting - a.waiting)[0]!;
    expect(mostWaiting.waiting).toBeGreaterThan(0); // 20 days: some still wait
    expect(overlay.nodes.get(mostWaiting.id)!.hot).toBe(true);
    const hot = [...overlay.nodes.values()].filter((n) => n.hot);
    expect(hot.length).toBeGreaterThanOrEqual(1);
    expect(hot.length).toBeLessThanOrEqual(2);
    expect(Math.max(...[...overlay.edges.values()].map((e) => e.weight))).toBe(1);
  });
});
