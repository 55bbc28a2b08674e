// The shipped samples carry sales and cost settings of a B2B software company: sales on, deal
// values by fit grade, a feasibility rule, the costs of the campaign; every hand-off branches on
// sales' answer, and a lead sales turns down goes back into nurturing rather than just ending.
import { describe, expect, it } from 'vitest';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { outputsOf } from '../../../../shared/journey/nodeTypes';
import type { JourneyDocument, JourneyNode } from '../../../../shared/journey/schema';
import { FIT_GRADES } from '../../../../shared/sales/schema';
import { readSample, SAMPLE_FILES } from '../../../support/samples';

function journeyOf(file: string): JourneyDocument {
  const result = importExchange(readSample(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.document.journey;
}

/** The kinds of step a path from `start` passes before it ends (all branches, jumps to steps followed). */
function stepsAlong(journey: JourneyDocument, start: string): JourneyNode[] {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const queue = [start];
  const out: JourneyNode[] = [];
  while (queue.length > 0) {
    const node = byId.get(queue.shift()!)!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    out.push(node);
    if (node.type === 'jump' && node.params.target.kind === 'node') queue.push(node.params.target.nodeId);
    for (const e of journey.edges) if (e.source === node.id) queue.push(e.target);
  }
  return out;
}

describe.each(SAMPLE_FILES)('sales and costs of the sample %s', (file) => {
  const journey = journeyOf(file);

  it('sales is on, with deal values by fit grade (A worth most) and a feasibility rule', () => {
    expect(journey.sales.enabled).toBe(true);
    const deal = journey.sales.dealValue;
    if (deal.mode !== 'byGrade') throw new Error(`${file}: deal values by ${deal.mode}`);
    const values = FIT_GRADES.map((g) => deal.byGrade[g]);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(4);
    expect(journey.sales.feasibility.rules).toEqual([{ attribute: 'companySize', operator: 'gte', value: 20 }]);
    expect(journey.sales.recycling).toMatchObject({ enabled: true, toStage: 'inquiry' });
  });

  it('costs in euros, with fixed costs of the campaign', () => {
    expect(journey.costs.currency).toBe('EUR');
    expect(journey.costs.fixed).toBeGreaterThan(0);
    expect(journey.costs.perEmail).toBeGreaterThan(0);
  });

  it('every hand-off branches on the answer, and a rejected lead goes back into nurturing', () => {
    for (const handoff of journey.nodes.filter((n) => n.type === 'handoff')) {
      expect(outputsOf(handoff)).toEqual(['accepted', 'rejected', 'noAnswer', 'notFeasible']);
      const rejected = journey.edges.find((e) => e.source === handoff.id && e.sourceOutput === 'rejected')!;
      const after = stepsAlong(journey, rejected.target);
      const nurtures = after.some((n) => n.type === 'sendEmail' || (n.type === 'jump' && n.params.target.kind === 'journey'));
      expect(nurtures, `${file}: the rejected path of ${handoff.id} reaches ${after.map((n) => n.id).join(', ')}`).toBe(true);
    }
  });
});

it('three samples hand leads to sales, the re-engagement journey passes them on to the whitepaper instead', () => {
  const handoffs = Object.fromEntries(SAMPLE_FILES.map((f) => [f, journeyOf(f).nodes.filter((n) => n.type === 'handoff').length]));
  expect(handoffs).toEqual({ 'buying-centre.journey.json': 1, 'reengagement.journey.json': 0, 'webinar.journey.json': 1, 'whitepaper-follow-up.journey.json': 1 });
});
