// Journey validation: every problem a campaign manager should fix before launch, as data
// ({severity, code, message, details, nodeId?, edgeId?, path?}). It never throws, on any input.
// The message is English (CLI, import reports); details carry what it names, so the app can
// say the same in the user's language.
import { checkAccountConditions } from '../accounts/checks';
import type { TemplateInfo } from '../templates/checks';
import { missingLinks } from '../templates/links';
import { formatPath } from './describeZodError';
import { buildGraph, cycles, reachableFrom } from './graph';
import { optionalOutputsOf, outputsOf, stepKind } from './nodeTypes';
import { checkBranches, checkRouting, checkStageRules, type FeasibilityContext } from './feasibility';
import type { NamedStep, Problem, Report } from './problems';
import { type JourneyDocument, JourneyDocumentShape, type JourneyNode, type NodeType } from './schema';
import { STEP_KINDS } from './steps/registry';
import type { CheckContext } from './steps/stepKind';

export type { NamedStep, Problem, ProblemCode, ProblemDetails } from './problems';

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

/** How English messages call each kind of step ("wait step"). */
export const STEP_KIND_NAMES = Object.fromEntries(STEP_KINDS.map((kind) => [kind.type, kind.englishName])) as Record<NodeType, string>;
/** How a message names a step: its label, else its kind (the problem carries the id to find it). */
const nodeName = (node: JourneyNode) => (node.label ? `“${node.label}”` : `an unnamed ${stepKind(node.type).englishName}`);
const named = (node: JourneyNode): NamedStep => ({ type: node.type, label: node.label ?? '' });
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
    const optional = optionalOutputsOf(node);
    for (const output of outputsOf(node)) {
      if (!usedOutputs.has(`${node.id}\u0000${output}`) && !optional.includes(output)) {
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
    checkNode(node, doc, graph.nodesById, context, error, warn);
  }

  // ── reachability, loops, goal, consent ──
  const reachable = reachableFrom(graph, entries.map((e) => e.id));
  if (entries.length > 0) {
    for (const node of graph.nodesById.values()) {
      if (!reachable.has(node.id)) warn('unreachable', `No prospect can reach ${nodeName(node)}.`, { step: named(node) }, { nodeId: node.id });
    }
  }
  for (const loop of cycles(graph.next, (id) => !stepKind(graph.nodesById.get(id)!.type).takesTime)) {
    const first = graph.nodesById.get(loop[0]!)!;
    error('loop_without_wait', `A loop through ${nodeName(first)} has no wait: a prospect would go round it forever.`, { step: named(first) }, { nodeId: first.id });
  }
  checkConsent(doc, graph, entries, error);
  checkRoutingRules(doc, error);
  const feasibility: FeasibilityContext = { doc, graph, reachable, name: nodeName, named, warn };
  checkStageRules(feasibility);
  checkBranches(feasibility);
  checkRouting(feasibility);
  checkAccountConditions(doc, warn, (node) => capitalise(nodeName(node)), named);
  for (const m of missingLinks(doc, context.templates)) {
    const where = m.template === null ? 'no template of this journey has' : `template “${m.template}” does not have`;
    error('reference_missing', `${capitalise(nodeName(m.node))} names the link "${m.link}", which ${where}.`, { variant: m.template === null ? 'linkAnyEmail' : 'link', step: named(m.node), id: m.link, ...(m.template === null ? {} : { template: m.template }) }, { nodeId: m.node.id });
  }
  return problems;
}

/** Runs the step kind's own checks, with what they may see of the journey. */
function checkNode(
  node: JourneyNode,
  doc: JourneyDocument,
  nodesById: Map<string, JourneyNode>,
  context: ValidationContext,
  error: Report,
  warn: Report,
): void {
  const at = { nodeId: node.id };
  const name = nodeName(node);
  const check: CheckContext = {
    error: (code, message, details) => error(code, message, details, at),
    warn: (code, message, details) => warn(code, message, details, at),
    name,
    Name: capitalise(name),
    step: named(node),
    typeOf: (id) => nodesById.get(id)?.type,
    journeyId: doc.id,
    ...(context.templates ? { templates: context.templates } : {}),
    ...(context.journeyIds ? { journeyIds: context.journeyIds } : {}),
  };
  stepKind(node.type).check(node, check);
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

function checkRoutingRules(doc: JourneyDocument, error: Report): void {
  const teams = new Set(doc.routing.teams.map((t) => t.id));
  const reps = new Set(doc.routing.teams.flatMap((t) => t.reps.map((r) => r.id)));
  for (const rule of doc.routing.rules) {
    const known = rule.assignTo.kind === 'team' ? teams.has(rule.assignTo.teamId) : reps.has(rule.assignTo.repId);
    if (!known) error('routing_unknown_assignee', `Routing rule ${rule.id} assigns to a team or rep that does not exist.`, { id: rule.id }, { setting: 'routing' });
  }
}
