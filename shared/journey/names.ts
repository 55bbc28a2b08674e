// Names the app gives: a copy of something, a numbered name that is free, within the 200
// characters a journey's or template's name may have.
export const NAME_MAX = 200;

/** "Name (copy)" — `word` in the user's language when the app makes it — shortened to fit. */
export function copyName(name: string, word = 'copy'): string {
  const suffix = ` (${word})`;
  return `${name.slice(0, NAME_MAX - suffix.length)}${suffix}`;
}

/** The first of `name`, "name 2", "name 3" … (or "name (2)" … with `parenthesised`) that `taken` does not hold. */
export function freeName(name: string, taken: ReadonlySet<string>, { parenthesised = false, first = true } = {}): string {
  if (first && !taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = parenthesised ? ` (${n})` : ` ${n}`;
    const candidate = `${name.slice(0, NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
