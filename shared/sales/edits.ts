// Editing rules for the Sales and Costs tabs. Chances are stored as shares (0–1) and shown
// and entered as percent; the conversion lives here so every form rounds alike. Additions
// start from sensible values, and replacing one part leaves the rest as it is. Whether a
// value is allowed is the schema's call (the store refuses what SalesModel refuses).
import { removeAt, replaceAt } from '../journey/lists';
import type { AttributeRule, FitGrade } from '../journey/primitives';
import type { RoutingModel } from '../routing/schema';
import { type AnswerChances, type CostModel, defaultSalesModel, type DealValue, FIT_GRADES, type RejectionReason, REJECTION_REASONS, type SalesModel } from './schema';

type Acceptance = SalesModel['acceptance'];
type AcceptanceTable = Acceptance['byGrade'];
type Recycling = SalesModel['recycling'];
type AttributeDealValue = Extract<DealValue, { mode: 'attribute' }>;

/** A share as percent, without the noise of binary fractions (0.07 → 7, not 7.000000000000001). */
export const percentOf = (share: number): number => Math.round(share * 100 * 1e6) / 1e6;
/** Percent as the share the model stores. */
export const shareOf = (percent: number): number => percent / 100;

export const withSalesEnabled = (m: SalesModel, enabled: boolean): SalesModel => ({ ...m, enabled });

// ---- Acceptance -------------------------------------------------------------------------

export type Answer = keyof AnswerChances;

/** What is left of 100 % after accepted and rejected: the hand-offs nobody answers, in percent. */
export const noAnswerPercent = (chances: AnswerChances): number => Math.max(0, percentOf(1 - chances.accept - chances.reject));

const withAnswerIn = (table: AcceptanceTable, grade: FitGrade, answer: Answer, percent: number): AcceptanceTable => ({
  ...table,
  [grade]: { ...table[grade], [answer]: shareOf(percent) },
});

const withAcceptanceParts = (m: SalesModel, change: Partial<Acceptance>): SalesModel => ({ ...m, acceptance: { ...m.acceptance, ...change } });

/** Sets how often sales accepts (or rejects) a hand-off of a lead of this grade, given in percent. */
export const withGradeAnswer = (m: SalesModel, grade: FitGrade, answer: Answer, percent: number): SalesModel =>
  withAcceptanceParts(m, { byGrade: withAnswerIn(m.acceptance.byGrade, grade, answer, percent) });

export const withEngagedAtLeast = (m: SalesModel, engagedAtLeast: number): SalesModel => withAcceptanceParts(m, { engagedAtLeast });
/** How much more often an engaged lead is accepted, in percentage points. */
export const withEngagedBonusPercent = (m: SalesModel, percent: number): SalesModel => withAcceptanceParts(m, { engagedBonus: shareOf(percent) });
export const withResponseHours = (m: SalesModel, responseHours: number): SalesModel => withAcceptanceParts(m, { responseHours });

/** Routing teams that do not answer differently yet, in routing order: the choices for a new or moved override. */
export const teamsWithoutOverride = (m: SalesModel, routing: RoutingModel): RoutingModel['teams'] =>
  routing.teams.filter((team) => !m.acceptance.teams.some((o) => o.teamId === team.id));

/** The overrides with their team's name; null for a team routing no longer has (the simulator then ignores it). */
export const teamOverrides = (m: SalesModel, routing: RoutingModel): { teamId: string; name: string | null }[] =>
  m.acceptance.teams.map((o) => ({ teamId: o.teamId, name: routing.teams.find((t) => t.id === o.teamId)?.name ?? null }));

/** The first team without figures of its own gets them, starting as a copy of the general table; unchanged when every team has them. */
export function addTeamOverride(m: SalesModel, routing: RoutingModel): SalesModel {
  const team = teamsWithoutOverride(m, routing)[0];
  if (!team) return m;
  return withAcceptanceParts(m, { teams: [...m.acceptance.teams, { teamId: team.id, byGrade: { ...m.acceptance.byGrade } }] });
}
export const removeTeamOverride = (m: SalesModel, index: number): SalesModel => withAcceptanceParts(m, { teams: removeAt(m.acceptance.teams, index) });
/** Moves an override to another team; its figures stay. */
export const withOverrideTeam = (m: SalesModel, index: number, teamId: string): SalesModel =>
  withAcceptanceParts(m, { teams: replaceAt(m.acceptance.teams, index, { ...m.acceptance.teams[index]!, teamId }) });
export const withTeamGradeAnswer = (m: SalesModel, index: number, grade: FitGrade, answer: Answer, percent: number): SalesModel => {
  const override = m.acceptance.teams[index]!;
  return withAcceptanceParts(m, { teams: replaceAt(m.acceptance.teams, index, { ...override, byGrade: withAnswerIn(override.byGrade, grade, answer, percent) }) });
};

export const withReasonWeight = (m: SalesModel, reason: RejectionReason, weight: number): SalesModel =>
  withAcceptanceParts(m, { reasons: { ...m.acceptance.reasons, [reason]: weight } });

/** Each reason's share of the rejections in percent (the weights are relative); null when all weights are 0. */
export function reasonPercents(m: SalesModel): Record<RejectionReason, number> | null {
  const total = REJECTION_REASONS.reduce((sum, r) => sum + m.acceptance.reasons[r], 0);
  if (total <= 0) return null;
  return Object.fromEntries(REJECTION_REASONS.map((r) => [r, Math.round((m.acceptance.reasons[r] / total) * 1000) / 10])) as Record<RejectionReason, number>;
}

// ---- Feasibility check ------------------------------------------------------------------

/** A region sales serves: Germany, Austria and Switzerland. */
export const newFeasibilityRule = (): AttributeRule => ({ attribute: 'country', operator: 'in', value: ['DE', 'AT', 'CH'] });

const withFeasibility = (m: SalesModel, change: Partial<SalesModel['feasibility']>): SalesModel => ({ ...m, feasibility: { ...m.feasibility, ...change } });
export const addFeasibilityRule = (m: SalesModel): SalesModel => withFeasibility(m, { rules: [...m.feasibility.rules, newFeasibilityRule()] });
export const removeFeasibilityRule = (m: SalesModel, index: number): SalesModel => withFeasibility(m, { rules: removeAt(m.feasibility.rules, index) });
export const withFeasibilityRule = (m: SalesModel, index: number, rule: AttributeRule): SalesModel => withFeasibility(m, { rules: replaceAt(m.feasibility.rules, index, rule) });
export const withRequireCapacity = (m: SalesModel, requireCapacity: boolean): SalesModel => withFeasibility(m, { requireCapacity });

// ---- Recycling --------------------------------------------------------------------------

export const withRecycling = (m: SalesModel, change: Partial<Recycling>): SalesModel => ({ ...m, recycling: { ...m.recycling, ...change } });

// ---- Qualification and opportunity ------------------------------------------------------

/** The chance (percent) that an accepted lead of this grade becomes sales-qualified. */
export const withQualificationPercent = (m: SalesModel, grade: FitGrade, percent: number): SalesModel => ({
  ...m,
  qualification: { ...m.qualification, [grade]: { ...m.qualification[grade], chance: shareOf(percent) } },
});
/** The median days from accepted to sales-qualified for this grade. */
export const withQualificationDays = (m: SalesModel, grade: FitGrade, days: number): SalesModel => ({
  ...m,
  qualification: { ...m.qualification, [grade]: { ...m.qualification[grade], days } },
});
/** The chance (percent) that an opportunity of this grade is won. */
export const withWinPercent = (m: SalesModel, grade: FitGrade, percent: number): SalesModel => ({
  ...m,
  opportunity: { ...m.opportunity, winChance: { ...m.opportunity.winChance, [grade]: shareOf(percent) } },
});
export const withQualificationSpread = (m: SalesModel, qualificationSpreadPercent: number): SalesModel => ({ ...m, qualificationSpreadPercent });

export const withSalesCycle = (m: SalesModel, change: Partial<Pick<SalesModel['opportunity'], 'cycleMedianDays' | 'cycleSpreadDays'>>): SalesModel => ({
  ...m,
  opportunity: { ...m.opportunity, ...change },
});

// ---- Deal value -------------------------------------------------------------------------

export const DEAL_VALUE_MODES = ['byGrade', 'attribute'] as const satisfies readonly DealValue['mode'][];
export type DealValueMode = (typeof DEAL_VALUE_MODES)[number];

/** Per employee: the personas' companies (80 to 8,000 people) land between the floor and the cap. */
export const DEAL_VALUE_PER_EMPLOYEE = 20;

/**
 * Switches how a deal's value is found. From the grade table to an attribute: company size
 * at 20 per employee, with the table's smallest and largest values as floor and cap, so the
 * deals stay in the range they had. Back to the table: the default table.
 */
export function withDealValueMode(m: SalesModel, mode: DealValueMode): SalesModel {
  const current = m.dealValue;
  if (current.mode === mode) return m;
  if (current.mode === 'byGrade') {
    const values = FIT_GRADES.map((g) => current.byGrade[g]);
    return { ...m, dealValue: { mode: 'attribute', attribute: 'companySize', perUnit: DEAL_VALUE_PER_EMPLOYEE, min: Math.min(...values), max: Math.max(...values) } };
  }
  return { ...m, dealValue: defaultSalesModel().dealValue };
}

/** The deal value of one grade; unchanged while the value comes from an attribute. */
export const withGradeDealValue = (m: SalesModel, grade: FitGrade, value: number): SalesModel =>
  m.dealValue.mode === 'byGrade' ? { ...m, dealValue: { ...m.dealValue, byGrade: { ...m.dealValue.byGrade, [grade]: value } } } : m;

/** Attribute, value per unit, floor or cap; unchanged while the value comes from the grade table. */
export const withAttributeDealValue = (m: SalesModel, change: Partial<Omit<AttributeDealValue, 'mode'>>): SalesModel =>
  m.dealValue.mode === 'attribute' ? { ...m, dealValue: { ...m.dealValue, ...change } } : m;

// ---- Costs ------------------------------------------------------------------------------

export const withCosts = (c: CostModel, change: Partial<CostModel>): CostModel => ({ ...c, ...change });

/** What one hand-off costs in sales time, accepted or not. */
export const handoffCost = (c: CostModel): number => c.perSalesHour * c.salesHoursPerHandoff;
