// A prospect's step counts for one run (README §10), kept until the run is final: a prospect
// paused at a hand-off is run again with its assignment, and must not be counted twice.
import type { Aggregate } from './aggregate';

/** A prospect that takes more steps than this ends as "loop limit". */
export const MAX_STEPS = 2000;

export class StepJournal {
  // One number per entry, value × 4 + kind: 0 = entered node, 1 = left by exit column, 2 = took edge.
  private readonly entries = new Int32Array(MAX_STEPS * 3 + 16);
  private length = 0;

  clear(): void {
    this.length = 0;
  }

  entered(node: number): void {
    this.push(node * 4);
  }

  /** Left a node by an output or another way (its column in the aggregate's exit table). */
  left(column: number): void {
    this.push(column * 4 + 1);
  }

  /** Took an edge (-1: none). */
  took(edge: number): void {
    if (edge >= 0) this.push(edge * 4 + 2);
  }

  private push(entry: number): void {
    if (this.length === this.entries.length) return; // bounded by MAX_STEPS
    this.entries[this.length++] = entry;
  }

  countInto(agg: Aggregate): void {
    const entries = this.entries;
    // The counter array by kind, looked up rather than branched on: the kinds come in no order a
    // processor could predict.
    const counters = agg.stepCounters;
    for (let i = 0; i < this.length; i++) {
      const entry = entries[i]!;
      counters[entry & 3]![entry >> 2]!++;
    }
  }
}
