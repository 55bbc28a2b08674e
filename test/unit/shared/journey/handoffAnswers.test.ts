// A hand-off that branches on sales' answer: which outputs must be connected, what the
// warnings say when a branch cannot be taken, and switching the branches on and off.
import { describe, expect, it } from 'vitest';
import { answerBranchChanges } from '../../../../shared/journey/answerBranches';
import { applyChanges } from '../../../../shared/journey/changes';
import { outputsOf } from '../../../../shared/journey/nodeTypes';
import { validateJourney } from '../../../../shared/journey/validate';
import { journeyOf, step } from '../../../support/journeys';

// No sales team is set up in these journeys: that warning (handoff_without_sales) is beside the point here.
const problems = (doc: Parameters<typeof validateJourney>[0]) =>
  validateJourney(doc)
    .filter((p) => p.code !== 'handoff_without_sales')
    .map((p) => `${p.severity}:${p.code}/${p.details?.variant ?? ''}/${p.details?.output ?? ''}`);

describe('a hand-off that branches on the answer of sales', () => {
  it('needs only its accepted path connected; the other answers may end the journey', () => {
    const doc = journeyOf([step('entry', 'in'), step('handoff', 'h'), step('exit', 'out')], ['in.next>h', 'h.accepted>out'], { sales: { enabled: true } as never });
    expect(outputsOf(doc.nodes[1]!)).toEqual(['accepted', 'rejected', 'noAnswer', 'notFeasible']);
    expect(problems(doc)).toEqual([]);
    const unconnected = journeyOf([step('entry', 'in'), step('handoff', 'h'), step('exit', 'out')], ['in.next>h', 'h.rejected>out'], { sales: { enabled: true } as never });
    expect(problems(unconnected)).toContain('error:output_unconnected/branch/accepted');
  });

  it('warns when a connected answer branch cannot be taken: sales not simulated, or no feasibility check', () => {
    const wiring = ['in.next>h', 'h.accepted>out', 'h.rejected>out', 'h.notFeasible>out'];
    const nodes = () => [step('entry', 'in'), step('handoff', 'h'), step('exit', 'out')];
    const off = journeyOf(nodes(), wiring);
    expect(problems(off)).toEqual(['warning:branch_never_taken/salesOff/rejected', 'warning:branch_never_taken/salesOff/notFeasible']);
    expect(validateJourney(off).find((p) => p.code === 'branch_never_taken')).toMatchObject({ setting: 'sales', nodeId: 'h' });
    const on = journeyOf(nodes(), wiring, { sales: { enabled: true } as never });
    expect(problems(on)).toEqual(['warning:branch_never_taken/noFeasibilityCheck/notFeasible']);
    const checked = journeyOf(nodes(), wiring, { sales: { enabled: true, feasibility: { requireCapacity: true } } as never });
    expect(problems(checked)).toEqual([]);
  });

  it('switches between one "next" and one output per answer, keeping the path', () => {
    let id = 0;
    const newId = () => `new${id++}`;
    const doc = journeyOf([step('entry', 'in'), step('handoff', 'h', { branchOnAnswer: false }), step('exit', 'out'), step('exit', 'back')], ['in.next>h', 'h.next>out']);
    const branched = applyChanges(doc, answerBranchChanges(doc, 'h', true, newId));
    expect(branched.edges.filter((e) => e.source === 'h').map((e) => `${e.sourceOutput}>${e.target}`)).toEqual(['accepted>out']);
    const withRejected = { ...branched, edges: [...branched.edges, { id: 'r', source: 'h', sourceOutput: 'rejected', target: 'back' }] };
    const single = applyChanges(withRejected, answerBranchChanges(withRejected, 'h', false, newId));
    expect(single.edges.filter((e) => e.source === 'h').map((e) => `${e.sourceOutput}>${e.target}`)).toEqual(['next>out']);
    expect(problems(single)).toEqual(['warning:unreachable//']);
    expect(answerBranchChanges(single, 'h', false, newId)).toEqual([]);
  });
});

describe('the sales model', () => {
  it('refuses a deal value whose highest value is below its lowest, saying where', async () => {
    const { SalesModel } = await import('../../../../shared/sales/schema');
    const parsed = SalesModel.safeParse({ dealValue: { mode: 'attribute', attribute: 'companySize', perUnit: 20, min: 5000, max: 1000 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['dealValue', 'max'], message: 'the highest value must not be below the lowest' });
    expect(SalesModel.safeParse({ dealValue: { mode: 'attribute', attribute: 'companySize', perUnit: 20, min: 1000, max: 1000 } }).success).toBe(true);
  });

  it('is part of what a run ran: the fingerprint changes with sales or cost figures', async () => {
    const { journeyFingerprint } = await import('../../../../shared/journey/fingerprint');
    const doc = journeyOf([step('entry', 'in'), step('exit', 'out')], ['in.next>out']);
    const before = journeyFingerprint(doc);
    expect(journeyFingerprint({ ...doc, sales: { ...doc.sales, enabled: true } })).not.toBe(before);
    expect(journeyFingerprint({ ...doc, costs: { ...doc.costs, perEmail: 0.5 } })).not.toBe(before);
    expect(journeyFingerprint({ ...doc })).toBe(before);
  });
});

describe('a hand-off with one path while sales is simulated', () => {
  it('warns that rejected and unanswered leads go on along "next" too', () => {
    const doc = journeyOf([step('entry', 'in'), step('handoff', 'h', { branchOnAnswer: false }), step('exit', 'out')], ['in.next>h', 'h.next>out'], { sales: { enabled: true } as never });
    expect(problems(doc)).toEqual(['warning:handoff_one_path//']);
    expect(problems({ ...doc, sales: { ...doc.sales, enabled: false } })).toEqual([]);
  });
});
