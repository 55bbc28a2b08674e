// <mj-include> restricted to the template library: a path names a partial of the library
// (e.g. "brand-footer" or "./brand-footer.mjml"), never a file. Each include is replaced by
// the partial on the same line, so line numbers in errors stay those of the template.
export interface IncludeProblem {
  line: number;
  message: string;
}

const INCLUDE = /<mj-include\b([^>]*?)\/?>(?:\s*<\/mj-include>)?/gi;
const PATH_ATTRIBUTE = /\bpath\s*=\s*(["'])(.*?)\1/i;

export function partialName(path: string): string | null {
  const name = path.trim().replace(/^\.\//, '').replace(/\.mjml$/i, '');
  return /^[A-Za-z0-9_-]{1,64}$/.test(name) ? name : null;
}

export function expandIncludes(
  source: string,
  partials: ReadonlyMap<string, string>,
): { mjml: string; problems: IncludeProblem[]; used: string[] } {
  const problems: IncludeProblem[] = [];
  const used: string[] = [];
  const lines = source.split('\n');
  const expanded = lines.map((text, i) =>
    text.replace(INCLUDE, (_whole, attributes: string) => {
      const line = i + 1;
      const path = PATH_ATTRIBUTE.exec(attributes)?.[2];
      if (path === undefined) {
        problems.push({ line, message: 'mj-include needs a path naming a partial of the template library.' });
        return '';
      }
      const name = partialName(path);
      if (name === null) {
        problems.push({ line, message: `mj-include may only name a partial of the template library; "${path}" is outside it.` });
        return '';
      }
      const partial = partials.get(name);
      if (partial === undefined) {
        problems.push({ line, message: `There is no partial "${name}" in the template library.` });
        return '';
      }
      used.push(name);
      // Partials do not include further partials: one level keeps the brand layout simple.
      return partial.replace(INCLUDE, '').replace(/\s*\n\s*/g, ' ');
    }),
  );
  return { mjml: expanded.join('\n'), problems, used };
}
