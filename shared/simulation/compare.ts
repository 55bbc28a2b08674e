// Two runs side by side: the figures a campaign manager weighs when choosing between two
// versions of a journey or two audiences, with the difference and which way is better.
import { LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import type { Currency } from '../sales/schema';
import { MAX_EMAIL_BUCKET } from './aggregate';
import type { SimulationResults } from './results';
import { salesView } from './salesView';

export interface ComparisonRow {
  /** A stable key: 'prospects', 'reached:mql', 'conversion:sql', 'medianDays:sal', 'emailsPerProspect', … */
  key: string;
  /** money: an amount in `currency`; ratio: a plain factor such as ROI; weeks: a number of weeks. */
  kind: 'count' | 'share' | 'days' | 'number' | 'money' | 'ratio' | 'weeks';
  stage: Stage | null;
  a: number | null;
  b: number | null;
  /** b − a (null when either side has no value). */
  difference: number | null;
  /** Whether a higher value is the better one; null when neither is. */
  higherIsBetter: boolean | null;
  /** For money rows: each run's currency (null: the run has no money figures). */
  currency?: { a: Currency | null; b: Currency | null };
}

/** Below what a figure of this kind shows (a tenth of a percent point, a tenth of a day, a cent). */
export function isNegligible(value: number, kind: ComparisonRow['kind']): boolean {
  const shown = kind === 'share' ? 0.0005 : kind === 'days' ? 0.05 : kind === 'number' || kind === 'ratio' || kind === 'money' ? 0.005 : 0.5;
  return Math.abs(value) < shown;
}

/** A change smaller than this share of the larger figure is no change worth a colour (€0.45 of €34,859). */
export const NOTABLE_SHARE = 0.001;

/**
 * How B's figure compares with A's: better, worse, or neutral (no difference shown, no better
 * way, or too small against the figures to matter).
 */
export function verdictOf(row: ComparisonRow): 'better' | 'worse' | 'neutral' {
  const { difference, a, b } = row;
  if (difference === null || row.higherIsBetter === null || isNegligible(difference, row.kind)) return 'neutral';
  const scale = Math.max(Math.abs(a ?? 0), Math.abs(b ?? 0));
  if (row.kind !== 'share' && scale > 0 && Math.abs(difference) < NOTABLE_SHARE * scale) return 'neutral';
  return difference > 0 === row.higherIsBetter ? 'better' : 'worse';
}

/** Mean emails per prospect, from the histogram (the last bucket counts as its lower bound). */
export function meanEmailsPerProspect(results: SimulationResults): number {
  let emails = 0;
  let prospects = 0;
  for (const bucket of results.emailsPerProspect) {
    const n = bucket.emails.endsWith('+') ? MAX_EMAIL_BUCKET : Number(bucket.emails);
    emails += n * bucket.prospects;
    prospects += bucket.prospects;
  }
  return prospects === 0 ? 0 : emails / prospects;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function compareRuns(a: SimulationResults, b: SimulationResults): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const row = (key: string, kind: ComparisonRow['kind'], higherIsBetter: boolean | null, pick: (r: SimulationResults) => number | null, stage: Stage | null = null) => {
    const va = pick(a);
    const vb = pick(b);
    rows.push({ key, kind, stage, a: va, b: vb, difference: va === null || vb === null ? null : vb - va, higherIsBetter });
  };
  row('prospects', 'count', null, (r) => r.prospects);
  for (const stage of LIFECYCLE_STAGES) {
    const index = LIFECYCLE_STAGES.indexOf(stage);
    const f = (r: SimulationResults) => r.funnel[index]!;
    row(`reached:${stage}`, 'share', true, (r) => share(f(r).reached, r.prospects), stage);
    if (index > 0) row(`conversion:${stage}`, 'share', true, (r) => f(r).conversionFromPrevious, stage);
    if (index > 0) row(`medianDays:${stage}`, 'days', false, (r) => f(r).medianDays, stage);
  }
  row('emailsPerProspect', 'number', false, meanEmailsPerProspect);
  row('converted', 'share', true, (r) => share(r.exits.converted, r.prospects));
  row('unsubscribed', 'share', false, (r) => share(r.exits.unsubscribed, r.prospects));
  row('stuck', 'share', false, (r) => share(r.stuck.total, r.prospects));
  row('queuedAtHorizon', 'count', false, (r) => r.handoffs.queuedAtHorizon);
  return rows;
}

/**
 * The money of two runs side by side: revenue, pipeline, costs, cost per stage, ROI and payback,
 * and what sales did. Empty when neither run has money figures (both stored before the sales
 * side). A run with sales off has costs but no revenue, ROI or payback (nothing could be won),
 * so those are null for it rather than a loss. Amounts in two different currencies are not
 * subtracted: their difference is null.
 */
export function compareMoney(a: SimulationResults, b: SimulationResults): ComparisonRow[] {
  const va = salesView(a);
  const vb = salesView(b);
  if (va.status === 'absent' && vb.status === 'absent') return [];
  const currency = { a: va.currency, b: vb.currency };
  const sameCurrency = currency.a === currency.b;
  const rows: ComparisonRow[] = [];
  const row = (key: string, kind: ComparisonRow['kind'], higherIsBetter: boolean | null, pick: (v: typeof va) => number | null | undefined, stage: Stage | null = null) => {
    const x = pick(va) ?? null;
    const y = pick(vb) ?? null;
    const comparable = kind !== 'money' || sameCurrency;
    rows.push({ key, kind, stage, a: x, b: y, difference: x === null || y === null || !comparable ? null : y - x, higherIsBetter, ...(kind === 'money' ? { currency } : {}) });
  };
  row('roi', 'ratio', true, (v) => v.returns?.roi);
  row('revenue', 'money', true, (v) => v.returns?.revenue);
  row('pipeline', 'money', true, (v) => v.returns?.pipeline);
  row('cost', 'money', false, (v) => v.costs?.total);
  row('net', 'money', true, (v) => v.returns?.net);
  row('paybackWeeks', 'weeks', false, (v) => v.returns?.paybackWeeks);
  for (const stage of ['mql', 'sal', 'sql', 'customer'] as const) {
    row(`costPer:${stage}`, 'money', false, (v) => v.costs?.perStage.find((p) => p.stage === stage)?.amount, stage);
  }
  row('accepted', 'share', true, (v) => v.answers?.rows.find((r) => r.key === 'accepted')?.share);
  row('won', 'count', true, (v) => v.opportunities?.won);
  row('winRate', 'share', true, (v) => v.opportunities?.winRate);
  row('recycledCustomers', 'count', true, (v) => v.recycled?.rows.find((r) => r.key === 'customers')?.count);
  return rows;
}

/** Enough of a stored run to tell what two runs differ in. */
export interface RunIdentity {
  journeyId: string;
  journeyFingerprint: string | null;
  journeySteps: number | null;
  source: { kind: 'set'; name: string } | { kind: 'generate'; mix: Record<string, number> | null };
  prospects: number;
  seed: number;
  horizonDays: number;
}

/**
 * What two runs differ in, so a difference in their figures can be read right: the journey
 * (same, changed between them, another journey, or not known for older runs) and whether
 * their prospects, seed or days simulated differ too. When both changed, neither alone
 * explains the difference.
 */
export function runPairDifference(a: RunIdentity, b: RunIdentity): { journey: 'same' | 'changed' | 'other' | 'unknown'; prospectsDiffer: boolean } {
  const journey =
    a.journeyId !== b.journeyId
      ? 'other'
      : a.journeyFingerprint === null || b.journeyFingerprint === null
        ? 'unknown'
        : a.journeyFingerprint === b.journeyFingerprint
          ? 'same'
          : 'changed';
  const sameSource =
    a.source.kind === 'set' && b.source.kind === 'set'
      ? a.source.name === b.source.name
      : a.source.kind === 'generate' && b.source.kind === 'generate' && JSON.stringify(sortedMix(a.source.mix)) === JSON.stringify(sortedMix(b.source.mix));
  const prospectsDiffer = !sameSource || a.prospects !== b.prospects || a.seed !== b.seed || a.horizonDays !== b.horizonDays;
  return { journey, prospectsDiffer };
}

const sortedMix = (mix: Record<string, number> | null) => (mix === null ? null : Object.entries(mix).sort(([x], [y]) => (x < y ? -1 : 1)));

/** The stages whose accounts Compare shows: from MQL on (inquiry is every admitted account). */
const ACCOUNT_STAGES = LIFECYCLE_STAGES.slice(LIFECYCLE_STAGES.indexOf('mql'));

/**
 * The accounts of two runs side by side: how many there were, how many reached each stage
 * from MQL on (and which share of them, when the runs had different numbers of accounts), the
 * won accounts, the accounts handed to sales and the contacts per won account. Empty when neither run has accounts; a run without them has no figures (null), and a
 * run whose hand-off went per contact has no accounts handed over.
 */
export function compareAccounts(a: SimulationResults, b: SimulationResults): ComparisonRow[] {
  if (!a.accounts && !b.accounts) return [];
  const rows: ComparisonRow[] = [];
  const row = (key: string, kind: ComparisonRow['kind'], higherIsBetter: boolean | null, pick: (r: NonNullable<SimulationResults['accounts']>) => number | null, stage: Stage | null = null) => {
    const va = a.accounts ? pick(a.accounts) : null;
    const vb = b.accounts ? pick(b.accounts) : null;
    rows.push({ key, kind, stage, a: va, b: vb, difference: va === null || vb === null ? null : vb - va, higherIsBetter });
  };
  row('accounts', 'count', null, (r) => r.accounts);
  for (const stage of ACCOUNT_STAGES) {
    row(`reached:${stage}`, 'count', true, (r) => r.funnel.find((f) => f.stage === stage)?.reached ?? null, stage);
    // Of as many accounts, the counts say it all; of different numbers, the shares say more.
    if (a.accounts && b.accounts && a.accounts.accounts !== b.accounts.accounts) {
      row(`share:${stage}`, 'share', true, (r) => share(r.funnel.find((f) => f.stage === stage)?.reached ?? 0, r.accounts), stage);
    }
  }
  row('won', 'count', true, (r) => r.won.accounts);
  row('handedOver', 'count', null, (r) => r.handedOver?.accounts ?? null);
  row('contactsPerWon', 'number', null, (r) => r.won.meanContacts);
  return rows;
}
