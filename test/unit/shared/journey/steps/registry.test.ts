// What the step registry demands of every kind, shown on today's kinds and on a throw-away
// kind added to a copy of the registry: at run time its defaults must satisfy its schema and
// its checks and summary must run; at type-check time every switch and table over kinds
// must handle it (the @ts-expect-error lines fail the type-check if they ever stop erring).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STEP_VIEWS } from '../../../../../renderer/src/editor/steps/stepViews';
import { de } from '../../../../../renderer/src/i18n/de';
import { en } from '../../../../../renderer/src/i18n/en';
import { type NodeType, STEP_KINDS, stepKind, unhandledKind } from '../../../../../shared/journey/steps/registry';
import { type CheckContext, defineStepKind, plainStep, type StepKind } from '../../../../../shared/journey/steps/stepKind';
import { JourneyNode } from '../../../../../shared/journey/schema';
import { createNode } from '../../../../../shared/journey/nodeTypes';

const probe = defineStepKind('probe', z.object({ level: z.number().min(0) }))({
  ...plainStep,
  group: 'logic',
  englishName: 'probe step',
  outputs: () => ['high', 'low'],
  defaults: () => ({ level: 1 }),
  check(node, c) {
    if (node.params.level > 10) c.warn('internal', `${c.Name} is set very high.`, { step: c.step });
  },
  summary: (p) => ({ key: 'summary.probe', values: { level: p.level } }),
});
/** The registry with the throw-away kind added, as a new module would add it. */
const EXTENDED = [...STEP_KINDS, probe] as const;
type ExtendedType = (typeof EXTENDED)[number]['type'];

/** What the registry asks of a kind, at run time. */
function fulfilsTheContract(kind: StepKind<string, z.ZodType>) {
  const params = kind.defaults();
  expect(kind.params.safeParse(params).success, `${kind.type}: defaults satisfy the schema`).toBe(true);
  const outputs = kind.outputs(params);
  expect(new Set(outputs).size).toBe(outputs.length);
  for (const output of outputs) expect(kind.outputLabel(params, output, true)).toBeTruthy();
  expect(kind.englishName).toMatch(/\S/);
  const problems: string[] = [];
  const context: CheckContext = {
    error: (code) => problems.push(code),
    warn: (code) => problems.push(code),
    name: 'an unnamed step',
    Name: 'An unnamed step',
    step: { type: kind.type, label: '' },
    typeOf: () => undefined,
    journeyId: 'j',
  };
  kind.check({ id: 'n', type: kind.type, position: { x: 0, y: 0 }, params }, context);
  expect(kind.summary(params, { stepName: () => null, template: () => undefined })).toBeTruthy();
  expect(kind.withReferences(params, (id) => id)).toEqual(params);
}

describe('the step registry', () => {
  it('holds each kind once, and each kind fulfils the contract', () => {
    expect(new Set(STEP_KINDS.map((k) => k.type)).size).toBe(STEP_KINDS.length);
    for (const kind of STEP_KINDS) fulfilsTheContract(kind);
  });

  it('makes new steps of every kind that the node schema accepts, and names each in both languages', () => {
    for (const { type } of STEP_KINDS) {
      expect(JourneyNode.safeParse(createNode(type, 'n_1', { x: 0, y: 0 })).success).toBe(true);
      for (const catalogue of [en, de]) {
        expect(catalogue.nodeTypes[type].name, `${type} named`).toMatch(/\S/);
        expect(catalogue.validation.stepKinds[type], `${type} in validation`).toMatch(/\S/);
      }
      expect(STEP_VIEWS[type].Fields).toBeTypeOf('function');
    }
  });

  it('takes a throw-away kind: its contract holds, and the type-check demands it everywhere', () => {
    expect(EXTENDED.map((k) => k.type)).toContain('probe');
    fulfilsTheContract(probe);
    const probeNodeSchema = z.object({ id: z.string(), position: z.object({ x: z.number(), y: z.number() }), type: z.literal(probe.type), params: probe.params });
    expect(probeNodeSchema.safeParse({ id: 'p', position: { x: 0, y: 0 }, type: 'probe', params: probe.defaults() }).success).toBe(true);

    // The app's tables per kind (views, catalogue) must name it.
    // @ts-expect-error STEP_VIEWS has no 'probe': the renderer must add its fields and look.
    const views: { [T in ExtendedType]: unknown } = STEP_VIEWS;
    // @ts-expect-error the catalogue has no 'probe': en.ts and de.ts must name it.
    const names: { [T in ExtendedType]: { name: string } } = en.nodeTypes;
    expect(views).toBeDefined();
    expect(names).toBeDefined();

    // A switch over kinds (the engine's) that ends in unhandledKind stops type-checking.
    const isKnown = (type: ExtendedType): type is NodeType => type !== 'probe';
    const handle = (type: ExtendedType): string => {
      if (isKnown(type)) return stepKind(type).englishName;
      // @ts-expect-error 'probe' reaches the exhaustiveness check: a case must be added.
      return unhandledKind(type);
    };
    expect(handle('wait')).toBe('wait step');
    expect(() => handle('probe')).toThrow(/Unhandled step kind: "probe"/);
  });
});
