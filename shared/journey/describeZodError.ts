// Turns a zod error into "at nodes[3].params.amount: must not be negative; …", so a
// refusal says what is wrong and where.
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function describeZodError(error: z.ZodError, limit = 5): string {
  const issues = error.issues.slice(0, limit).map((issue) => `at ${formatPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > limit ? `; and ${error.issues.length - limit} more` : '';
  return issues.join('; ') + more;
}
