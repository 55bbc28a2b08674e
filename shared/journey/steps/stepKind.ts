// What a step kind brings with it — one object per kind, in one file per kind (the model is
// tldraw's ShapeUtil): its parameter schema, outputs, defaults, checks and summary. The
// kind's editing rules (withWaitMode, addBranch …) are functions beside it in the same file.
// Validation, the engine's compiler, the canvas, the palette and the inspector read kinds
// through the registry; the tables per kind that remain (the renderer's STEP_VIEWS, the
// catalogue) are typed so that a new kind fails the type-check until it is added there.
import type { z } from 'zod';
import type { TemplateInfo } from '../../templates/checks';
import type { NamedStep, ProblemCode, ProblemDetails } from '../problems';

export type StepGroup = 'flow' | 'messages' | 'logic' | 'lead';

/**
 * A text of the UI catalogue: its key and what fills it. A value may be a text itself
 * ("Wait {{duration}}" with duration "3 days") or a list of them (joined with commas), so
 * summaries stay data until the UI words them.
 */
export interface StepText {
  key: string;
  values?: Record<string, TextValue>;
}
export type TextValue = string | number | StepText | readonly (string | StepText)[];

export interface StepNode<T extends string, P> {
  id: string;
  type: T;
  label?: string | undefined;
  position: { x: number; y: number };
  params: P;
}

/** What a kind's checks can see of the journey, and where they report. */
export interface CheckContext {
  error(code: ProblemCode, message: string, details: ProblemDetails): void;
  warn(code: ProblemCode, message: string, details: ProblemDetails): void;
  /** How an English message names this step: “Its label”, or “an unnamed wait step”. */
  readonly name: string;
  /** The same, capitalised for the start of a sentence. */
  readonly Name: string;
  readonly step: NamedStep;
  /** The kind of another step of this journey; undefined when no step has that id. */
  typeOf(id: string): string | undefined;
  readonly journeyId: string;
  /** Templates the journey may use; when given, references are checked against them. */
  readonly templates?: ReadonlyMap<string, TemplateInfo>;
  /** Journeys a "go to journey" may name; when given, those references are checked. */
  readonly journeyIds?: ReadonlySet<string>;
}

/** What a summary can ask about the rest of the journey and the library. */
export interface SummaryContext {
  /** How a summary names another step (its label, an email's subject), or null when there is no such step of that kind. */
  stepName(id: string, kind?: string): StepText | string | null;
  template(id: string): { name: string; subject: string } | undefined;
}

export interface StepKind<T extends string, S extends z.ZodType> {
  readonly type: T;
  readonly params: S;
  readonly group: StepGroup;
  /** How English messages (validation, CLI) call the kind: "wait step". */
  readonly englishName: string;
  /** Named outputs, in the order the canvas draws them. */
  outputs(params: z.output<S>): readonly string[];
  /** Outputs that may stay unconnected: a prospect taking one ends the journey there (a hand-off's rejected, …). */
  optionalOutputs(params: z.output<S>): readonly string[];
  /** How the canvas labels an output; `detail` adds what the branch carries (a split's share). */
  outputLabel(params: z.output<S>, output: string, detail: boolean): StepText | string;
  readonly acceptsInput: boolean;
  /** A prospect's path ends here by design (exit, go to). */
  readonly terminal: boolean;
  /** The step takes time, so a loop through it cannot spin forever. */
  readonly takesTime: boolean;
  /** Parameters of a newly placed step. */
  defaults(): z.output<S>;
  /** Ids of other steps the parameters name. */
  references(params: z.output<S>): readonly string[];
  /** The parameters with every named step id passed through `map` (pasting keeps references inside the copy). */
  withReferences(params: z.output<S>, map: (id: string) => string): z.output<S>;
  /** The kind's own validation checks (graph-wide checks live in validation). */
  check(node: StepNode<T, z.output<S>>, context: CheckContext): void;
  /** One line that says what the step does. */
  summary(params: z.output<S>, context: SummaryContext): StepText | string;
}

/** Kinds without references, checks or special outputs share these. */
export const plainStep = {
  acceptsInput: true,
  terminal: false,
  takesTime: false,
  references: () => [],
  withReferences: <P>(params: P) => params,
  check: () => {},
  optionalOutputs: () => [],
  outputLabel: (_params: unknown, output: string): StepText => ({ key: `outputs.${output}` }),
} as const;

export const NEXT = ['next'] as const;

/**
 * Declares a kind: `defineStepKind('wait', WaitParams)({ … })`. Curried so that the type and
 * schema are fixed before the rest is checked against them (literal defaults stay literal).
 */
export const defineStepKind =
  <const T extends string, S extends z.ZodType>(type: T, params: S) =>
  (rest: Omit<StepKind<T, S>, 'type' | 'params'>): StepKind<T, S> => ({ type, params, ...rest });

export const durationText = (amount: number, unit: string): StepText => ({ key: `summary.duration.${unit}`, values: { count: amount } });
export const stageText = (stage: string): StepText => ({ key: `stages.${stage}` });
