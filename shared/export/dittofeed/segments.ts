// The segments a Dittofeed journey needs: entry, audience, each condition, each wait for a
// reaction. Dittofeed journeys branch only on segment membership, so every check becomes a
// segment of its own, with a fixed id derived from the journey and what it checks.
import { FIT_GRADES, LIFECYCLE_STAGES, type AttributeRule, type Stage } from '../../journey/primitives';
import { uuidOf } from '../uuid';
import type { SegmentDefinition, SegmentNode } from './wire';

/** User properties the export reads where Dittofeed has no concept of its own. */
export const DITTOFEED_TRAITS = { stage: 'lifecycleStage', score: 'nurtureScore', fitGrade: 'fitGrade', topicScore: (t: string) => `nurtureScore_${t.replace(/[^A-Za-z0-9]+/g, '_')}` } as const;

export class SegmentBook {
  readonly segments: { id: string; name: string; definition: SegmentDefinition }[] = [];
  private readonly byKey = new Map<string, string>();
  constructor(private readonly journeyId: string) {}

  /** The segment's id; the same key gives the same segment. `build` gets a fresh node-id maker. */
  add(key: string, name: string, build: () => SegmentDefinition): string {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const id = uuidOf(this.journeyId, `segment:${key}`);
    this.segments.push({ id, name: name.slice(0, 200), definition: build() });
    this.byKey.set(key, id);
    return id;
  }
}

/** One check of a segment: a node, or an And/Or over several (the root names its children). */
export interface Clause {
  root: SegmentNode;
  nodes: SegmentNode[];
}

/** A clause over nodes: the node itself when there is one. */
export function clause(type: 'And' | 'Or', id: string, nodes: SegmentNode[]): Clause {
  return nodes.length === 1 ? { root: nodes[0]!, nodes: [] } : { root: { type, id, children: nodes.map((n) => n.id) }, nodes };
}

/** All clauses must hold: the definition Dittofeed stores (entry node and the nodes it names). */
export function allOf(id: string, clauses: readonly Clause[]): SegmentDefinition {
  if (clauses.length === 1) return { entryNode: clauses[0]!.root, nodes: clauses[0]!.nodes };
  return { entryNode: { type: 'And', id, children: clauses.map((c) => c.root.id) }, nodes: clauses.flatMap((c) => [c.root, ...c.nodes]) };
}

export const trait = (id: string, path: string, operator: Extract<SegmentNode, { type: 'Trait' }>['operator']): SegmentNode => ({ type: 'Trait', id, path, operator });

export function stageNodes(stages: readonly Stage[]): SegmentNode[] {
  return stages.map((s, i) => trait(`stage${i}`, DITTOFEED_TRAITS.stage, { type: 'Equals', value: s }));
}
export const stagesFrom = (stage: Stage): Stage[] => LIFECYCLE_STAGES.slice(LIFECYCLE_STAGES.indexOf(stage));
export const gradesFrom = (grade: (typeof FIT_GRADES)[number]) => FIT_GRADES.slice(0, FIT_GRADES.indexOf(grade) + 1);

/** An attribute rule as a clause, and whether it is only approximated. */
export function ruleClause(rule: AttributeRule, prefix: string): Clause & { approximated: boolean } {
  const r = ruleNodes(rule, prefix);
  return { ...clause(r.type, `${prefix}_any`, r.nodes), approximated: r.approximated };
}

function ruleNodes(rule: AttributeRule, prefix: string): { type: 'And' | 'Or'; nodes: SegmentNode[]; approximated: boolean } {
  const path = rule.attribute;
  const single = Array.isArray(rule.value) ? (rule.value[0] ?? '') : rule.value;
  const scalar = typeof single === 'boolean' ? String(single) : single;
  switch (rule.operator) {
    case 'equals':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'Equals', value: scalar })], approximated: typeof single === 'boolean' };
    case 'notEquals':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'NotEquals', value: scalar })], approximated: typeof single === 'boolean' };
    case 'exists':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'Exists' })], approximated: false };
    case 'notExists':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'NotExists' })], approximated: false };
    case 'gte':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'GreaterThanOrEqual', value: Number(single) || 0 })], approximated: typeof single !== 'number' };
    // Dittofeed has "less than" only: at most N becomes less than N + 1 for whole numbers.
    case 'lte':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'LessThan', value: (Number(single) || 0) + 1 })], approximated: true };
    case 'in':
    case 'notIn': {
      const values = Array.isArray(rule.value) ? rule.value : [rule.value as string | number];
      const op = rule.operator === 'in' ? 'Equals' : 'NotEquals';
      const nodes = values.map((v, i) => trait(`${prefix}_${i}`, path, { type: op, value: typeof v === 'boolean' ? String(v) : v }));
      return { type: rule.operator === 'in' ? 'Or' : 'And', nodes, approximated: false };
    }
    // No "contains" on traits: equality is the nearest.
    case 'contains':
      return { type: 'And', nodes: [trait(prefix, path, { type: 'Equals', value: scalar })], approximated: true };
  }
}
