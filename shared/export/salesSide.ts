// What the sales side of a journey (shared/sales) becomes in a sending platform: nothing it can
// run. A platform hands a lead over and goes on at once; it never learns whether sales accepted,
// rejected, did not answer or found the lead not feasible. So a hand-off that branches on the
// answer is exported along its accepted path (treePlan.ts: exportedOutputs), and every other
// answer's path is reported here: on the hand-off, on the steps only that path reaches, and as a
// to-do where the user can rebuild it (a CRM workflow on the lead status). The journey's sales
// and cost settings are reported as not carried when sales is switched on.
import type { JourneyDocument, JourneyNode, NodeOf } from '../journey/schema';
import { ANSWER_OUTPUTS, type HandoffAnswer } from '../journey/steps/handoff';
import { note, type ReportBuilder } from './report';
import type { NoteCode, TodoCode } from './reportText';
import type { JourneyIndex } from './treePlan';

export type DroppedAnswer = Exclude<HandoffAnswer, 'accepted'>;

const DROPPED: Readonly<Record<DroppedAnswer, { note: NoteCode; todo: TodoCode }>> = {
  rejected: { note: 'rejectedNotExported', todo: 'rebuildRejected' },
  noAnswer: { note: 'noAnswerNotExported', todo: 'rebuildNoAnswer' },
  notFeasible: { note: 'notFeasibleNotExported', todo: 'rebuildNotFeasible' },
};
const DROPPED_ANSWERS = ANSWER_OUTPUTS.filter((a): a is DroppedAnswer => a !== 'accepted');

interface DroppedBranch {
  answer: DroppedAnswer;
  target: JourneyNode;
}

const isBranchingHandoff = (node: JourneyNode): node is NodeOf<'handoff'> => node.type === 'handoff' && node.params.branchOnAnswer;
const nameOf = (node: JourneyNode) => node.label || node.id;

/** The paths of a branching hand-off a platform cannot take: one per connected answer other than "accepted". */
function droppedOf(outgoing: Outgoing, index: JourneyIndex, node: JourneyNode): DroppedBranch[] {
  const branches: DroppedBranch[] = [];
  for (const answer of DROPPED_ANSWERS) {
    // The first connection of an output counts, as everywhere in the export (treePlan.ts).
    const edge = outgoing.get(node.id)?.find((e) => e.output === answer);
    const target = edge ? index.byId.get(edge.target) : undefined;
    if (target) branches.push({ answer, target });
  }
  return branches;
}

type Outgoing = Map<string, { output: string; target: string }[]>;
function outgoingEdges(journey: JourneyDocument): Outgoing {
  const out: Outgoing = new Map();
  for (const e of journey.edges) {
    const list = out.get(e.source) ?? [];
    list.push({ output: e.sourceOutput, target: e.target });
    out.set(e.source, list);
  }
  return out;
}

/**
 * Reports the sales side once the adapter has placed the steps: the answers each placed
 * branching hand-off drops, the steps only those paths reach (dropped, with the reason), and the
 * sales and cost settings. `platformTodos` words a to-do the platform's own way (a CRM of its own).
 */
export function reportSalesSide(report: ReportBuilder, journey: JourneyDocument, index: JourneyIndex, platformTodos: Partial<Record<DroppedAnswer, TodoCode>> = {}): void {
  const hours = journey.sales.acceptance.responseHours;
  const onlyAfterAnswer: { node: JourneyNode; handoff: JourneyNode }[] = [];
  const outgoing: Outgoing = journey.nodes.some(isBranchingHandoff) ? outgoingEdges(journey) : new Map();
  for (const node of journey.nodes) {
    if (!isBranchingHandoff(node) || !report.hasStep(node.id)) continue;
    const branches = droppedOf(outgoing, index, node);
    report.step(node, 'approximated', [], note('handoffAcceptedPath'), ...branches.map((b) => note(DROPPED[b.answer].note, { step: nameOf(b.target), hours })));
    for (const b of branches) {
      report.todo(platformTodos[b.answer] ?? DROPPED[b.answer].todo, { handoff: nameOf(node), step: nameOf(b.target), hours });
      onlyAfterAnswer.push({ node: b.target, handoff: node });
    }
  }
  // Steps no exported path reaches but a dropped answer does: dropped for that reason, not "unreachable".
  const seen = new Set<string>();
  while (onlyAfterAnswer.length > 0) {
    const { node, handoff } = onlyAfterAnswer.pop()!;
    if (seen.has(node.id) || report.hasStep(node.id)) continue;
    seen.add(node.id);
    report.step(node, 'dropped', [], note('afterSalesAnswer', { step: nameOf(handoff) }));
    for (const next of journeySuccessors(outgoing, index, node)) onlyAfterAnswer.push({ node: next, handoff });
  }
  if (journey.sales.enabled) {
    report.setting('sales', 'dropped', [], note('salesNotExported'));
    report.setting('costs', 'dropped', [], note('costsNotExported', { currency: journey.costs.currency }));
  }
}

/** Every step a step leads to in the journey itself (all outputs, a jump to a step). */
function journeySuccessors(outgoing: Outgoing, index: JourneyIndex, node: JourneyNode): JourneyNode[] {
  if (node.type === 'jump') {
    const target = node.params.target.kind === 'node' ? index.byId.get(node.params.target.nodeId) : undefined;
    return target ? [target] : [];
  }
  return (outgoing.get(node.id) ?? []).flatMap((e) => index.byId.get(e.target) ?? []);
}
