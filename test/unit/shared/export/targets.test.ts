// Both adapters, every step kind and variant: the payload has the vendor's shape, and every step
// of the journey has exactly one report line (none vanishes), with a status.
import { describe, expect, it } from 'vitest';
import { EXPORT_TARGETS, exportToPlatform, serializePayload } from '../../../../shared/export/targets';
import { deepJourney, hostileLabels, journeyWith, STEP_VARIANTS, TEMPLATE } from '../../../support/exportJourneys';
import { shapeProblems } from '../../../support/platformShapes';
import { generateLargeJourney } from '../../../../bench/largeJourney';
import { generateReachableJourney } from '../../../../bench/reachableJourney';
import type { JourneyDocument } from '../../../../shared/journey/schema';

function exportChecked(target: (typeof EXPORT_TARGETS)[number], journey: JourneyDocument) {
  const result = exportToPlatform(target, journey, [TEMPLATE]);
  expect(shapeProblems(target, result.payload)).toEqual([]);
  expect(result.report.steps.map((s) => s.nodeId)).toEqual(journey.nodes.map((n) => n.id));
  return result;
}

describe.each(EXPORT_TARGETS)('export to %s', (target) => {
  it.each(STEP_VARIANTS)('exports a step: %s', (_name, node) => {
    const journey = journeyWith(node);
    const { report } = exportChecked(target, journey);
    const line = report.steps.find((s) => s.nodeId === node.id)!;
    expect(['mapped', 'approximated', 'dropped']).toContain(line.status);
    // Anything not mapped says how or why.
    if (line.status !== 'mapped') expect(line.notes.length).toBeGreaterThan(0);
    for (const n of line.notes) expect(n.message).not.toMatch(/\{\{\w+\}\}/);
    expect(report.counts.mapped + report.counts.approximated + report.counts.dropped).toBe(journey.nodes.length);
  });

  it('names an unreachable step as dropped instead of leaving it out', () => {
    const journey = journeyWith(STEP_VARIANTS[0]![1]);
    journey.nodes.push({ id: 'lonely', type: 'adjustScore', position: { x: 0, y: 0 }, params: { points: 1, topic: null } });
    const line = exportChecked(target, journey).report.steps.find((s) => s.nodeId === 'lonely')!;
    expect(line).toMatchObject({ status: 'dropped', notes: [{ code: 'unreachable' }] });
  });

  it('exports hostile journeys to valid JSON: quotes, HTML, template syntax, 1,000 steps, deep branching', () => {
    const journeys = [hostileLabels(journeyWith(STEP_VARIANTS[0]![1])), hostileLabels(generateLargeJourney()), hostileLabels(generateReachableJourney(1000)), deepJourney(800)];
    for (const journey of journeys) {
      const { payload } = exportChecked(target, journey);
      const text = serializePayload(payload);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(payload)));
    }
  });
});
