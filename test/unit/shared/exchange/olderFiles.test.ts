// Files from before the sales side still import: the webinar sample exactly as it shipped before
// (test/fixtures/exchange/webinar-before-sales.journey.json, from git 1ea2b48) has no "sales" or
// "costs" and a hand-off with one "next" output. It comes in with sales off and the default
// figures, keeps its one path, validates, and is written back with the settings filled in.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportExchange } from '../../../../shared/exchange/exportExchange';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { EXPORT_TARGETS, exportToPlatform } from '../../../../shared/export/targets';
import { outputsOf } from '../../../../shared/journey/nodeTypes';
import { validateJourney } from '../../../../shared/journey/validate';
import { defaultCostModel, defaultSalesModel } from '../../../../shared/sales/schema';

const OLD_FILE = 'test/fixtures/exchange/webinar-before-sales.journey.json';
const oldText = fs.readFileSync(OLD_FILE, 'utf8');

function imported(text: string) {
  const result = importExchange(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('an exchange file from before the sales side', () => {
  it('is really one: no sales or costs, a hand-off without answer branches', () => {
    const raw = JSON.parse(oldText);
    expect(raw.formatVersion).toBe(1);
    expect(Object.keys(raw.journey)).not.toContain('sales');
    expect(Object.keys(raw.journey)).not.toContain('costs');
    const handoff = raw.journey.nodes.find((n: { type: string }) => n.type === 'handoff');
    expect(Object.keys(handoff.params).sort()).toEqual(['note', 'stage']);
  });

  it('imports with sales off and the default sales and cost figures', () => {
    const { journey } = imported(oldText);
    expect(journey.sales).toEqual(defaultSalesModel());
    expect(journey.sales.enabled).toBe(false);
    expect(journey.sales.acceptance.byGrade.A).toEqual({ accept: 0.8, reject: 0.12 });
    expect(journey.sales.dealValue).toEqual({ mode: 'byGrade', byGrade: { A: 40_000, B: 25_000, C: 15_000, D: 8_000 } });
    expect(journey.costs).toEqual(defaultCostModel());
    expect(journey.costs).toEqual({ currency: 'EUR', perEmail: 0.05, perSalesHour: 80, salesHoursPerHandoff: 1, fixed: 5_000 });
  });

  it('keeps its hand-off on one “next” path, and validates without problems', () => {
    const { journey, templates } = imported(oldText);
    const handoff = journey.nodes.find((n) => n.type === 'handoff')!;
    expect(handoff.params).toEqual({ note: 'Attended the webinar and engaged with the follow-up.', stage: 'sal', branchOnAnswer: false });
    expect(outputsOf(handoff)).toEqual(['next']);
    expect(journey.edges.filter((e) => e.source === handoff.id).map((e) => [e.sourceOutput, e.target])).toEqual([['next', 'exit_sales']]);
    expect(validateJourney(journey, { templates: new Map(templates.map((t) => [t.id, t])) })).toEqual([]);
  });

  it('is written back with the sales and cost settings, which read back the same', () => {
    const { journey, templates } = imported(oldText);
    const text = exportExchange(journey, templates);
    const written = JSON.parse(text).journey;
    expect(written.sales).toMatchObject({ enabled: false, acceptance: { responseHours: 48 }, recycling: { toStage: 'inquiry', coolOffDays: 30 } });
    expect(written.costs).toEqual(defaultCostModel());
    expect(written.nodes.find((n: { type: string }) => n.type === 'handoff').params.branchOnAnswer).toBe(false);
    expect(imported(text).journey).toEqual(journey);
  });

  it('exports to every platform as before: no sales or cost settings, no answer paths', () => {
    const { journey, templates } = imported(oldText);
    for (const target of EXPORT_TARGETS) {
      const { report } = exportToPlatform(target, journey, templates);
      expect(report.settings.map((s) => s.setting), target).not.toContain('sales');
      expect(report.settings.map((s) => s.setting), target).not.toContain('costs');
      const handoff = report.steps.find((s) => s.type === 'handoff')!;
      expect(handoff.notes.map((n) => n.code).filter((c) => c === 'handoffAcceptedPath' || c.endsWith('NotExported')), target).toEqual([]);
      expect(report.todo.filter((t) => t.code.startsWith('rebuild')), target).toEqual([]);
    }
  });
});

describe('the sales and cost settings in the exchange file', () => {
  it('carry every figure a user changed, through export and import', () => {
    const { journey, templates } = imported(oldText);
    const sales = {
      ...journey.sales,
      enabled: true,
      acceptance: { ...journey.sales.acceptance, responseHours: 24, byGrade: { ...journey.sales.acceptance.byGrade, C: { accept: 0.3, reject: 0.6 } } },
      feasibility: { rules: [{ attribute: 'companySize', operator: 'gte' as const, value: 20 }], requireCapacity: true },
      dealValue: { mode: 'attribute' as const, attribute: 'companySize', perUnit: 30, min: 5_000, max: 200_000 },
    };
    const costs = { currency: 'CHF' as const, perEmail: 0.02, perSalesHour: 120, salesHoursPerHandoff: 1.5, fixed: 12_000 };
    const nodes = journey.nodes.map((n) => (n.type === 'handoff' ? { ...n, params: { ...n.params, branchOnAnswer: true } } : n));
    const edges = journey.edges.map((e) => (e.source === 'handoff' ? { ...e, sourceOutput: 'accepted' } : e));
    const changed = { ...journey, sales, costs, nodes, edges };
    const text = exportExchange(changed, templates);
    const back = imported(text).journey;
    expect(back.sales).toEqual(sales);
    expect(back.costs).toEqual(costs);
    expect(back.nodes.find((n) => n.type === 'handoff')!.params).toMatchObject({ branchOnAnswer: true });
    expect(back.edges.find((e) => e.source === 'handoff')!.sourceOutput).toBe('accepted');
  });

  it('refuses a wrong figure with its place in the file', () => {
    const raw = JSON.parse(oldText);
    raw.journey.sales = { enabled: true, acceptance: { byGrade: { A: { accept: 0.9, reject: 0.3 } } } };
    raw.journey.costs = { perEmail: -1 };
    const result = importExchange(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['$.journey.sales.acceptance.byGrade.A.reject', expect.stringContaining('accepted and rejected together must be at most 100 %')],
      ['$.journey.costs.perEmail', expect.stringContaining('must not be negative')],
    ]);
  });
});
