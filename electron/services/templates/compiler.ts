// MJML compilation on the Node side: includes resolved from the library only, mjml's own
// errors and warnings with their lines, our checks, and the compile time.
import mjml2html from 'mjml';
import { checkTemplate, type TemplateProblem } from '../../../shared/templates/checks';
import { expandIncludes } from '../../../shared/templates/includes';
import { checkWellFormed } from '../../../shared/templates/wellFormed';

export interface CompileResult {
  html: string | null;
  problems: TemplateProblem[];
  /** The source with includes expanded (what the exchange format embeds). */
  expanded: string;
  milliseconds: number;
}

export async function compileTemplate(
  input: { subject: string; mjml: string },
  partials: ReadonlyMap<string, string>,
  validationLevel: 'soft' | 'strict' = 'soft',
): Promise<CompileResult> {
  const started = performance.now();
  const problems: TemplateProblem[] = [];
  const shape = checkWellFormed(input.mjml);
  if (shape) problems.push({ severity: 'error', code: 'not_well_formed', message: shape.message, line: shape.line });
  const { mjml: expanded, problems: includeProblems } = expandIncludes(input.mjml, partials);
  for (const p of includeProblems) problems.push({ severity: 'error', code: 'include', message: p.message, line: p.line });
  let html: string | null = null;
  try {
    // fonts: {} keeps Google Fonts links out; includes are already resolved by us.
    const result = await mjml2html(expanded, { validationLevel, fonts: {}, ignoreIncludes: true, keepComments: false });
    html = result.html;
    for (const e of result.errors) problems.push({ severity: 'error', code: 'mjml', message: e.message, line: e.line ?? null });
  } catch (error) {
    const e = error as { message?: string; errors?: { line?: number; message: string }[] };
    if (Array.isArray(e.errors) && e.errors.length > 0) {
      for (const item of e.errors) problems.push({ severity: 'error', code: 'mjml', message: item.message, line: item.line ?? null });
    } else {
      const reason = e.message ?? String(error);
      problems.push({ severity: 'error', code: 'mjml', message: `The MJML could not be compiled: ${reason}`, line: null, details: { reason } });
    }
  }
  problems.push(...checkTemplate({ subject: input.subject, mjml: expanded, html }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { html, problems, expanded, milliseconds: performance.now() - started };
}
