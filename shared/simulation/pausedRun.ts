// Where a prospect stood when it paused at a hand-off (README §9): its whole state, packed, so
// that when the sales queue has answered, its run goes on from that step instead of being
// replayed from the start (which gives the same results, only slower). Kept by prospect
// number until then.

/**
 * Packs numbers into one growing array: every paused run of a runner goes into the same one,
 * one after the other (thousands of small arrays would each hold memory of their own until
 * the garbage collector got round to them).
 */
export class Packer {
  data: Float64Array = new Float64Array(4096);
  at = 0;

  /** Starts over at the front (when no packed run is kept any more). */
  clear(): void {
    this.at = 0;
  }

  put(value: number): void {
    if (this.at === this.data.length) {
      const more = new Float64Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    this.data[this.at++] = value;
  }

  putAll(values: ArrayLike<number>, from: number, to: number): void {
    for (let i = from; i < to; i++) this.put(values[i]!);
  }

}

/** Reads a packed state in the order it was put. */
export class Unpacker {
  data: Float64Array = new Float64Array(0);
  at = 0;

  open(data: Float64Array, at: number): void {
    this.data = data;
    this.at = at;
  }

  get(): number {
    return this.data[this.at++]!;
  }

  getAll(into: { [i: number]: number }, from: number, to: number): void {
    for (let i = from; i < to; i++) into[i] = this.data[this.at++]!;
  }
}

/** A paused run: where its numbers are packed, and what is not a number (the attributes a step changed, the sampled timeline). */
export interface PausedRun {
  /** The hand-off it paused at (its how-manieth). */
  ordinal: number;
  /** Where its numbers start in the runner's Packer. */
  at: number;
  /** Its own attributes, when a step changed them (else the prospect's). */
  attributes: Readonly<Record<string, unknown>> | null;
  timeline: unknown[] | null;
}
