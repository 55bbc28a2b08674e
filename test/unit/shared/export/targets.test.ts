// Both adapters, every step kind and variant: the payload has the vendor's shape, and every step
// of the journey has exactly one report line (none vanishes), with a status.
import { describe, expect, it } from 'vitest';
import { EXPORT_TARGETS, exportToPlatform, serializePayload } from '../../../../shared/export/targets';
import { branchingHandoffJourney, deepJourney, hostileLabels, journeyWith, STEP_VARIANTS, TEMPLATE } from '../../../support/exportJourneys';
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

  it('a hand-off that branches on sales’ answer goes on along “accepted”; the other answers are reported as not exported', () => {
    const journey = branchingHandoffJourney();
    const { report } = exportChecked(target, journey);
    const line = (id: string) => report.steps.find((s) => s.nodeId === id)!;
    const handoff = line('handoff');
    expect(handoff.status).toBe('approximated');
    const notes = new Map(handoff.notes.map((n) => [n.code, n.message]));
    expect(notes.get('handoffAcceptedPath')).toMatch(/every lead goes on along “accepted”/);
    expect(notes.get('rejectedNotExported')).toBe('The path for leads sales rejects (on to “Nurture again”) is not exported.');
    expect(notes.get('noAnswerNotExported')).toBe('The path for leads sales does not answer within 36 hours (on to “Two days”) is not exported.');
    expect(notes.get('notFeasibleNotExported')).toMatch(/\(on to “Not served”\) is not exported/);
    // The accepted path is exported; what only another answer reaches is dropped with that reason, not called unreachable.
    expect(line('meeting').status).not.toBe('dropped');
    expect(line('exit_meeting').status).not.toBe('dropped');
    for (const id of ['nurture', 'exit_recycled', 'exit_not_served']) expect(line(id), id).toMatchObject({ status: 'dropped', notes: [{ code: 'afterSalesAnswer', params: { step: 'Hand off' } }] });
    // "No answer" leads back to the wait, which the exported path reaches anyway: no loop is cut there.
    expect(line('wait').status).not.toBe('dropped');
    expect(line('wait').notes.map((n) => n.code)).not.toContain('loopCut');
    // A to-do per dropped answer, naming the hand-off and where the path goes on.
    const rebuild = report.todo.filter((t) => t.code.startsWith('rebuild'));
    expect(rebuild.map((t) => [t.params.handoff, t.params.step])).toEqual([
      ['Hand off', 'Nurture again'],
      ['Hand off', 'Two days'],
      ['Hand off', 'Not served'],
    ]);
    for (const t of rebuild) expect(t.message).not.toMatch(/\{\{\w+\}\}/);
    // Sales is on: its settings and the costs are reported as not carried.
    expect(report.settings.filter((s) => s.setting === 'sales' || s.setting === 'costs')).toEqual([
      { setting: 'sales', status: 'dropped', becomes: [], notes: [expect.objectContaining({ code: 'salesNotExported' })] },
      { setting: 'costs', status: 'dropped', becomes: [], notes: [expect.objectContaining({ code: 'costsNotExported', params: { currency: 'USD' } })] },
    ]);
  });

  it('with sales off, the answers are still reported on the hand-off, but no sales or cost settings', () => {
    const { report } = exportChecked(target, branchingHandoffJourney(false));
    expect(report.steps.find((s) => s.nodeId === 'handoff')!.notes.map((n) => n.code)).toContain('rejectedNotExported');
    expect(report.settings.map((s) => s.setting)).not.toContain('sales');
    expect(report.settings.map((s) => s.setting)).not.toContain('costs');
  });

  it('a hand-off without answer branches has one “next” path and no notes about answers', () => {
    const { report } = exportChecked(target, journeyWith(STEP_VARIANTS.find(([name]) => name === 'hand-off')![1]));
    const codes = report.steps.find((s) => s.nodeId === 'step')!.notes.map((n) => n.code);
    expect(codes.filter((c) => /Path|NotExported/.test(c))).toEqual([]);
    expect(report.steps.find((s) => s.nodeId === 'exit_next')!.status).toBe('mapped');
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
