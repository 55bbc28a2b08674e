// A quick well-formedness check of MJML source: mjml's own parser silently closes tags,
// which hides a missing </mj-text>. Reports the first mismatch with its line.
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'col', 'area', 'base', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;

export function checkWellFormed(source: string): { line: number; message: string } | null {
  const stack: { name: string; line: number }[] = [];
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  for (const match of source.matchAll(TAG)) {
    if (match[2] === undefined) continue; // comment or CDATA
    const closing = match[1] === '/';
    const name = match[2].toLowerCase();
    const selfClosing = match[4] === '/' || VOID_ELEMENTS.has(name);
    const line = lineAt(match.index);
    if (closing) {
      const open = stack.pop();
      if (!open) return { line, message: `</${name}> closes a tag that was never opened.` };
      if (open.name !== name) return { line, message: `</${name}> found where </${open.name}> (opened on line ${open.line}) was expected.` };
    } else if (!selfClosing) stack.push({ name, line });
  }
  const open = stack.pop();
  return open ? { line: open.line, message: `<${open.name}> is never closed.` } : null;
}
