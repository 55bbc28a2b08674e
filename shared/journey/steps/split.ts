// Split: by percentages (an A/B test) or by the value of a field (a switch with a default).
import { z } from 'zod';
import { accepted, type EditResult, refused } from '../editResult';
import { AttributeName, finite, OutputId } from '../primitives';
import { defineStepKind, plainStep } from './stepKind';
import { BUYING_ROLE_ATTRIBUTES, BUYING_ROLES, buyingRoleIndex } from '../../accounts/schema';

export const SWITCH_DEFAULT_OUTPUT = 'default';
export const SPLIT_MODES = ['percent', 'switch'] as const;
export const MIN_BRANCHES = 2;
export const MAX_BRANCHES = 10;
export const MIN_CASES = 1;
export const MAX_CASES = 20;


const Branch = z.object({ id: OutputId, label: z.string().max(60).default(''), percent: finite.min(0).max(100) });
const Case = z.object({ id: OutputId, value: z.string().max(200) });

export const SplitParams = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('percent'),
    branches: z.array(Branch).min(MIN_BRANCHES, 'a split needs at least two branches').max(MAX_BRANCHES),
  }),
  z.object({
    mode: z.literal('switch'),
    attribute: AttributeName,
    cases: z.array(Case).min(MIN_CASES, 'a switch needs at least one case').max(MAX_CASES),
  }),
]);
export type SplitParams = z.infer<typeof SplitParams>;
type PercentSplit = Extract<SplitParams, { mode: 'percent' }>;
type SwitchSplit = Extract<SplitParams, { mode: 'switch' }>;

const outputsOfSplit = (p: SplitParams): readonly string[] =>
  p.mode === 'percent' ? p.branches.map((b) => b.id) : [...p.cases.map((c) => c.id), SWITCH_DEFAULT_OUTPUT];

export const split = defineStepKind('split', SplitParams)({
  ...plainStep,
  group: 'logic',
  englishName: 'split',
  outputs: outputsOfSplit,
  outputLabel(p, output, detail) {
    if (p.mode === 'percent') {
      const branch = p.branches.find((b) => b.id === output);
      if (!branch) return output;
      return detail ? `${branch.label || branch.id} · ${branch.percent}%` : branch.label || branch.id;
    }
    const match = p.cases.find((c) => c.id === output);
    if (!match) return { key: 'outputs.default' };
    // A switch on the buying role names its branches by role, in the user's language.
    const role = p.attribute === BUYING_ROLE_ATTRIBUTES[0] ? buyingRoleIndex(match.value) : -1;
    return role >= 0 ? { key: `buyingRoles.${BUYING_ROLES[role]}` } : match.value || match.id;
  },
  defaults: () => ({ mode: 'percent', branches: [{ id: 'A', label: '', percent: 50 }, { id: 'B', label: '', percent: 50 }] }),
  check(node, c) {
    const ids = outputsOfSplit(node.params);
    if (new Set(ids).size !== ids.length) c.error('split_duplicate_branch', `${c.Name} has two branches with the same name.`, { step: c.step });
    const sum = percentSum(node.params);
    if (sum !== null && !sumsTo100(sum)) c.error('split_not_100', `The branches of ${c.name} add up to ${round(sum)}%, not 100%.`, { step: c.step, sum: round(sum) });
  },
  summary: (p) =>
    p.mode === 'percent'
      ? p.branches.map((b) => `${b.label || b.id} ${b.percent}%`).join(' · ')
      : p.attribute === BUYING_ROLE_ATTRIBUTES[0]
        ? { key: 'summary.switchBuyingRole' }
        : { key: 'summary.switch', values: { attribute: p.attribute } },
});

const round = (n: number) => Math.round(n * 100) / 100;
/** The shares of a percentage split added up; null for a switch. */
export const percentSum = (p: SplitParams): number | null => (p.mode === 'percent' ? p.branches.reduce((s, b) => s + b.percent, 0) : null);
export const sumsTo100 = (sum: number): boolean => Math.abs(sum - 100) <= 1e-9;

/** The split in another mode with that mode's starting values: A/B at 50/50, or a switch on language. */
export function withSplitMode(params: SplitParams, mode: SplitParams['mode']): SplitParams {
  if (mode === params.mode) return params;
  return mode === 'percent' ? split.defaults() : { mode, attribute: 'language', cases: [{ id: 'case1', value: 'de' }] };
}

/** The first candidate (A, B, … J) that no output uses yet, else the first free fallback (b1, case1 …). */
function freeId(used: readonly string[], candidates: readonly string[], fallback: (n: number) => string): string {
  const taken = new Set(used);
  const found = candidates.find((c) => !taken.has(c));
  if (found) return found;
  for (let n = 1; ; n++) if (!taken.has(fallback(n))) return fallback(n);
}
const LETTERS = 'ABCDEFGHIJ'.split('');

export function addBranch(p: PercentSplit): EditResult<PercentSplit> {
  if (p.branches.length >= MAX_BRANCHES) return refused('branches', 'tooMany', `a split has at most ${MAX_BRANCHES} branches`, MAX_BRANCHES);
  const id = freeId(p.branches.map((b) => b.id), LETTERS, (n) => `b${n}`);
  return accepted({ ...p, branches: [...p.branches, { id, label: '', percent: 0 }] });
}

export function removeBranch(p: PercentSplit, id: string): EditResult<PercentSplit> {
  if (p.branches.length <= MIN_BRANCHES) return refused('branches', 'tooFew', `a split needs at least ${MIN_BRANCHES} branches`, MIN_BRANCHES);
  return accepted({ ...p, branches: p.branches.filter((b) => b.id !== id) });
}

export function addCase(p: SwitchSplit): EditResult<SwitchSplit> {
  if (p.cases.length >= MAX_CASES) return refused('cases', 'tooMany', `a switch has at most ${MAX_CASES} cases`, MAX_CASES);
  // "default" is the switch's own output, so a case never takes that id.
  const id = freeId([...p.cases.map((c) => c.id), SWITCH_DEFAULT_OUTPUT], [], (n) => `case${n}`);
  return accepted({ ...p, cases: [...p.cases, { id, value: '' }] });
}

export function removeCase(p: SwitchSplit, id: string): EditResult<SwitchSplit> {
  if (p.cases.length <= MIN_CASES) return refused('cases', 'tooFew', `a switch needs at least ${MIN_CASES} case`, MIN_CASES);
  return accepted({ ...p, cases: p.cases.filter((c) => c.id !== id) });
}
