// Where a prospect stood when it paused at a hand-off (README §9): its whole state, packed, so
// that when the sales queue has answered, its run goes on from that step instead of being
// replayed from the start (which gives the same results, only slower). Kept by prospect
// number until then.

/** Packs numbers into one growing array, and reads them back in the same order. */
export class Packer {
  data: Float64Array = new Float64Array(256);
  at = 0;

  start(): void {
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

  /** What was put since start(), as an array of its own. */
  take(): Float64Array {
    return this.data.slice(0, this.at);
  }
}

/** Reads a packed state in the order it was put. */
export class Unpacker {
  data: Float64Array = new Float64Array(0);
  at = 0;

  open(data: Float64Array): void {
    this.data = data;
    this.at = 0;
  }

  get(): number {
    return this.data[this.at++]!;
  }

  getAll(into: { [i: number]: number }, from: number, to: number): void {
    for (let i = from; i < to; i++) into[i] = this.data[this.at++]!;
  }
}

/** A paused run: its packed numbers, and what is not a number (the attributes a step changed, the sampled timeline, sales' dealings). */
export interface PausedRun {
  /** The hand-off it paused at (its how-manieth). */
  ordinal: number;
  numbers: Float64Array;
  /** Its own attributes, when a step changed them (else the prospect's). */
  attributes: Readonly<Record<string, unknown>> | null;
  timeline: unknown[] | null;
}
