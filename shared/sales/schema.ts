// What sales does with a handed-over lead, and what the journey costs: every figure the
// simulator uses after a hand-off is an input here, with a default a campaign manager can
// see and change in the journey's Sales and Costs tabs. The defaults are round figures for
// a B2B software company, inside the ranges commonly quoted for the demand waterfall
// (MQL → SAL 50–80 %, SAL → SQL 40–60 %, SQL → won 20–30 %); README "Sales defaults".
import { z } from 'zod';
import { AttributeRule, finite, FIT_GRADES, type FitGrade, Id, Stage } from '../journey/primitives';

const chance = finite.min(0, 'must be at least 0 %').max(1, 'must be at most 100 %');
const days = finite.min(0, 'must not be negative').max(3650, 'must be at most 3650');
const weight = finite.min(0).max(1000);
const money = finite.min(0, 'must not be negative').max(1e9, 'must be at most 1,000,000,000');

/** Why sales sends a lead back. */
export const REJECTION_REASONS = ['notAFit', 'noBudget', 'badTiming', 'noNeed', 'unreachable'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** How a rep answers a hand-off of a lead of one fit grade; what is left of 100 % goes unanswered. */
export const AnswerChances = z
  .object({ accept: chance, reject: chance })
  .refine((a) => a.accept + a.reject <= 1 + 1e-9, { message: 'accepted and rejected together must be at most 100 %', path: ['reject'], params: { reason: 'chancesOver100' } });
export type AnswerChances = z.infer<typeof AnswerChances>;

/** One value per fit grade, each with its own default. */
function perGrade<S extends z.ZodType>(value: S, defaults: Record<FitGrade, z.input<S>>) {
  return z.object({ A: value.default(defaults.A as never), B: value.default(defaults.B as never), C: value.default(defaults.C as never), D: value.default(defaults.D as never) }).prefault({});
}

export const DEFAULT_ACCEPTANCE: Record<FitGrade, AnswerChances> = {
  A: { accept: 0.8, reject: 0.12 },
  B: { accept: 0.65, reject: 0.25 },
  C: { accept: 0.4, reject: 0.45 },
  D: { accept: 0.15, reject: 0.7 },
};
const acceptanceTable = () => perGrade(AnswerChances, DEFAULT_ACCEPTANCE);

export const TeamAcceptance = z.object({ teamId: Id, byGrade: acceptanceTable() });

export const DealValue = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('byGrade'), byGrade: perGrade(money, { A: 40_000, B: 25_000, C: 15_000, D: 8_000 }) }),
  z.object({
    mode: z.literal('attribute'),
    /** A number attribute of the lead, e.g. companySize or revenue. */
    attribute: z.string().min(1).max(60),
    perUnit: money,
    /** Used when the attribute is missing or not a number; also the floor. */
    min: money,
    max: money,
  }).refine((v) => v.max >= v.min, { message: 'the highest value must not be below the lowest', path: ['max'], params: { reason: 'maxBelowMin' } }),
]);
export type DealValue = z.infer<typeof DealValue>;

export const SalesModel = z.object({
  /** Off: every hand-off is accepted once a rep has room, and nothing is won or lost (files from before the sales side). */
  enabled: z.boolean().default(false),
  acceptance: z
    .object({
      byGrade: acceptanceTable(),
      /** Teams that answer differently from the table above. */
      teams: z.array(TeamAcceptance).max(100).default([]),
      /** A lead with at least this engagement score at hand-off counts as engaged … */
      engagedAtLeast: finite.min(0).max(10_000).default(50),
      /** … and is accepted this much more often (taken from the rejections). */
      engagedBonus: chance.default(0.1),
      /** A rep answers within this many hours of being assigned the lead, or not at all. */
      responseHours: finite.min(1, 'must be at least 1 hour').max(2160).default(48),
      /** How often each reason is given for a rejection (relative weights). */
      reasons: z
        .object({
          notAFit: weight.default(30),
          noBudget: weight.default(20),
          badTiming: weight.default(25),
          noNeed: weight.default(15),
          unreachable: weight.default(10),
        } satisfies Record<RejectionReason, unknown>)
        .prefault({}),
    })
    .prefault({}),
  /** Sales' feasibility check before it takes a lead: a lead that fails is not handed over. */
  feasibility: z
    .object({
      /** All must hold, e.g. a region sales serves, a minimum company size. */
      rules: z.array(AttributeRule).max(50).default([]),
      /** On: a lead that would wait for a rep with room is refused instead of queued. */
      requireCapacity: z.boolean().default(false),
    })
    .prefault({}),
  /** What happens to a rejected lead. */
  recycling: z
    .object({
      enabled: z.boolean().default(true),
      /** The stage a rejected lead drops back to. */
      toStage: Stage.default('inquiry'),
      /** Days the lead rests before it goes on along the rejected path. */
      coolOffDays: days.default(30),
    })
    .prefault({}),
  /** From accepted (SAL) to sales-qualified (SQL): the chance, and the median days it takes. */
  qualification: perGrade(z.object({ chance, days }), {
    A: { chance: 0.7, days: 10 },
    B: { chance: 0.55, days: 14 },
    C: { chance: 0.35, days: 21 },
    D: { chance: 0.15, days: 30 },
  }),
  /** How far the days to SQL typically stray from their median, in percent of it (65: a median of 10 days mostly falls within 6–16). */
  qualificationSpreadPercent: finite.min(0).max(500).default(65),
  /** From SQL (an opportunity) to won or lost. */
  opportunity: z
    .object({
      winChance: perGrade(chance, { A: 0.35, B: 0.28, C: 0.2, D: 0.1 }),
      /** The sales cycle: median days from SQL to won or lost, and its typical spread. */
      cycleMedianDays: finite.min(1).max(3650).default(60),
      cycleSpreadDays: finite.min(0).max(3650).default(30),
    })
    .prefault({}),
  dealValue: DealValue.default({ mode: 'byGrade', byGrade: { A: 40_000, B: 25_000, C: 15_000, D: 8_000 } }),
});
export type SalesModel = z.infer<typeof SalesModel>;
export const defaultSalesModel = (): SalesModel => SalesModel.parse({});

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const CostModel = z.object({
  currency: z.enum(CURRENCIES).default('EUR'),
  /** Per email sent (sending platform, list and content costs per touch). */
  perEmail: money.default(0.05),
  /** What an hour of a rep costs. */
  perSalesHour: money.default(80),
  /** Hours a rep spends on a hand-off, accepted or not. */
  salesHoursPerHandoff: finite.min(0).max(1000).default(1),
  /** Fixed costs of the journey over the run: design, content, tools. */
  fixed: money.default(5_000),
});
export type CostModel = z.infer<typeof CostModel>;
export const defaultCostModel = (): CostModel => CostModel.parse({});

export { FIT_GRADES };
