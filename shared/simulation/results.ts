// The results object of a run, built from the summed counters: what the CLI prints with
// --json, what is stored with the run, and what the app draws.
import { LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import type { AccountResults } from './accounts';
import { type Aggregate, MAX_EMAIL_BUCKET, OUTCOMES, type Outcome, SCORE_BIN_WIDTH, SCORE_MIN, STUCK_OUTCOMES, type Timeline } from './aggregate';
import { type CompiledJourney, PSEUDO_EXITS } from './compile';
import type { HandoffReport } from './handoffs';
import { buildSalesResults, type MoneyResults, type SalesResults } from './salesResults';

export interface NodeResult {
  id: string;
  type: string;
  label: string | null;
  entered: number;
  /** Prospects still at this step at the horizon. */
  waiting: number;
  exits: Record<string, number>;
}

export interface FunnelStage {
  stage: Stage;
  reached: number;
  /** Share of the previous stage's prospects that reached this one (null for the first). */
  conversionFromPrevious: number | null;
  medianDays: number | null;
  p90Days: number | null;
  /** Median days from reaching the previous stage to reaching this one (null for the first, or none reached both). */
  medianDaysFromPrevious: number | null;
}

export interface SimulationResults {
  journey: { id: string; name: string };
  seed: number;
  prospects: number;
  horizonDays: number;
  totals: { steps: number; emailsSent: number; suppressedNoConsent: number; unsubscribes: number };
  nodes: NodeResult[];
  edges: { id: string; source: string; sourceOutput: string; target: string; traversals: number }[];
  funnel: FunnelStage[];
  exits: Record<Outcome, number>;
  emailsPerProspect: { emails: string; prospects: number }[];
  unsubscribesPerDay: number[];
  handoffs: HandoffReport;
  /** Absent in runs stored before the sales side. */
  sales?: SalesResults;
  money?: MoneyResults;
  /** Only when the run's prospects belong to accounts (accounts.ts). */
  accounts?: AccountResults;
  stuck: { total: number; byNode: { nodeId: string; count: number }[] };
  scores: { engagement: { from: number; to: number; count: number }[]; grades: Record<'A' | 'B' | 'C' | 'D', number> };
  timelines: Timeline[];
}

export function buildResults(
  journey: CompiledJourney,
  agg: Aggregate,
  handoffs: HandoffReport,
  meta: { seed: number; horizonDays: number },
): SimulationResults {
  const nodes: NodeResult[] = journey.nodes.map((node, i) => {
    const exits: Record<string, number> = {};
    const names = [...journey.outputs[i]!, ...PSEUDO_EXITS];
    const offset = journey.stride - PSEUDO_EXITS.length;
    names.forEach((name, k) => {
      const column = k < journey.outputs[i]!.length ? k : offset + (k - journey.outputs[i]!.length);
      const count = agg.nodeExits[i * journey.stride + column]!;
      if (count > 0 || k < journey.outputs[i]!.length) exits[name] = count;
    });
    return { id: node.id, type: node.type, label: node.label ?? null, entered: agg.nodeEntered[i]!, waiting: agg.nodeHolding[i]!, exits };
  });
  const hoursPerStage = agg.stageHours.length / LIFECYCLE_STAGES.length;
  const funnel = LIFECYCLE_STAGES.map((stage, s): FunnelStage => {
    const reached = agg.stageReached[s]!;
    const previous = s === 0 ? null : agg.stageReached[s - 1]!;
    const histogram = agg.stageHours.subarray(s * hoursPerStage, (s + 1) * hoursPerStage);
    const gaps = agg.stageGapHours.subarray(s * hoursPerStage, (s + 1) * hoursPerStage);
    return {
      stage,
      reached,
      conversionFromPrevious: previous === null ? null : previous === 0 ? 0 : round(reached / previous, 4),
      medianDays: quantileDays(histogram, reached, 0.5),
      medianDaysFromPrevious: s === 0 ? null : quantileDays(gaps, sum(gaps), 0.5),
      p90Days: quantileDays(histogram, reached, 0.9),
    };
  });
  const exits = Object.fromEntries(OUTCOMES.map((o, i) => [o, agg.outcomes[i]!])) as Record<Outcome, number>;
  const stuckByNode = nodes.filter((n) => n.waiting > 0).map((n) => ({ nodeId: n.id, count: n.waiting })).sort((a, b) => b.count - a.count);
  return {
    journey: { id: journey.doc.id, name: journey.doc.name },
    seed: meta.seed,
    prospects: agg.prospects,
    horizonDays: meta.horizonDays,
    totals: { steps: agg.steps, emailsSent: agg.emailsSent, suppressedNoConsent: agg.suppressedNoConsent, unsubscribes: exits.unsubscribed },
    nodes,
    edges: journey.doc.edges.map((e, i) => ({ id: e.id, source: e.source, sourceOutput: e.sourceOutput, target: e.target, traversals: agg.edgeTraversals[i]! })),
    funnel,
    exits,
    emailsPerProspect: lastNonZero(Array.from(agg.emailsPerProspect)).map((prospects, emails) => ({
      emails: emails === MAX_EMAIL_BUCKET ? `${MAX_EMAIL_BUCKET}+` : String(emails),
      prospects,
    })),
    unsubscribesPerDay: Array.from(agg.unsubscribesPerDay),
    handoffs,
    ...buildSalesResults(agg, journey.doc.sales, journey.doc.costs, Object.fromEntries(funnel.map((f) => [f.stage, f.reached])) as Record<Stage, number>),
    stuck: { total: [...STUCK_OUTCOMES].reduce((sum, o) => sum + exits[o], 0), byNode: stuckByNode },
    scores: {
      engagement: lastNonZero(Array.from(agg.engagement)).map((count, bin) => ({ from: SCORE_MIN + bin * SCORE_BIN_WIDTH, to: SCORE_MIN + (bin + 1) * SCORE_BIN_WIDTH, count })),
      grades: { A: agg.grades[0]!, B: agg.grades[1]!, C: agg.grades[2]!, D: agg.grades[3]! },
    },
    timelines: [...agg.timelines].sort((a, b) => a.index - b.index),
  };
}

function lastNonZero(values: number[]): number[] {
  let end = values.length;
  while (end > 1 && values[end - 1] === 0) end--;
  return values.slice(0, end);
}

function quantileDays(histogram: Int32Array, total: number, q: number): number | null {
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let hour = 0; hour < histogram.length; hour++) {
    seen += histogram[hour]!;
    if (seen >= rank) return round(hour / 24, 2);
  }
  return round((histogram.length - 1) / 24, 2);
}

const sum = (values: Int32Array) => values.reduce((s, v) => s + v, 0);
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
