// Growing typed arrays: the simulator keeps its per-prospect state in them, so numbers are never
// boxed, and grows them (rarely) when a prospect needs more room.

/** A copy of the array, twice as long. */
export function grown<T extends Float64Array | Uint8Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
