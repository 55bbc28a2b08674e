// A prospect's step counts for one run (README §10), kept until the run is final: a prospect
// paused at a hand-off is run again with its assignment, and must not be counted twice.
import type { Aggregate } from './aggregate';

/** A prospect that takes more steps than this ends as "loop limit". */
export const MAX_STEPS = 2000;

export class StepJournal {
  // (kind, value) pairs: 0 = entered node, 1 = left by exit column, 2 = took edge.
  private readonly entries = new Int32Array(MAX_STEPS * 6 + 16);
  private length = 0;

  clear(): void {
    this.length = 0;
  }

  entered(node: number): void {
    this.push(0, node);
  }

  /** Left a node by an output or another way (its column in the aggregate's exit table). */
  left(column: number): void {
    this.push(1, column);
  }

  /** Took an edge (-1: none). */
  took(edge: number): void {
    this.push(2, edge);
  }

  private push(kind: number, value: number): void {
    if (this.length + 2 > this.entries.length) return; // bounded by MAX_STEPS
    this.entries[this.length++] = kind;
    this.entries[this.length++] = value;
  }

  countInto(agg: Aggregate): void {
    const entries = this.entries;
    for (let i = 0; i < this.length; i += 2) {
      const value = entries[i + 1]!;
      if (entries[i] === 0) agg.nodeEntered[value]!++;
      else if (entries[i] === 1) agg.nodeExits[value]!++;
      else if (value >= 0) agg.edgeTraversals[value]!++;
    }
  }
}
