// Journey validation: every problem a campaign manager should fix before launch, as data
// ({severity, code, message, details, nodeId?, edgeId?, path?}). It never throws, on any input.
// The message is English (CLI, import reports); details carry what it names, so the app can
// say the same in the user's language.
import { hasUnsubscribeLink, type TemplateInfo } from '../templates/checks';
import { missingLinks } from '../templates/links';
import { formatPath } from './describeZodError';
import { buildGraph, cycles, reachableFrom } from './graph';
import { outputsOf, SWITCH_DEFAULT_OUTPUT } from './nodeTypes';
import { stageRank } from './primitives';
import { type JourneyDocument, JourneyDocumentShape, type JourneyNode, type NodeType } from './schema';

export type ProblemCode =
  | 'schema'
  | 'internal'
  | 'no_entry'
  | 'duplicate_node_id'
  | 'duplicate_edge_id'
  | 'edge_missing_node'
  | 'edge_unknown_output'
  | 'edge_into_entry'
  | 'output_multiple_edges'
  | 'output_unconnected'
  | 'unreachable'
  | 'loop_without_wait'
  | 'goal_unreachable'
  | 'email_without_template'
  | 'template_missing'
  | 'no_unsubscribe_link'
  | 'template_has_errors'
  | 'consent_not_guaranteed'
  | 'split_not_100'
  | 'split_duplicate_branch'
  | 'wait_zero'
  | 'reference_missing'
  | 'jump_journey_missing'
  | 'routing_unknown_assignee'
  | 'handoff_without_sales';

export interface Problem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
  /** What the message names; absent for schema and internal problems, whose text is all there is. */
  details?: ProblemDetails;
  nodeId?: string;
  edgeId?: string;
  /** JSON path for problems found by the schema, e.g. nodes[3].params.amount. */
  path?: string;
}

/** A step as a message names it: by its label, else by its kind. */
export interface NamedStep {
  type: NodeType;
  label: string;
}

export interface ProblemDetails {
  /** Which wording of the code applies, e.g. a wait's zero duration versus a zero timeout. */
  variant?: string;
  step?: NamedStep;
  output?: string;
  id?: string;
  template?: string;
  /** Messages of a template's own errors (MJML's, in English). */
  errors?: string;
  sum?: number;
  stage?: string;
}

export interface ValidationContext {
  /** Templates the journey may reference; when given, references are checked against it. */
  templates?: ReadonlyMap<string, TemplateInfo>;
  /** Journeys a "go to journey" may name; when given, those references are checked. */
  journeyIds?: ReadonlySet<string>;
}

export function validateJourney(input: unknown, context: ValidationContext = {}): Problem[] {
  try {
    const parsed = JourneyDocumentShape.safeParse(input);
    if (!parsed.success) return parsed.error.issues.map((issue) => schemaProblem(input, issue.path, issue.message));
    return sortProblems(validateDocument(parsed.data, context));
  } catch (error) {
    return [{ severity: 'error', code: 'internal', message: `Validation could not finish: ${String(error)}` }];
  }
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

function schemaProblem(input: unknown, path: readonly PropertyKey[], message: string): Problem {
  const problem: Problem = { severity: 'error', code: 'schema', message: `${formatPath(path)}: ${message}`, path: formatPath(path) };
  // Point at the node when the path runs through one, so the canvas can select it.
  if (path[0] === 'nodes' && typeof path[1] === 'number') {
    const raw = (input as { nodes?: unknown[] } | null)?.nodes?.[path[1]] as { id?: unknown } | undefined;
    if (typeof raw?.id === 'string') problem.nodeId = raw.id;
  }
  return problem;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export const STEP_KIND_NAMES: Record<NodeType, string> = {
  entry: 'entry',
  sendEmail: 'send-email step',
  wait: 'wait step',
  waitForEvent: 'wait-for-reaction step',
  condition: 'condition',
  split: 'split',
  adjustScore: 'score step',
  setStage: 'set-stage step',
  handoff: 'hand-off step',
  updateAttribute: 'update-field step',
  jump: 'go-to step',
  webhook: 'webhook step',
  exit: 'exit',
};
/** How a message names a step: its label, else its kind (the problem carries the id to find it). */
const nodeName = (node: JourneyNode) => (node.label ? `“${node.label}”` : `an unnamed ${STEP_KIND_NAMES[node.type]}`);
const named = (node: JourneyNode): NamedStep => ({ type: node.type, label: node.label ?? '' });
const WAITS = new Set(['wait', 'waitForEvent']);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function validateDocument(doc: JourneyDocument, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const error: Report = (code, message, details, at = {}) => problems.push({ severity: 'error', code, message, details, ...at });
  const warn: Report = (code, message, details, at = {}) => problems.push({ severity: 'warning', code, message, details, ...at });

  // ── identity and edges ──
  const seenNodes = new Set<string>();
  for (const node of doc.nodes) {
    if (seenNodes.has(node.id)) error('duplicate_node_id', `Two steps share the id "${node.id}".`, { id: node.id }, { nodeId: node.id });
    seenNodes.add(node.id);
  }
  const graph = buildGraph(doc);
  const seenEdges = new Set<string>();
  const usedOutputs = new Map<string, string>();
  for (const edge of doc.edges) {
    if (seenEdges.has(edge.id)) error('duplicate_edge_id', `Two connections share the id "${edge.id}".`, { id: edge.id }, { edgeId: edge.id });
    seenEdges.add(edge.id);
    const source = graph.nodesById.get(edge.source);
    const target = graph.nodesById.get(edge.target);
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      error('edge_missing_node', `A connection points to a step that does not exist ("${missing}").`, { id: missing }, { edgeId: edge.id });
      continue;
    }
    if (!outputsOf(source).includes(edge.sourceOutput)) {
      error('edge_unknown_output', `${capitalise(nodeName(source))} has no output "${edge.sourceOutput}".`, { step: named(source), output: edge.sourceOutput }, { edgeId: edge.id, nodeId: source.id });
    }
    if (target.type === 'entry') error('edge_into_entry', `A connection leads into ${nodeName(target)}.`, { step: named(target) }, { edgeId: edge.id });
    const key = `${edge.source}\u0000${edge.sourceOutput}`;
    if (usedOutputs.has(key)) {
      error(
        'output_multiple_edges',
        `The "${edge.sourceOutput}" output of ${nodeName(source)} has more than one connection.`,
        { step: named(source), output: edge.sourceOutput },
        { edgeId: edge.id, nodeId: source.id },
      );
    }
    usedOutputs.set(key, edge.id);
  }

  // ── per node ──
  const entries = doc.nodes.filter((n) => n.type === 'entry');
  if (entries.length === 0) error('no_entry', 'The journey has no entry, so no prospect can start it.', {});
  for (const node of graph.nodesById.values()) {
    for (const output of outputsOf(node)) {
      if (!usedOutputs.has(`${node.id}\u0000${output}`)) {
        const branch = outputsOf(node).length > 1;
        const what = branch ? `The "${output}" branch of ${nodeName(node)}` : capitalise(nodeName(node));
        error(
          'output_unconnected',
          `${what} leads nowhere: connect it or end it with an exit.`,
          { variant: branch ? 'branch' : 'step', step: named(node), output },
          { nodeId: node.id },
        );
      }
    }
    checkNodeParams(node, doc, graph.nodesById, context, error, warn);
  }

  // ── reachability, loops, goal, consent ──
  const reachable = reachableFrom(graph, entries.map((e) => e.id));
  if (entries.length > 0) {
    for (const node of graph.nodesById.values()) {
      if (!reachable.has(node.id)) warn('unreachable', `No prospect can reach ${nodeName(node)}.`, { step: named(node) }, { nodeId: node.id });
    }
  }
  for (const loop of cycles(graph.next, (id) => !WAITS.has(graph.nodesById.get(id)!.type))) {
    const first = graph.nodesById.get(loop[0]!)!;
    error('loop_without_wait', `A loop through ${nodeName(first)} has no wait: a prospect would go round it forever.`, { step: named(first) }, { nodeId: first.id });
  }
  checkGoal(doc, reachable, graph.nodesById, warn);
  checkConsent(doc, graph, entries, error);
  checkRouting(doc, reachable, graph.nodesById, error, warn);
  for (const m of missingLinks(doc, context.templates)) {
    const where = m.template === null ? 'no template of this journey has' : `template “${m.template}” does not have`;
    error('reference_missing', `${capitalise(nodeName(m.node))} names the link "${m.link}", which ${where}.`, { variant: m.template === null ? 'linkAnyEmail' : 'link', step: named(m.node), id: m.link, ...(m.template === null ? {} : { template: m.template }) }, { nodeId: m.node.id });
  }
  return problems;
}

type Report = (code: ProblemCode, message: string, details: ProblemDetails, at?: { nodeId?: string; edgeId?: string }) => void;

function checkNodeParams(
  node: JourneyNode,
  doc: JourneyDocument,
  nodesById: Map<string, JourneyNode>,
  context: ValidationContext,
  error: Report,
  warn: Report,
): void {
  const at = { nodeId: node.id };
  const emailRef = (emailNodeId: string | null) => {
    if (emailNodeId === null) return;
    const target = nodesById.get(emailNodeId);
    if (!target || target.type !== 'sendEmail') {
      error('reference_missing', `${capitalise(nodeName(node))} refers to an email step that does not exist ("${emailNodeId}").`, { variant: 'email', step: named(node), id: emailNodeId }, at);
    }
  };
  switch (node.type) {
    case 'sendEmail': {
      if (node.params.templateId === null) {
        error('email_without_template', `${capitalise(nodeName(node))} has no email template.`, { step: named(node) }, at);
        break;
      }
      const template = context.templates?.get(node.params.templateId);
      if (context.templates && !template) {
        error('template_missing', `${capitalise(nodeName(node))} uses template "${node.params.templateId}", which is not in the library.`, { step: named(node), id: node.params.templateId }, at);
      } else if (template && !hasUnsubscribeLink(template.mjml)) {
        error('no_unsubscribe_link', `Template “${template.name}” used by ${nodeName(node)} has no unsubscribe link.`, { step: named(node), template: template.name }, at);
      }
      const templateErrors = (template?.problems ?? []).filter((p) => p.severity === 'error' && p.code !== 'no_unsubscribe_link');
      if (template && templateErrors.length > 0) {
        const errors = templateErrors.map((p) => p.message).join(' ');
        error('template_has_errors', `Template “${template.name}” used by ${nodeName(node)} has errors: ${errors}`, { step: named(node), template: template.name, errors }, at);
      }
      break;
    }
    case 'wait':
      if (node.params.mode === 'duration' && node.params.amount === 0) error('wait_zero', `${capitalise(nodeName(node))} waits for zero time.`, { variant: 'wait', step: named(node) }, at);
      break;
    case 'waitForEvent':
      if (node.params.timeout.amount === 0) error('wait_zero', `${capitalise(nodeName(node))} has a timeout of zero: nobody can react in time.`, { variant: 'timeout', step: named(node) }, at);
      if (['open', 'click', 'download'].includes(node.params.event)) emailRef(node.params.emailNodeId);
      break;
    case 'condition':
      if (node.params.rule.kind === 'engagement') emailRef(node.params.rule.emailNodeId);
      break;
    case 'split': {
      const ids = node.params.mode === 'percent' ? node.params.branches.map((b) => b.id) : node.params.cases.map((c) => c.id);
      if (node.params.mode === 'switch') ids.push(SWITCH_DEFAULT_OUTPUT);
      if (new Set(ids).size !== ids.length) error('split_duplicate_branch', `${capitalise(nodeName(node))} has two branches with the same name.`, { step: named(node) }, at);
      if (node.params.mode === 'percent') {
        const sum = node.params.branches.reduce((s, b) => s + b.percent, 0);
        if (Math.abs(sum - 100) > 1e-9) error('split_not_100', `The branches of ${nodeName(node)} add up to ${round(sum)}%, not 100%.`, { step: named(node), sum: round(sum) }, at);
      }
      break;
    }
    case 'jump': {
      const target = node.params.target;
      if (target.kind === 'node' && !nodesById.has(target.nodeId)) {
        error('reference_missing', `${capitalise(nodeName(node))} goes to a step that does not exist ("${target.nodeId}").`, { variant: 'step', step: named(node), id: target.nodeId }, at);
      } else if (target.kind === 'journey' && context.journeyIds && !context.journeyIds.has(target.journeyId)) {
        warn('jump_journey_missing', `${capitalise(nodeName(node))} moves prospects to a journey that is not in the library.`, { variant: 'missing', step: named(node) }, at);
      } else if (target.kind === 'journey' && target.journeyId === doc.id) {
        warn('jump_journey_missing', `${capitalise(nodeName(node))} moves prospects to this same journey; use “go to step” instead.`, { variant: 'self', step: named(node) }, at);
      }
      break;
    }
    default:
      break;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function checkGoal(doc: JourneyDocument, reachable: Set<string>, nodesById: Map<string, JourneyNode>, warn: Report): void {
  const goal = doc.settings.goal;
  if (!goal) return;
  const rank = stageRank(goal.stage);
  const viaNodes = [...reachable].some((id) => {
    const node = nodesById.get(id)!;
    return (node.type === 'setStage' || node.type === 'handoff') && stageRank(node.params.stage) >= rank;
  });
  const viaRules = doc.scoring.stageRules.some((r) => stageRank(r.toStage) >= rank);
  if (!viaNodes && !viaRules) {
    warn('goal_unreachable', `The goal “stage ${goal.stage.toUpperCase()} reached” can never be met: no step or stage rule sets that stage.`, { stage: goal.stage.toUpperCase() });
  }
}

/** Without a consent requirement, every email must sit behind a "has consent → yes" check. */
function checkConsent(
  doc: JourneyDocument,
  graph: ReturnType<typeof buildGraph>,
  entries: JourneyNode[],
  error: Report,
): void {
  if (doc.settings.consent.required) return;
  const guardedEdges = new Set(
    doc.edges
      .filter((e) => {
        const source = graph.nodesById.get(e.source);
        return source?.type === 'condition' && source.params.rule.kind === 'hasConsent' && e.sourceOutput === 'yes';
      })
      .map((e) => `${e.source}\u0000${e.target}`),
  );
  const unguarded = reachableFrom(graph, entries.map((e) => e.id), (from, to) => !guardedEdges.has(`${from}\u0000${to}`));
  for (const id of unguarded) {
    const node = graph.nodesById.get(id)!;
    if (node.type === 'sendEmail') {
      error(
        'consent_not_guaranteed',
        `${capitalise(nodeName(node))} can send to prospects without consent: require consent in the settings or check it first.`,
        { step: named(node) },
        { nodeId: node.id },
      );
    }
  }
}

function checkRouting(doc: JourneyDocument, reachable: Set<string>, nodesById: Map<string, JourneyNode>, error: Report, warn: Report): void {
  const teams = new Set(doc.routing.teams.map((t) => t.id));
  const reps = new Set(doc.routing.teams.flatMap((t) => t.reps.map((r) => r.id)));
  for (const rule of doc.routing.rules) {
    const known = rule.assignTo.kind === 'team' ? teams.has(rule.assignTo.teamId) : reps.has(rule.assignTo.repId);
    if (!known) error('routing_unknown_assignee', `Routing rule ${rule.id} assigns to a team or rep that does not exist.`, { id: rule.id });
  }
  const handoffs = [...reachable].map((id) => nodesById.get(id)!).filter((n) => n.type === 'handoff');
  if (handoffs.length > 0 && reps.size === 0) {
    warn('handoff_without_sales', 'The journey hands leads to sales, but no sales team or rep is set up: every lead would wait in the queue.', {}, { nodeId: handoffs[0]!.id });
  }
}

