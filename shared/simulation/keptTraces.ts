// The packed traces of accounts waiting for the sales queue (README §12.5), until their
// accounts run again. Tens of thousands of accounts can wait at once: a typed array each
// would cost an allocation outside the JS heap apiece, so they share large blocks instead,
// and a block is let go once every account in it has been taken back.

/** Numbers per block (8 MB); a longer entry gets a block of its own. */
const BLOCK = 1 << 20;

export class KeptTraces {
  private readonly blocks: (Float64Array | null)[] = [];
  /** Per block, how many of its entries have not been taken back. */
  private readonly live: number[] = [];
  private used = BLOCK;
  /** Per account: its block and offset (block × 2^32 + offset: exact in a double); -1: keeps none. */
  private where: Float64Array;
  private kept = 0;
  /** The block of the entry reserve() or take() last found, and where in it the entry starts. */
  data: Float64Array = new Float64Array(0);
  at = 0;

  constructor(accounts: number) {
    this.where = new Float64Array(accounts).fill(-1);
  }

  /** How many accounts keep traces now. */
  get size(): number {
    return this.kept;
  }

  /** Makes room for `length` numbers of account `account` (which keeps none now): write them into `data` from `at`. */
  reserve(account: number, length: number): void {
    let block = this.blocks.length - 1;
    if (length > BLOCK - this.used || block < 0) {
      block = this.blocks.length;
      this.blocks.push(new Float64Array(Math.max(BLOCK, length)));
      this.live.push(0);
      this.used = 0;
    }
    this.data = this.blocks[block]!;
    this.at = this.used;
    this.used += length;
    this.live[block]!++;
    this.where[account] = block * 2 ** 32 + this.at;
    this.kept++;
  }

  /** Finds account `account`'s entry (into `data` and `at`) and forgets it; false when it keeps none. Read it before the next reserve(). */
  take(account: number): boolean {
    const place = this.where[account]!;
    if (place < 0) return false;
    this.where[account] = -1;
    this.kept--;
    const block = Math.floor(place / 2 ** 32);
    this.data = this.blocks[block]!;
    this.at = place - block * 2 ** 32;
    // The entry is read right away. A block with no entry left is let go, or, the one being
    // written, filled again from its start.
    if (--this.live[block]! === 0) {
      if (block === this.blocks.length - 1) this.used = 0;
      else this.blocks[block] = null;
    }
    return true;
  }
}
