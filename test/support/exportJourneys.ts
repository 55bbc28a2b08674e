// Journeys for the export tests: one per step kind and variant (entry → the step → an exit on
// each of its outputs), the samples, a generated large one, and hostile ones.
import { createNode, outputsOf } from '../../shared/journey/nodeTypes';
import type { ExchangeTemplate } from '../../shared/exchange/format';
import { JourneyDocument, type JourneyEdge, type JourneyNode } from '../../shared/journey/schema';

export const TEMPLATE: ExchangeTemplate = {
  id: 'tpl_x',
  name: 'Welcome',
  subject: 'Hello {{firstName}}',
  preheader: 'For {{company}}',
  topics: [],
  language: 'en',
  mjml: '<mjml><mj-body></mj-body></mjml>',
  html: '<html><body><p>Hi {{firstName}} {{lastName}},</p><a href="{{unsubscribeUrl}}">Unsubscribe</a></body></html>',
};

type Params<T extends JourneyNode['type']> = Extract<JourneyNode, { type: T }>['params'];
export function step<T extends JourneyNode['type']>(type: T, params: Params<T>, id = 'step'): JourneyNode {
  return { ...createNode(type, id, { x: 300, y: 0 }), params, label: `The ${type}` } as JourneyNode;
}

/** entry → email → the step → one exit per output. */
export function journeyWith(node: JourneyNode, settings: Partial<JourneyDocument['settings']> = {}): JourneyDocument {
  const nodes: JourneyNode[] = [
    createNode('entry', 'entry', { x: 0, y: 0 }),
    { ...createNode('sendEmail', 'mail', { x: 150, y: 0 }), params: { templateId: TEMPLATE.id, subject: '', topics: [] } },
    node,
  ];
  const edges: JourneyEdge[] = [
    { id: 'e_entry', source: 'entry', sourceOutput: 'next', target: 'mail' },
    { id: 'e_mail', source: 'mail', sourceOutput: 'next', target: node.id },
  ];
  for (const output of outputsOf(node)) {
    const exit = createNode('exit', `exit_${output}`, { x: 450, y: nodes.length * 100 });
    nodes.push(exit);
    edges.push({ id: `e_${output}`, source: node.id, sourceOutput: output, target: exit.id });
  }
  return JourneyDocument.parse({ schemaVersion: 1, id: 'j_step', name: `One ${node.type}`, settings, nodes, edges });
}

/** Every step kind, in its variants. */
export const STEP_VARIANTS: [string, JourneyNode][] = [
  ['email', step('sendEmail', { templateId: TEMPLATE.id, subject: 'Own {{firstName}}', topics: ['x'] })],
  ['email without template', step('sendEmail', { templateId: null, subject: '', topics: [] })],
  ['email with a missing template', step('sendEmail', { templateId: 'tpl_gone', subject: '', topics: [] })],
  ['wait hours', step('wait', { mode: 'duration', amount: 6, unit: 'hours' })],
  ['wait days', step('wait', { mode: 'duration', amount: 2, unit: 'days' })],
  ['wait half a day', step('wait', { mode: 'duration', amount: 0.5, unit: 'days' })],
  ['wait business days', step('wait', { mode: 'duration', amount: 5, unit: 'businessDays' })],
  ['wait until', step('wait', { mode: 'until', weekdays: [2, 4], time: '09:30' })],
  ['wait for open', step('waitForEvent', { event: 'open', emailNodeId: 'mail', target: '', timeout: { amount: 3, unit: 'days' } })],
  ['wait for click', step('waitForEvent', { event: 'click', emailNodeId: null, target: 'pricing', timeout: { amount: 2, unit: 'days' } })],
  ['wait for download', step('waitForEvent', { event: 'download', emailNodeId: null, target: '', timeout: { amount: 5, unit: 'days' } })],
  ['wait for form', step('waitForEvent', { event: 'form', emailNodeId: null, target: 'demo-form', timeout: { amount: 1, unit: 'days' } })],
  ['wait for visit', step('waitForEvent', { event: 'visit', emailNodeId: null, target: 'pricing', timeout: { amount: 12, unit: 'hours' } })],
  ['condition engagement', step('condition', { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'mail' } })],
  ['condition score', step('condition', { rule: { kind: 'score', atLeast: 50 } })],
  ['condition topic score', step('condition', { rule: { kind: 'topicScore', topic: 'pricing', atLeast: 20 } })],
  ['condition fit', step('condition', { rule: { kind: 'fitGrade', atLeast: 'B' } })],
  ['condition stage', step('condition', { rule: { kind: 'stage', atLeast: 'mql' } })],
  ['condition attribute', step('condition', { rule: { kind: 'attribute', rule: { attribute: 'industry', operator: 'in', value: ['software', 'retail'] } } })],
  ['condition consent', step('condition', { rule: { kind: 'hasConsent' } })],
  ['condition account score', step('condition', { rule: { kind: 'accountScore', atLeast: 150 } })],
  ['condition role engaged', step('condition', { rule: { kind: 'roleEngaged', role: 'decisionMaker' } })],
  ['condition roles engaged', step('condition', { rule: { kind: 'rolesEngaged', atLeast: 2 } })],
  ['condition account fit', step('condition', { rule: { kind: 'accountFit', atLeast: 'B' } })],
  ['split A/B', step('split', { mode: 'percent', branches: [{ id: 'A', label: 'a', percent: 50 }, { id: 'B', label: 'b', percent: 50 }] })],
  ['split three ways', step('split', { mode: 'percent', branches: [{ id: 'A', label: '', percent: 33 }, { id: 'B', label: '', percent: 33 }, { id: 'C', label: '', percent: 34 }] })],
  ['switch', step('split', { mode: 'switch', attribute: 'language', cases: [{ id: 'de', value: 'de' }, { id: 'fr', value: 'fr' }] })],
  ['adjust score', step('adjustScore', { points: 10, topic: null })],
  ['adjust topic score', step('adjustScore', { points: -5, topic: 'pricing' })],
  ['set stage', step('setStage', { stage: 'mql' })],
  ['hand-off', step('handoff', { note: 'Hot lead', stage: 'sal', branchOnAnswer: false })],
  ['hand-off branching on the answer', step('handoff', { note: 'Hot lead', stage: 'sal', branchOnAnswer: true })],
  ['set attribute', step('updateAttribute', { action: 'set', attribute: 'newsletter', value: 'monthly' })],
  ['add tag', step('updateAttribute', { action: 'addTag', tag: 'vip' })],
  ['remove tag', step('updateAttribute', { action: 'removeTag', tag: 'cold' })],
  ['jump to a step', step('jump', { target: { kind: 'node', nodeId: 'mail' } })],
  ['jump to a journey', step('jump', { target: { kind: 'journey', journeyId: 'j_other', journeyName: 'Other' } })],
  ['webhook', step('webhook', { url: 'https://crm.example.com/hook', method: 'POST', note: 'n' })],
  ['webhook PUT', step('webhook', { url: 'https://crm.example.com/hook', method: 'PUT', note: '' })],
  ['exit converted', step('exit', { reason: 'converted' })],
  ['exit ended', step('exit', { reason: 'ended' })],
];

/**
 * A hand-off that branches on sales' answer: entry → "First email" → wait → "Hand off" →
 * accepted: "Meeting request" → exit; rejected: "Nurture again" → "Recycled end" (reached only
 * after a rejection); no answer: back to the wait (on the exported path); not feasible: "Not
 * served". Sales is switched on unless `salesEnabled` is false.
 */
export function branchingHandoffJourney(salesEnabled = true): JourneyDocument {
  const email = (id: string, label: string): JourneyNode => ({ ...createNode('sendEmail', id, { x: 0, y: 0 }), label, params: { templateId: TEMPLATE.id, subject: '', topics: [] } });
  const exit = (id: string, label: string): JourneyNode => ({ ...createNode('exit', id, { x: 0, y: 0 }), label });
  const nodes: JourneyNode[] = [
    createNode('entry', 'entry', { x: 0, y: 0 }),
    email('first', 'First email'),
    { ...createNode('wait', 'wait', { x: 0, y: 0 }), label: 'Two days', params: { mode: 'duration', amount: 2, unit: 'days' } },
    { ...createNode('handoff', 'handoff', { x: 0, y: 0 }), label: 'Hand off', params: { note: 'Ready', stage: 'sal', branchOnAnswer: true } },
    email('meeting', 'Meeting request'),
    exit('exit_meeting', 'With sales'),
    email('nurture', 'Nurture again'),
    exit('exit_recycled', 'Recycled end'),
    exit('exit_not_served', 'Not served'),
  ];
  const link = (source: string, sourceOutput: string, target: string): JourneyEdge => ({ id: `e_${source}_${sourceOutput}`, source, sourceOutput, target });
  const edges = [
    link('entry', 'next', 'first'),
    link('first', 'next', 'wait'),
    link('wait', 'next', 'handoff'),
    link('handoff', 'accepted', 'meeting'),
    link('handoff', 'rejected', 'nurture'),
    link('handoff', 'noAnswer', 'wait'),
    link('handoff', 'notFeasible', 'exit_not_served'),
    link('meeting', 'next', 'exit_meeting'),
    link('nurture', 'next', 'exit_recycled'),
  ];
  return JourneyDocument.parse({ schemaVersion: 1, id: 'j_branching', name: 'Branching hand-off', sales: { enabled: salesEnabled, acceptance: { responseHours: 36 } }, costs: { currency: 'USD' }, nodes, edges });
}

/**
 * Account mode on (top 3 contacts score the account, engaged from 30, the whole account handed
 * over): an email, a check of the account score (150), a hand-off on "yes", an end on "no".
 */
export function accountJourney(accounts: Partial<JourneyDocument['accounts']> = {}, rule: Extract<JourneyNode, { type: 'condition' }>['params']['rule'] = { kind: 'accountScore', atLeast: 150 }): JourneyDocument {
  const nodes: JourneyNode[] = [
    createNode('entry', 'entry', { x: 0, y: 0 }),
    { ...createNode('sendEmail', 'mail', { x: 0, y: 0 }), params: { templateId: TEMPLATE.id, subject: '', topics: [] } },
    { ...createNode('condition', 'check', { x: 0, y: 0 }), label: 'Account warm?', params: { rule } },
    { ...createNode('handoff', 'handoff', { x: 0, y: 0 }), label: 'To sales', params: { note: 'Buying centre engaged', stage: 'sal', branchOnAnswer: false } },
    createNode('exit', 'exit_sales', { x: 0, y: 0 }),
    createNode('exit', 'exit_cold', { x: 0, y: 0 }),
  ];
  const link = (source: string, sourceOutput: string, target: string): JourneyEdge => ({ id: `e_${source}_${sourceOutput}`, source, sourceOutput, target });
  const edges = [link('entry', 'next', 'mail'), link('mail', 'next', 'check'), link('check', 'yes', 'handoff'), link('check', 'no', 'exit_cold'), link('handoff', 'next', 'exit_sales')];
  return JourneyDocument.parse({
    schemaVersion: 1,
    id: 'j_accounts',
    name: 'Buying centre',
    accounts: { enabled: true, score: { rule: 'topN', topN: 3 }, engagedAtLeast: 30, handoff: 'account', ...accounts },
    nodes,
    edges,
  });
}

/** The journey with labels and a name full of quotes, HTML, other platforms' template syntax and placeholders. */
export function hostileLabels(journey: JourneyDocument): JourneyDocument {
  const labels = ['Say "hi" \\ <b>bold</b> & \'quoted\'', '{{ person.phone_number }} {% unsubscribe %}', '{contactfield=password} </script><script>alert(1)</script>', '\u2028line\u2029sep 😀', '<<list:entry>>'];
  return { ...journey, name: `${journey.name} "quoted" <b>x</b>`, nodes: journey.nodes.map((n, i) => ({ ...n, label: labels[i % labels.length]! })) };
}

/** A path of `depth` conditions, each "no" ending, the "yes" going deeper. */
export function deepJourney(depth: number): JourneyDocument {
  const nodes: JourneyNode[] = [createNode('entry', 'entry', { x: 0, y: 0 })];
  const edges: JourneyEdge[] = [];
  let previous = 'entry';
  let output = 'next';
  for (let i = 0; i < depth; i++) {
    const id = `c${i}`;
    nodes.push({ ...createNode('condition', id, { x: i * 10, y: 0 }), params: { rule: { kind: 'score', atLeast: i } } });
    edges.push({ id: `e${i}`, source: previous, sourceOutput: output, target: id });
    nodes.push(createNode('exit', `x${i}`, { x: i * 10, y: 50 }));
    edges.push({ id: `n${i}`, source: id, sourceOutput: 'no', target: `x${i}` });
    previous = id;
    output = 'yes';
  }
  nodes.push(createNode('exit', 'end', { x: 0, y: 0 }));
  edges.push({ id: 'end', source: previous, sourceOutput: output, target: 'end' });
  return JourneyDocument.parse({ schemaVersion: 1, id: 'j_deep', name: 'Deep', nodes, edges });
}
