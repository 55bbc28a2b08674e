import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../../../shared/journey/changes';
import { RoutingModel } from '../../../../shared/routing/schema';
import {
  addFeasibilityRule,
  addTeamOverride,
  DEAL_VALUE_PER_EMPLOYEE,
  handoffCost,
  noAnswerPercent,
  percentOf,
  reasonPercents,
  removeFeasibilityRule,
  removeTeamOverride,
  shareOf,
  teamOverrides,
  teamsWithoutOverride,
  withAttributeDealValue,
  withCosts,
  withDealValueMode,
  withEngagedBonusPercent,
  withFeasibilityRule,
  withGradeAnswer,
  withGradeDealValue,
  withOverrideTeam,
  withQualificationDays,
  withQualificationPercent,
  withReasonWeight,
  withRecycling,
  withRequireCapacity,
  withSalesCycle,
  withSalesEnabled,
  withTeamGradeAnswer,
  withWinPercent,
} from '../../../../shared/sales/edits';
import { CostModel, defaultCostModel, defaultSalesModel, SalesModel } from '../../../../shared/sales/schema';
import { smallJourney } from '../../../support/journeys';

const routing = RoutingModel.parse({
  teams: [
    { id: 'team_dach', name: 'DACH', reps: [] },
    { id: 'team_uk', name: 'UK', reps: [] },
  ],
});

describe('percent and shares', () => {
  it('shows shares as percent without binary noise and stores percent as shares', () => {
    expect(0.07 * 100).not.toBe(7); // the noise percentOf removes
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(0.655)).toBe(65.5);
    expect(percentOf(1 / 3)).toBe(33.333333);
    expect(shareOf(70)).toBe(0.7);
    expect(shareOf(12.5)).toBe(0.125);
  });

  it('counts what accepted and rejected leave of 100 % as no answer', () => {
    expect(noAnswerPercent({ accept: 0.65, reject: 0.25 })).toBe(10);
    expect(noAnswerPercent({ accept: 0.7, reject: 0.3 })).toBe(0);
    expect(noAnswerPercent({ accept: 0, reject: 0 })).toBe(100);
  });
});

describe('acceptance', () => {
  it('sets one grade’s answer from percent and leaves the other grades and the other answer alone', () => {
    const m = defaultSalesModel();
    const next = withGradeAnswer(m, 'B', 'accept', 70);
    expect(next.acceptance.byGrade.B).toEqual({ accept: 0.7, reject: 0.25 });
    expect(next.acceptance.byGrade.A).toBe(m.acceptance.byGrade.A);
    expect(m.acceptance.byGrade.B.accept).toBe(0.65); // the input is not changed
    expect(SalesModel.parse(next)).toEqual(next);
  });

  it('makes a model the schema refuses when accepted and rejected exceed 100 %, and the store says why at the rejected field', () => {
    const m = withGradeAnswer(withGradeAnswer(defaultSalesModel(), 'B', 'accept', 70), 'B', 'reject', 30);
    expect(SalesModel.safeParse(m).success).toBe(true); // exactly 100 % is allowed
    const over = withGradeAnswer(m, 'B', 'accept', 80);
    const checked = checkChanges(smallJourney(), [{ kind: 'updateJourney', patch: { sales: over } }]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problem.reason).toBe('chancesOver100');
      expect(checked.problem.path).toBe('acceptance.byGrade.B.reject');
    }
  });

  it('refuses a chance over 100 % with the limit as a share (the form shows it as percent)', () => {
    const checked = checkChanges(smallJourney(), [{ kind: 'updateJourney', patch: { sales: withGradeAnswer(defaultSalesModel(), 'A', 'reject', 150) } }]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatchObject({ code: 'tooLarge', limit: 1 });
  });

  it('sets engagement threshold, bonus (percentage points) and response time', () => {
    const m = withEngagedBonusPercent(defaultSalesModel(), 15);
    expect(m.acceptance.engagedBonus).toBe(0.15);
    expect(m.acceptance.engagedAtLeast).toBe(50);
  });

  it('gives the first team without figures a copy of the general table, and nothing when every team has them', () => {
    const m = withGradeAnswer(defaultSalesModel(), 'C', 'accept', 30);
    const one = addTeamOverride(m, routing);
    expect(one.acceptance.teams).toEqual([{ teamId: 'team_dach', byGrade: m.acceptance.byGrade }]);
    expect(teamsWithoutOverride(one, routing).map((t) => t.id)).toEqual(['team_uk']);
    const two = addTeamOverride(one, routing);
    expect(two.acceptance.teams.map((t) => t.teamId)).toEqual(['team_dach', 'team_uk']);
    expect(addTeamOverride(two, routing)).toBe(two);
    expect(addTeamOverride(m, RoutingModel.parse({}))).toBe(m);
  });

  it('edits a team’s own table without touching the general one, moves it to another team and removes it', () => {
    let m = addTeamOverride(defaultSalesModel(), routing);
    m = withTeamGradeAnswer(m, 0, 'A', 'accept', 90);
    expect(m.acceptance.teams[0]!.byGrade.A).toEqual({ accept: 0.9, reject: 0.12 });
    expect(m.acceptance.byGrade.A.accept).toBe(0.8);
    m = withOverrideTeam(m, 0, 'team_uk');
    expect(m.acceptance.teams[0]).toMatchObject({ teamId: 'team_uk', byGrade: { A: { accept: 0.9 } } });
    expect(removeTeamOverride(m, 0).acceptance.teams).toEqual([]);
  });

  it('names each override’s team, and null for a team routing no longer has', () => {
    const m = withOverrideTeam(addTeamOverride(addTeamOverride(defaultSalesModel(), routing), routing), 1, 'team_gone');
    expect(teamOverrides(m, routing)).toEqual([
      { teamId: 'team_dach', name: 'DACH' },
      { teamId: 'team_gone', name: null },
    ]);
  });

  it('turns the rejection weights into shares of the rejections', () => {
    const m = defaultSalesModel(); // 30, 20, 25, 15, 10
    expect(reasonPercents(m)).toEqual({ notAFit: 30, noBudget: 20, badTiming: 25, noNeed: 15, unreachable: 10 });
    const twice = withReasonWeight(m, 'notAFit', 130); // total 200
    expect(reasonPercents(twice)).toEqual({ notAFit: 65, noBudget: 10, badTiming: 12.5, noNeed: 7.5, unreachable: 5 });
    let none = m;
    for (const r of ['notAFit', 'noBudget', 'badTiming', 'noNeed', 'unreachable'] as const) none = withReasonWeight(none, r, 0);
    expect(reasonPercents(none)).toBeNull();
  });
});

describe('feasibility check', () => {
  it('adds a region rule the schema accepts, replaces and removes rules by place', () => {
    let m = addFeasibilityRule(defaultSalesModel());
    expect(m.feasibility.rules).toEqual([{ attribute: 'country', operator: 'in', value: ['DE', 'AT', 'CH'] }]);
    expect(SalesModel.safeParse(m).success).toBe(true);
    m = addFeasibilityRule(m);
    m = withFeasibilityRule(m, 1, { attribute: 'companySize', operator: 'gte', value: 50 });
    expect(m.feasibility.rules[1]).toEqual({ attribute: 'companySize', operator: 'gte', value: 50 });
    m = removeFeasibilityRule(m, 0);
    expect(m.feasibility.rules.map((r) => r.attribute)).toEqual(['companySize']);
    expect(withRequireCapacity(m, true).feasibility).toEqual({ rules: m.feasibility.rules, requireCapacity: true });
  });

  it('a rule with a field name the schema does not allow is refused by the store', () => {
    const m = withFeasibilityRule(addFeasibilityRule(defaultSalesModel()), 0, { attribute: '1st', operator: 'equals', value: 'x' });
    const checked = checkChanges(smallJourney(), [{ kind: 'updateJourney', patch: { sales: m } }]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatchObject({ code: 'format', path: 'feasibility.rules[0].attribute' });
  });
});

describe('recycling, qualification and opportunity', () => {
  it('changes one recycling figure and keeps the others', () => {
    const m = withRecycling(defaultSalesModel(), { toStage: 'mql' });
    expect(m.recycling).toEqual({ enabled: true, toStage: 'mql', coolOffDays: 30 });
    expect(withRecycling(m, { enabled: false }).recycling.toStage).toBe('mql');
  });

  it('sets qualification chance from percent and days per grade, win chance per grade and the sales cycle', () => {
    let m = withQualificationPercent(defaultSalesModel(), 'B', 60);
    m = withQualificationDays(m, 'B', 7);
    expect(m.qualification.B).toEqual({ chance: 0.6, days: 7 });
    expect(m.qualification.A).toEqual({ chance: 0.7, days: 10 });
    m = withWinPercent(m, 'D', 5);
    expect(m.opportunity.winChance).toEqual({ A: 0.35, B: 0.28, C: 0.2, D: 0.05 });
    m = withSalesCycle(m, { cycleMedianDays: 90 });
    expect(m.opportunity).toMatchObject({ cycleMedianDays: 90, cycleSpreadDays: 30 });
  });

  it('switches the simulation of sales on and off and keeps the figures', () => {
    const m = withQualificationDays(defaultSalesModel(), 'A', 3);
    const on = withSalesEnabled(m, true);
    expect(on.enabled).toBe(true);
    expect(withSalesEnabled(on, false)).toEqual({ ...m, enabled: false });
  });
});

describe('deal value', () => {
  it('switches to a company-size value whose floor and cap are the smallest and largest of the grade table', () => {
    const m = withGradeDealValue(defaultSalesModel(), 'B', 30_000);
    expect(m.dealValue).toEqual({ mode: 'byGrade', byGrade: { A: 40_000, B: 30_000, C: 15_000, D: 8_000 } });
    const byAttribute = withDealValueMode(m, 'attribute');
    expect(byAttribute.dealValue).toEqual({ mode: 'attribute', attribute: 'companySize', perUnit: DEAL_VALUE_PER_EMPLOYEE, min: 8_000, max: 40_000 });
    expect(SalesModel.safeParse(byAttribute).success).toBe(true);
    expect(withDealValueMode(byAttribute, 'attribute')).toBe(byAttribute);
  });

  it('goes back to the default grade table, and ignores edits meant for the other mode', () => {
    const byAttribute = withAttributeDealValue(withDealValueMode(defaultSalesModel(), 'attribute'), { attribute: 'revenue', perUnit: 0.001 });
    expect(byAttribute.dealValue).toMatchObject({ attribute: 'revenue', perUnit: 0.001, min: 8_000 });
    expect(withGradeDealValue(byAttribute, 'A', 1)).toBe(byAttribute);
    const back = withDealValueMode(byAttribute, 'byGrade');
    expect(back.dealValue).toEqual(defaultSalesModel().dealValue);
    expect(withAttributeDealValue(back, { perUnit: 5 })).toBe(back);
  });
});

describe('costs', () => {
  it('changes one figure and prices a hand-off by the rep’s time', () => {
    const c = withCosts(defaultCostModel(), { perEmail: 0.1, currency: 'USD' });
    expect(c).toEqual({ currency: 'USD', perEmail: 0.1, perSalesHour: 80, salesHoursPerHandoff: 1, fixed: 5_000 });
    expect(handoffCost(withCosts(c, { salesHoursPerHandoff: 1.5 }))).toBe(120);
    expect(CostModel.safeParse(withCosts(c, { perEmail: -1 })).success).toBe(false);
  });
});
