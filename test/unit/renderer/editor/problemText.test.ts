import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNode } from '../../../../shared/journey/nodeTypes';
import type { JourneyDocument, JourneyNode } from '../../../../shared/journey/schema';
import { type Problem, type ProblemCode, validateJourney } from '../../../../shared/journey/validate';
import { problemText } from '../../../../renderer/src/editor/problemText';
import { de } from '../../../../renderer/src/i18n/de';
import { en } from '../../../../renderer/src/i18n/en';
import { GOOD_TEMPLATE, journeyOf, smallJourney, step, TEMPLATES } from '../../../support/journeys';

/** Journeys broken in every way validation knows, with the context they are checked in. */
function everyProblem(): { doc: JourneyDocument; problems: Problem[] }[] {
  const cases: { doc: JourneyDocument; templates?: Map<string, typeof GOOD_TEMPLATE> }[] = [];
  const labelled = (doc: JourneyDocument, id: string, label: string) => {
    doc.nodes = doc.nodes.map((n) => (n.id === id ? { ...n, label } : n));
  };

  // Doubled ids, a connection to nowhere, an unknown output, a doubled output, into the entry.
  const wiring = smallJourney();
  labelled(wiring, 'wait', 'Pause <b>& "think"</b>');
  wiring.nodes.push(createNode('exit', 'exit_no', { x: 0, y: 0 }));
  wiring.edges.push(
    { id: 'e1', source: 'wait', sourceOutput: 'next', target: 'ghost' },
    { id: 'x1', source: 'wait', sourceOutput: 'yes', target: 'exit_no' },
    { id: 'x2', source: 'email', sourceOutput: 'next', target: 'exit_no' },
    { id: 'x3', source: 'opened', sourceOutput: 'no', target: 'entry' },
  );
  cases.push({ doc: wiring });

  // No entry; a branch and a step leading nowhere; unreachable steps; a loop without wait.
  const loose = smallJourney();
  loose.nodes = loose.nodes.filter((n) => n.type !== 'entry');
  loose.edges = loose.edges.filter((e) => e.source !== 'entry' && e.id !== 'e5' && e.id !== 'e3');
  cases.push({ doc: loose });
  const spinning = smallJourney();
  spinning.edges = spinning.edges.map((e) => (e.id === 'e5' ? { ...e, target: 'email' } : e.id === 'e2' ? { ...e, target: 'opened' } : e));
  spinning.nodes = spinning.nodes.filter((n) => n.id !== 'exit_no');
  cases.push({ doc: spinning });

  // Goal, consent, routing.
  const settings = smallJourney();
  settings.settings.goal = { stage: 'sql', exitReason: 'converted' };
  settings.settings.consent.required = false;
  settings.routing.rules.push({ id: 'r1', when: [], topTopic: null, assignTo: { kind: 'team', teamId: 'nobody' } });
  settings.nodes.push(createNode('handoff', 'to_sales', { x: 0, y: 0 }));
  settings.edges = settings.edges.map((e) => (e.id === 'e4' ? { ...e, target: 'to_sales' } : e));
  settings.edges.push({ id: 'h1', source: 'to_sales', sourceOutput: 'next', target: 'exit_yes' });
  cases.push({ doc: settings });

  // Templates: none chosen, missing, without unsubscribe link, with errors.
  const replaceEmail = (templateId: string | null) => {
    const doc = smallJourney();
    labelled(doc, 'email', 'Welcome');
    doc.nodes = doc.nodes.map((n) => (n.type === 'sendEmail' ? { ...n, params: { ...n.params, templateId } } : n));
    return doc;
  };
  cases.push({ doc: replaceEmail(null) }, { doc: replaceEmail('tpl_gone') });
  cases.push({ doc: replaceEmail(GOOD_TEMPLATE.id), templates: new Map([[GOOD_TEMPLATE.id, { ...GOOD_TEMPLATE, mjml: '<mjml><mj-body></mj-body></mjml>' }]]) });
  const broken = { ...GOOD_TEMPLATE, problems: [{ severity: 'error' as const, code: 'empty_subject' as const, message: 'The subject is empty.', line: null }] };
  cases.push({ doc: replaceEmail(GOOD_TEMPLATE.id), templates: new Map([[GOOD_TEMPLATE.id, broken]]) });

  // Parameters: zero waits, a split off 100 % with a doubled branch, dangling references.
  const params = smallJourney();
  const split = createNode('split', 'ab', { x: 0, y: 0 });
  split.params = { mode: 'percent', branches: [{ id: 'A', label: '', percent: 60.5 }, { id: 'A', label: '', percent: 30 }] };
  const react = createNode('waitForEvent', 'react', { x: 0, y: 0 }) as Extract<JourneyNode, { type: 'waitForEvent' }>;
  react.params = { ...react.params, event: 'open', emailNodeId: 'gone', timeout: { amount: 0, unit: 'days' } };
  const jumpStep = { ...createNode('jump', 'to_step', { x: 0, y: 0 }), params: { target: { kind: 'node' as const, nodeId: 'nowhere' } } };
  const jumpOther = { ...createNode('jump', 'to_other', { x: 0, y: 0 }), params: { target: { kind: 'journey' as const, journeyId: 'j_gone', journeyName: 'Gone' } } };
  const jumpSelf = { ...createNode('jump', 'to_self', { x: 0, y: 0 }), params: { target: { kind: 'journey' as const, journeyId: params.id, journeyName: 'Small' } } };
  params.nodes = params.nodes.map((n) => (n.type === 'wait' ? { ...n, params: { mode: 'duration', amount: 0, unit: 'hours' } } : n));
  params.nodes.push(split, react, jumpStep, jumpOther, jumpSelf);
  cases.push({ doc: params });

  // Valid but unable to do its job: stage rules out of reach, a check too early, dead branches, no routing.
  const team = { id: 'team_a', name: 'Inside sales', reps: [{ id: 'rep_a', name: 'Ada', weeklyCapacity: 10 }] };
  cases.push({
    doc: journeyOf(
      [
        step('entry', 'in'),
        step('waitForEvent', 'early', { event: 'open', emailNodeId: null }),
        step('split', 'ab', { mode: 'percent', branches: [{ id: 'A', label: 'Control', percent: 100 }, { id: 'B', label: '', percent: 0 }] }),
        step('condition', 'consent', { rule: { kind: 'hasConsent' } }),
        { ...step('condition', 'fitB', { rule: { kind: 'fitGrade', atLeast: 'B' } }), label: 'Good fit?' },
        step('condition', 'fitD', { rule: { kind: 'fitGrade', atLeast: 'D' } }),
        step('condition', 'clicked', { rule: { kind: 'engagement', event: 'clicked', emailNodeId: 'later' } }),
        step('sendEmail', 'later', { templateId: GOOD_TEMPLATE.id }),
        step('condition', 'hot', { rule: { kind: 'score', atLeast: 30 } }),
        step('handoff', 'sales'),
        step('exit', 'out'),
      ],
      ['in.next>early', 'early.event>ab', 'early.timeout>ab', 'ab.A>consent', 'ab.B>out', 'consent.yes>fitB', 'consent.no>out', 'fitB.yes>fitD', 'fitB.no>fitD', 'fitD.yes>clicked', 'fitD.no>out', 'clicked.yes>later', 'clicked.no>later', 'later.next>hot', 'hot.yes>sales', 'hot.no>out', 'sales.next>out'],
      { scoring: { stageRules: [{ toStage: 'sql', minEngagement: 50, minFit: 'A' }] } as never, settings: { goal: { stage: 'sql', exitReason: 'converted' } } as never, routing: { teams: [team] } as never },
    ),
  });
  cases.push({
    doc: journeyOf([step('entry', 'in'), step('wait', 'w'), step('exit', 'out')], ['in.next>w', 'w.next>out'], {
      scoring: { stageRules: [{ toStage: 'mql', minEngagement: 30, minFit: 'D' }] } as never,
    }),
  });
  // Sales simulated: a hand-off with one path, and one whose not-feasible branch has no check behind it.
  cases.push({
    doc: journeyOf(
      [step('entry', 'in'), step('handoff', 'one', { branchOnAnswer: false }), step('handoff', 'answers'), step('exit', 'out')],
      ['in.next>one', 'one.next>answers', 'answers.accepted>out', 'answers.notFeasible>out'],
      { sales: { enabled: true } as never },
    ),
  });

  // A condition on the contact's account while account mode is off.
  cases.push({
    doc: journeyOf(
      [step('entry', 'in'), step('wait', 'w'), { ...step('condition', 'roles', { rule: { kind: 'rolesEngaged', atLeast: 2 } }), label: 'Buying centre?' }, step('exit', 'out')],
      ['in.next>w', 'w.next>roles', 'roles.yes>out', 'roles.no>out'],
    ),
  });

  return cases.map(({ doc, templates }) => ({ doc, problems: validateJourney(doc, { templates: templates ?? TEMPLATES, journeyIds: new Set([params.id]) }) }));
}

const textOf = (problem: Problem, doc: JourneyDocument) => problemText(problem, i18next.t, (id) => doc.nodes.find((n) => n.id === id));

describe('validation problems in the UI language', () => {
  const cases = everyProblem();
  const all = cases.flatMap(({ doc, problems }) => problems.map((problem) => ({ doc, problem })));

  beforeAll(async () => {
    await i18next.init({ resources: { en: { translation: en }, de: { translation: de } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  });

  it('covers every problem code that names something', () => {
    const expected: ProblemCode[] = Object.keys(en.validation).filter((k) => !['namedStep', 'unnamedStep', 'stepKinds'].includes(k)) as ProblemCode[];
    expect(new Set(all.map(({ problem }) => problem.code))).toEqual(new Set(expected));
    expect(all.every(({ problem }) => problem.details !== undefined)).toBe(true);
  });

  it('says in English exactly what validation says, outputs named as the canvas labels them', async () => {
    await i18next.changeLanguage('en');
    for (const { doc, problem } of all) {
      const output = problem.details?.output;
      const canvasLabels: Record<string, string> = { event: 'reacted', timeout: 'timed out', noAnswer: 'no answer', notFeasible: 'not feasible' };
      const canvasLabel = output === undefined ? output : (canvasLabels[output] ?? output);
      const expected = output === undefined ? problem.message : problem.message.replace(`"${output}"`, `"${canvasLabel}"`);
      expect(textOf(problem, doc), problem.code).toBe(expected);
    }
  });

  it('says it in German, naming the same steps, with German numbers', async () => {
    await i18next.changeLanguage('de');
    for (const { doc, problem } of all) {
      const text = textOf(problem, doc);
      expect(text, problem.code).not.toBe(problem.message);
      expect(text).not.toMatch(/{{|}}|validation\./);
      const step = problem.details?.step;
      if (step?.label) expect(text).toContain(`Schritt „${step.label}“`);
      else if (step) expect(text).toContain('ohne Namen');
    }
    const split = all.find(({ problem }) => problem.code === 'split_not_100')!;
    expect(textOf(split.problem, split.doc)).toBe('Die Zweige von Schritt „Aufteilen“ ohne Namen ergeben zusammen 90,5 %, nicht 100 %.');
    const unconnected = all.find(({ problem }) => problem.code === 'output_unconnected' && problem.details?.output === 'no')!;
    expect(textOf(unconnected.problem, unconnected.doc)).toBe(
      'Der Zweig „nein“ von Schritt „Bedingung“ ohne Namen führt nirgendwohin: verbinden oder mit einem Ausstieg beenden.',
    );
  });

  it('keeps schema problems in the words of the schema', async () => {
    await i18next.changeLanguage('de');
    const doc = smallJourney() as unknown as { nodes: { params: Record<string, unknown> }[] };
    doc.nodes[2]!.params.amount = 'soon';
    const [problem] = validateJourney(doc);
    expect(problem!.details).toBeUndefined();
    expect(problemText(problem!, i18next.t, () => undefined)).toBe(problem!.message);
  });
});
