// The sales side of a run compiled for the engine (README §9a): per routing rule the answer
// chances of the team that works its leads, per grade the chances and times of qualification
// and of winning, and the deal value. Draws come from the prospect's own random stream, so a
// prospect's fate at sales is the same whichever worker runs it.
import { type AttributeValue, FIT_GRADES, matchesRule, stageRank } from '../journey/primitives';
import type { RoutingModel } from '../routing/schema';
import { REJECTION_REASONS, type SalesModel } from '../sales/schema';
import { HOURS_PER_DAY } from './calendar';
import type { Random } from './rng';

/** How sales answered a hand-off, as the engine and the per-prospect rows code it (0: no hand-off). */
export const ANSWER = { accepted: 1, rejected: 2, noAnswer: 3, notFeasible: 4 } as const;
/** The answer's output when a hand-off branches on it (ANSWER_OUTPUTS order). */
export const ANSWER_OUTPUT = [0, 0, 1, 2, 3] as const;
/** Opportunity codes in the per-prospect rows. */
export const DEAL = { none: 0, open: 1, won: 2, lost: 3 } as const;

/** A spread in days as the σ of a log-normal with that median: a median m ± s reads as m·e^±σ. */
export const logSpread = (medianDays: number, spreadDays: number): number => Math.log(1 + spreadDays / medianDays);

export class SalesDesk {
  readonly enabled: boolean;
  readonly responseHours: number;
  readonly engagedAtLeast: number;
  private readonly engagedBonus: number;
  /** Per (rule + 1) and grade: accept, reject (rule −1: the journey's table). */
  private readonly chances: Float64Array;
  private readonly reasonWeights: number[];
  private readonly reasonTotal: number;
  private readonly qualifyChance: Float64Array;
  private readonly qualifyHours: Float64Array;
  private readonly qualifySpread: number;
  private readonly winChance: Float64Array;
  private readonly cycleHours: number;
  private readonly cycleSpread: number;
  private readonly valueCentsByGrade: Float64Array;
  readonly recycling: SalesModel['recycling'] & { coolOffHours: number };
  readonly recycleTo: number;

  constructor(
    private readonly model: SalesModel,
    routing: RoutingModel,
  ) {
    this.enabled = model.enabled;
    const a = model.acceptance;
    this.responseHours = a.responseHours;
    this.engagedAtLeast = a.engagedAtLeast;
    this.engagedBonus = a.engagedBonus;
    const teamOfRule = routing.rules.map((rule) =>
      rule.assignTo.kind === 'team' ? rule.assignTo.teamId : routing.teams.find((t) => t.reps.some((r) => rule.assignTo.kind === 'rep' && r.id === rule.assignTo.repId))?.id,
    );
    this.chances = new Float64Array((routing.rules.length + 1) * 8);
    for (let r = -1; r < routing.rules.length; r++) {
      const team = r < 0 ? undefined : teamOfRule[r];
      const table = a.teams.find((t) => t.teamId === team)?.byGrade ?? a.byGrade;
      FIT_GRADES.forEach((grade, g) => {
        this.chances[(r + 1) * 8 + g * 2] = table[grade].accept;
        this.chances[(r + 1) * 8 + g * 2 + 1] = table[grade].reject;
      });
    }
    this.reasonWeights = REJECTION_REASONS.map((r) => a.reasons[r]);
    this.reasonTotal = this.reasonWeights.reduce((s, w) => s + w, 0);
    const perGrade = (f: (g: (typeof FIT_GRADES)[number]) => number) => Float64Array.from(FIT_GRADES, f);
    this.qualifyChance = perGrade((g) => model.qualification[g].chance);
    this.qualifyHours = perGrade((g) => model.qualification[g].days * HOURS_PER_DAY);
    this.qualifySpread = Math.log(1 + model.qualificationSpreadPercent / 100);
    this.winChance = perGrade((g) => model.opportunity.winChance[g]);
    this.cycleHours = model.opportunity.cycleMedianDays * HOURS_PER_DAY;
    this.cycleSpread = logSpread(model.opportunity.cycleMedianDays, model.opportunity.cycleSpreadDays);
    const value = model.dealValue;
    this.valueCentsByGrade = perGrade((g) => (value.mode === 'byGrade' ? toCents(value.byGrade[g]) : 0));
    this.recycling = { ...model.recycling, coolOffHours: model.recycling.coolOffDays * HOURS_PER_DAY };
    this.recycleTo = stageRank(model.recycling.toStage);
  }

  /** Whether the lead passes sales' feasibility rules. */
  feasible(attributes: Readonly<Record<string, AttributeValue>>): boolean {
    const rules = this.model.feasibility.rules;
    for (let i = 0; i < rules.length; i++) if (!matchesRule(attributes, rules[i]!)) return false;
    return true;
  }

  get hasFeasibilityRules(): boolean {
    return this.model.feasibility.rules.length > 0;
  }

  get requireCapacity(): boolean {
    return this.enabled && this.model.feasibility.requireCapacity;
  }

  /** The answer (ANSWER code) of the team of routing rule `rule` to a lead of this grade, engaged or not. */
  answer(random: Random, rule: number, grade: number, engaged: boolean): number {
    const at = (rule + 1) * 8 + grade * 2;
    let accept = this.chances[at]!;
    let reject = this.chances[at + 1]!;
    if (engaged) {
      const lift = Math.min(this.engagedBonus, reject);
      accept += lift;
      reject -= lift;
    }
    const u = random.next();
    return u < accept ? ANSWER.accepted : u < accept + reject ? ANSWER.rejected : ANSWER.noAnswer;
  }

  /** When an answer given comes: uniformly within the response time. */
  answerDelay(random: Random): number {
    return random.next() * this.responseHours;
  }

  /** Index in REJECTION_REASONS. */
  reason(random: Random): number {
    return this.reasonTotal > 0 ? random.weighted(this.reasonWeights, this.reasonTotal) : 0;
  }

  /** Hours from SAL to SQL, or −1 when the lead is not qualified. */
  qualification(random: Random, grade: number): number {
    if (!random.chance(this.qualifyChance[grade]!)) return -1;
    return random.delay(this.qualifyHours[grade]!, this.qualifySpread);
  }

  /** Whether the opportunity is won (drawn once, at SQL). */
  wins(random: Random, grade: number): boolean {
    return random.chance(this.winChance[grade]!);
  }

  /** Hours from SQL to won or lost. */
  cycle(random: Random): number {
    return random.delay(this.cycleHours, this.cycleSpread);
  }

  /** The deal's value in cents (whole cents keep sums exact, whatever the order of adding). */
  valueCents(grade: number, attributes: () => Readonly<Record<string, AttributeValue>>): number {
    const value = this.model.dealValue;
    if (value.mode === 'byGrade') return this.valueCentsByGrade[grade]!;
    const raw = attributes()[value.attribute];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
    const amount = Number.isFinite(n) ? Math.min(value.max, Math.max(value.min, n * value.perUnit)) : value.min;
    return toCents(amount);
  }
}

export const toCents = (amount: number): number => Math.round(amount * 100);
