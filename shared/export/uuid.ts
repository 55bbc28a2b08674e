// Stable ids for what an export creates: the same journey and step give the same id, so
// importing a re-export updates instead of duplicating.
/** A stable version-4-shaped UUID from a text (FNV-1a, four seeds): the same journey and step give the same uuid. */
export function uuidOf(namespace: string, name: string): string {
  const text = `${namespace}\u0000${name}`;
  // The four FNV-1a hashes in one pass over the text (an export makes one per step).
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let c = 0x5bd1e995;
  let d = 0x27d4eb2d;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193) >>> 0;
    b = Math.imul(b ^ ch, 0x01000193) >>> 0;
    c = Math.imul(c ^ ch, 0x01000193) >>> 0;
    d = Math.imul(d ^ ch, 0x01000193) >>> 0;
  }
  const hex = [a, b, c, d].map((h) => h.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
