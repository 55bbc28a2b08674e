import { createNode } from '../../shared/journey/nodeTypes';
import { JourneyDocument, type JourneyEdge, type JourneyNode } from '../../shared/journey/schema';
import type { TemplateInfo } from '../../shared/templates/checks';

export const GOOD_TEMPLATE: TemplateInfo = {
  id: 'tpl_hello',
  name: 'Hello',
  subject: 'Hello',
  mjml: '<mjml><mj-body><mj-section><mj-column><mj-text><a href="{{unsubscribeUrl}}">Unsubscribe</a></mj-text></mj-column></mj-section></mj-body></mjml>',
};
export const TEMPLATES = new Map([[GOOD_TEMPLATE.id, GOOD_TEMPLATE]]);

/** entry → email → wait 2 days → opened? → yes: exit converted / no: exit ended */
export function smallJourney(): JourneyDocument {
  const node = <T extends JourneyNode['type']>(type: T, id: string, params?: Partial<Extract<JourneyNode, { type: T }>['params']>) => {
    const n = createNode(type, id, { x: 0, y: 0 });
    return { ...n, params: { ...n.params, ...params } } as JourneyNode;
  };
  const nodes: JourneyNode[] = [
    node('entry', 'entry'),
    node('sendEmail', 'email', { templateId: GOOD_TEMPLATE.id, subject: 'Hi', topics: ['t1'] }),
    node('wait', 'wait', { mode: 'duration', amount: 2, unit: 'days' }),
    node('condition', 'opened', { rule: { kind: 'engagement', event: 'opened', emailNodeId: 'email' } }),
    node('exit', 'exit_yes', { reason: 'converted' }),
    node('exit', 'exit_no', { reason: 'ended' }),
  ];
  const edges: JourneyEdge[] = [
    { id: 'e1', source: 'entry', sourceOutput: 'next', target: 'email' },
    { id: 'e2', source: 'email', sourceOutput: 'next', target: 'wait' },
    { id: 'e3', source: 'wait', sourceOutput: 'next', target: 'opened' },
    { id: 'e4', source: 'opened', sourceOutput: 'yes', target: 'exit_yes' },
    { id: 'e5', source: 'opened', sourceOutput: 'no', target: 'exit_no' },
  ];
  return JourneyDocument.parse({ schemaVersion: 1, id: 'j_small', name: 'Small', nodes, edges });
}

type Params<T extends JourneyNode['type']> = Partial<Extract<JourneyNode, { type: T }>['params']>;

/** A step of a test journey: its kind, id and the parameters that differ from the defaults. */
export function step<T extends JourneyNode['type']>(type: T, id: string, params?: Params<T>): JourneyNode {
  const n = createNode(type, id, { x: 0, y: 0 });
  return { ...n, params: { ...n.params, ...params } } as JourneyNode;
}

/** A journey from steps and "source.output>target" connections, parsed (defaults filled in). */
export function journeyOf(nodes: JourneyNode[], wiring: string[], extra: Partial<Pick<JourneyDocument, 'settings' | 'scoring' | 'routing' | 'sales' | 'costs'>> = {}): JourneyDocument {
  const edges: JourneyEdge[] = wiring.map((w, i) => {
    const [from, target] = w.split('>') as [string, string];
    const [source, sourceOutput] = from.split('.') as [string, string];
    return { id: `e${i}`, source, sourceOutput, target };
  });
  return JourneyDocument.parse({ schemaVersion: 1, id: 'j_test', name: 'Test', nodes, edges, ...extra });
}
