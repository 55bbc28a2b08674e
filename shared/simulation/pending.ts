// The reactions a prospect has scheduled and that have not counted yet (README §7: they count
// in time order as the clock moves), in typed arrays sorted by time; a prospect has few.
import { grown } from './typedArrays';

export class PendingReactions {
  /** Time, kind (index in REACTION_EVENTS) and email slot (-1: none) of each, [head, count) in time order. */
  at = new Float64Array(32);
  kind = new Uint8Array(32);
  slot = new Int32Array(32);
  head = 0;
  count = 0;

  clear(): void {
    this.head = this.count = 0;
  }

  /** Whether a reaction is due at or before `limit`. */
  dueBy(limit: number): boolean {
    return this.head < this.count && this.at[this.head]! <= limit;
  }

  /** Adds a reaction at times[i] (the time stays in an array: never boxed). */
  add(times: Float64Array, i: number, kind: number, slot: number): void {
    if (this.count === this.at.length) {
      this.at = grown(this.at);
      this.kind = grown(this.kind);
      this.slot = grown(this.slot);
    }
    const at = this.at;
    let k = this.count++;
    while (k > this.head && at[k - 1]! > times[i]!) {
      at[k] = at[k - 1]!;
      this.kind[k] = this.kind[k - 1]!;
      this.slot[k] = this.slot[k - 1]!;
      k--;
    }
    at[k] = times[i]!;
    this.kind[k] = kind;
    this.slot[k] = slot;
  }

  /** Takes the earliest one off: its position, valid until the next add(). */
  take(): number {
    const h = this.head++;
    if (this.head === this.count) this.head = this.count = 0; // empty: start over at the front
    return h;
  }
}
