import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/journey/changes';
import { createNode } from '../../../../shared/journey/nodeTypes';
import type { JourneyDocument, JourneyNode } from '../../../../shared/journey/schema';
import { type Problem, validateJourney } from '../../../../shared/journey/validate';
import { smallJourney, TEMPLATES } from '../../../support/journeys';

const codes = (problems: Problem[]) => problems.map((p) => p.code);
const validate = (doc: unknown) => validateJourney(doc, { templates: TEMPLATES });
const replaceNode = (doc: JourneyDocument, node: JourneyNode): JourneyDocument => applyChanges(doc, [{ kind: 'updateNode', node }]);
const nodeOf = (doc: JourneyDocument, id: string) => doc.nodes.find((n) => n.id === id)!;

describe('journey validation', () => {
  it('finds nothing wrong with a sound journey', () => {
    expect(validate(smallJourney())).toEqual([]);
  });

  it('reports a journey without entry', () => {
    const doc = smallJourney();
    doc.nodes = doc.nodes.filter((n) => n.type !== 'entry');
    doc.edges = doc.edges.filter((e) => e.source !== 'entry');
    expect(codes(validate(doc))).toContain('no_entry');
  });

  it('reports an output that leads nowhere, on its node', () => {
    const doc = smallJourney();
    doc.edges = doc.edges.filter((e) => e.id !== 'e5');
    const problem = validate(doc).find((p) => p.code === 'output_unconnected');
    expect(problem).toMatchObject({ severity: 'error', nodeId: 'opened' });
    expect(problem?.message).toContain('"no" branch');
  });

  it('warns about unreachable steps', () => {
    const doc = applyChanges(smallJourney(), [{ kind: 'addNode', node: createNode('exit', 'orphan', { x: 0, y: 0 }) }]);
    expect(validate(doc)).toContainEqual(expect.objectContaining({ code: 'unreachable', severity: 'warning', nodeId: 'orphan' }));
  });

  it('reports a loop without a wait, but accepts one with a wait', () => {
    const doc = smallJourney();
    // opened → no → back to the email: the loop runs through the wait, which is fine.
    doc.edges = doc.edges.map((e) => (e.id === 'e5' ? { ...e, target: 'email' } : e));
    doc.nodes = doc.nodes.filter((n) => n.id !== 'exit_no');
    expect(codes(validate(doc))).not.toContain('loop_without_wait');
    // Without the wait, the loop email → opened → email spins forever.
    const spinning = { ...doc, edges: doc.edges.map((e) => (e.id === 'e2' ? { ...e, target: 'opened' } : e)) };
    expect(validate(spinning)).toContainEqual(expect.objectContaining({ code: 'loop_without_wait', severity: 'error' }));
  });

  it('counts "go to" steps as part of a loop', () => {
    const doc = smallJourney();
    const jump = { ...createNode('jump', 'again', { x: 0, y: 0 }), params: { target: { kind: 'node' as const, nodeId: 'opened' } } };
    doc.nodes.push(jump);
    doc.edges = doc.edges.map((e) => (e.id === 'e5' ? { ...e, target: 'again' } : e));
    expect(codes(validate(doc))).toContain('loop_without_wait');
  });

  it('warns when the goal stage can never be reached', () => {
    const doc = smallJourney();
    doc.settings.goal = { stage: 'sql', exitReason: 'converted' };
    expect(codes(validate(doc))).toContain('goal_unreachable');
    doc.nodes.push({ ...createNode('setStage', 'to_sql', { x: 0, y: 0 }), params: { stage: 'sql' } });
    doc.edges = doc.edges.map((e) => (e.id === 'e4' ? { ...e, target: 'to_sql' } : e));
    doc.edges.push({ id: 'e6', source: 'to_sql', sourceOutput: 'next', target: 'exit_yes' });
    expect(codes(validate(doc))).not.toContain('goal_unreachable');
  });

  it('reports emails without a template, with a missing template, or without unsubscribe link', () => {
    const doc = smallJourney();
    const email = nodeOf(doc, 'email') as Extract<JourneyNode, { type: 'sendEmail' }>;
    expect(codes(validate(replaceNode(doc, { ...email, params: { ...email.params, templateId: null } })))).toContain('email_without_template');
    expect(codes(validate(replaceNode(doc, { ...email, params: { ...email.params, templateId: 'tpl_gone' } })))).toContain('template_missing');
    const noLink = new Map([['tpl_hello', { id: 'tpl_hello', name: 'Hello', subject: 'x', mjml: '<mjml><mj-body></mj-body></mjml>' }]]);
    expect(codes(validateJourney(doc, { templates: noLink }))).toContain('no_unsubscribe_link');
  });

  it('reports templates with errors, such as an empty subject', () => {
    const template = { ...TEMPLATES.get('tpl_hello')!, problems: [{ severity: 'error' as const, code: 'empty_subject' as const, message: 'The subject is empty.', line: null }] };
    const problems = validateJourney(smallJourney(), { templates: new Map([['tpl_hello', template]]) });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'template_has_errors', nodeId: 'email', message: expect.stringContaining('The subject is empty.') }));
  });

  it('reports sending where consent is not guaranteed, unless a consent check guards the email', () => {
    const doc = smallJourney();
    doc.settings.consent.required = false;
    expect(validate(doc)).toContainEqual(expect.objectContaining({ code: 'consent_not_guaranteed', nodeId: 'email' }));
    const guard = { ...createNode('condition', 'consent', { x: 0, y: 0 }), params: { rule: { kind: 'hasConsent' as const } } };
    doc.nodes.push(guard, createNode('exit', 'exit_no_consent', { x: 0, y: 0 }));
    doc.edges = doc.edges.map((e) => (e.id === 'e1' ? { ...e, target: 'consent' } : e));
    doc.edges.push(
      { id: 'g1', source: 'consent', sourceOutput: 'yes', target: 'email' },
      { id: 'g2', source: 'consent', sourceOutput: 'no', target: 'exit_no_consent' },
    );
    expect(codes(validate(doc))).not.toContain('consent_not_guaranteed');
  });

  it('reports split percentages that do not add up to 100', () => {
    const doc = smallJourney();
    const split = createNode('split', 'ab', { x: 0, y: 0 });
    split.params = { mode: 'percent', branches: [{ id: 'A', label: '', percent: 60 }, { id: 'B', label: '', percent: 30 }] };
    doc.nodes.push(split);
    doc.edges = doc.edges.map((e) => (e.id === 'e1' ? { ...e, target: 'ab' } : e));
    doc.edges.push({ id: 's1', source: 'ab', sourceOutput: 'A', target: 'email' }, { id: 's2', source: 'ab', sourceOutput: 'B', target: 'email' });
    const problem = validate(doc).find((p) => p.code === 'split_not_100');
    expect(problem?.message).toContain('90%');
  });

  it('reports waits of zero length', () => {
    const doc = smallJourney();
    const wait = nodeOf(doc, 'wait') as Extract<JourneyNode, { type: 'wait' }>;
    expect(codes(validate(replaceNode(doc, { ...wait, params: { mode: 'duration', amount: 0, unit: 'hours' } })))).toContain('wait_zero');
  });

  it('reports duplicate ids and connections to missing steps', () => {
    const doc = smallJourney();
    doc.nodes.push({ ...createNode('exit', 'exit_no', { x: 0, y: 0 }) });
    doc.edges.push({ id: 'e1', source: 'wait', sourceOutput: 'next', target: 'ghost' });
    const found = codes(validate(doc));
    expect(found).toEqual(expect.arrayContaining(['duplicate_node_id', 'duplicate_edge_id', 'edge_missing_node']));
  });

  it('reports unknown outputs, doubled outputs and connections into the entry', () => {
    const doc = smallJourney();
    doc.edges.push(
      { id: 'x1', source: 'wait', sourceOutput: 'yes', target: 'exit_no' },
      { id: 'x2', source: 'email', sourceOutput: 'next', target: 'exit_no' },
      { id: 'x3', source: 'opened', sourceOutput: 'no', target: 'entry' },
    );
    expect(codes(validate(doc))).toEqual(expect.arrayContaining(['edge_unknown_output', 'output_multiple_edges', 'edge_into_entry']));
  });

  it('reports references to missing email steps and jump targets', () => {
    const doc = smallJourney();
    const opened = nodeOf(doc, 'opened') as Extract<JourneyNode, { type: 'condition' }>;
    const broken = replaceNode(doc, { ...opened, params: { rule: { kind: 'engagement', event: 'opened', emailNodeId: 'wait' } } });
    expect(validate(broken)).toContainEqual(expect.objectContaining({ code: 'reference_missing', nodeId: 'opened' }));
  });

  it('reports routing to unknown teams and hand-offs with nobody in sales', () => {
    const doc = smallJourney();
    doc.routing.rules.push({ id: 'r1', when: [], topTopic: null, assignTo: { kind: 'team', teamId: 'nobody' } });
    doc.nodes.push({ ...createNode('handoff', 'to_sales', { x: 0, y: 0 }) });
    doc.edges = doc.edges.map((e) => (e.id === 'e4' ? { ...e, target: 'to_sales' } : e));
    doc.edges.push({ id: 'h1', source: 'to_sales', sourceOutput: 'next', target: 'exit_yes' });
    expect(codes(validate(doc))).toEqual(expect.arrayContaining(['routing_unknown_assignee', 'handoff_without_sales']));
  });

  it('answers malformed documents with schema problems and their paths', () => {
    const doc = smallJourney() as unknown as { nodes: { params: Record<string, unknown> }[] };
    doc.nodes[2]!.params.amount = 'soon';
    const [problem] = validate(doc);
    expect(problem).toMatchObject({ code: 'schema', path: 'nodes[2].params.amount', nodeId: 'wait' });
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, null, 0, NaN, 'x', [], {}, { nodes: 'many' }, { nodes: [null], edges: [1] }, Object.create(null)];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    weird.push(cyclic);
    for (const input of weird) {
      const problems = validateJourney(input);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.severity === 'error')).toBe(true);
    }
  });
});
