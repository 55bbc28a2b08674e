// A problem found in an imported file, said where a campaign manager would look for it —
// "Step 4 “Reminder” (send-email step), topics" rather than $.journey.nodes[3].params.topics —
// and what is wrong as a code the app words in its language (the English message is for
// the CLI). The JSON path stays for those who open the file in an editor.
import type { z } from 'zod';
import type { FieldProblemCode } from '../journey/editResult';
import { fieldProblemFromIssue } from '../journey/editResult';
import { isNodeType, stepKind } from '../journey/steps/registry';

export interface ImportProblem {
  /** JSON path, e.g. $.journey.nodes[3].params.amount; "$" for the whole file. */
  path: string;
  message: string;
  /** What is wrong, for the app to word; absent for problems of the file as a whole. */
  code?: FieldProblemCode | 'unknownKind';
  limit?: number;
  reason?: string;
  /** The step it is in: its place in the file (from 1), and its label and kind as the file gives them. */
  step?: { number: number; label?: string; type?: string };
  /** The connection it is in: its place in the file (from 1). */
  connection?: number;
  /** The field, as dotted names inside the step or the journey: "topics", "sendWindow.startHour". */
  field?: string;
  /** The value found, where it says what is wrong (an unknown kind of step). */
  found?: string;
}

/** "startHour" → "start hour"; a field path in words. */
export const fieldWords = (field: string): string =>
  field
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');

/** A zod issue of an exchange file, placed and named. `raw` is the file as parsed, to read the step's label and kind. */
export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], raw: unknown, jsonPath: (path: readonly PropertyKey[]) => string): ImportProblem {
  const full = [...prefix, ...issue.path];
  const path = jsonPath(full);
  const problem = fieldProblemFromIssue(issue);
  const listItem = (list: string) => full.length > 2 && full[0] === 'journey' && full[1] === list && typeof full[2] === 'number';
  const inStep = listItem('nodes');
  const inConnection = listItem('edges');
  const rest = (inStep || inConnection ? full.slice(3) : full[0] === 'journey' ? full.slice(1) : full).filter((k) => k !== 'params').map(String);
  const field = rest.join('.');
  const out: ImportProblem = { path, message: issue.message, code: problem.code, ...(problem.limit !== undefined ? { limit: problem.limit } : {}), ...(problem.reason ? { reason: problem.reason } : {}) };
  if (field) out.field = field;
  if (inConnection) out.connection = (full[2] as number) + 1;
  if (inStep) {
    const node = readAt(raw, full.slice(0, 3)) as { label?: unknown; type?: unknown } | undefined;
    out.step = { number: (full[2] as number) + 1, ...(typeof node?.label === 'string' && node.label ? { label: node.label } : {}), ...(typeof node?.type === 'string' ? { type: node.type } : {}) };
    if (issue.code === 'invalid_union' && field === 'type') {
      out.code = 'unknownKind';
      out.found = typeof node?.type === 'string' ? node.type : JSON.stringify(node?.type ?? null);
      delete out.step.type;
    }
  }
  out.message = `${whereInEnglish(out)}: ${out.code === 'unknownKind' ? `“${out.found}” is not a kind of step this app knows` : issue.message}`;
  return out;
}

function whereInEnglish(p: ImportProblem): string {
  const parts: string[] = [];
  if (p.step) {
    const kind = p.step.type && isNodeType(p.step.type) ? ` (${stepKind(p.step.type).englishName})` : '';
    parts.push(`Step ${p.step.number}${p.step.label ? ` “${p.step.label}”` : ''}${kind}`);
  }
  if (p.connection) parts.push(`Connection ${p.connection}`);
  if (p.field) parts.push(fieldWords(p.field));
  const text = parts.join(', ') || p.path;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
