// Stable ids for what an export creates: the same journey and step give the same id, so
// importing a re-export updates instead of duplicating.
/** A stable version-4-shaped UUID from a text (FNV-1a, four seeds): the same journey and step give the same uuid. */
export function uuidOf(namespace: string, name: string): string {
  const text = `${namespace}\u0000${name}`;
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2d]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
