// Deterministic randomness: each prospect gets its own stream derived from the run's seed
// and the prospect's id, so results do not depend on how prospects are split over workers.

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The seed variations of a stream's three state words. */
const SEED_B = 0x9e3779b9;
const SEED_C = 0x7f4a7c15;
const digits = new Uint8Array(20);

/** 32-bit FNV-1a hash of a string, mixed with a seed. */
export function hashString(text: string, seed = 0): number {
  let h = FNV_BASIS ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return avalanche(h) >>> 0;
}

/** hashString(`${prefix}${index}`, seed) without making the string (index a whole number ≥ 0). */
export function hashIndexed(prefix: string, index: number, seed = 0): number {
  let h = FNV_BASIS ^ seed;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), FNV_PRIME);
  for (let n = toDigits(index); n > 0; ) h = Math.imul(h ^ digits[--n]!, FNV_PRIME);
  return avalanche(h) >>> 0;
}

/**
 * Writes the decimal digits of `index` into `digits`, last digit first; returns their number.
 * A prospect's number is hashed twice in a row (its generator's stream, then its own), so the
 * digits of the last one are kept.
 */
let digitsOf = -1;
let digitCount = 0;
function toDigits(index: number): number {
  if (index === digitsOf) return digitCount;
  let n = 0;
  let rest = index;
  do {
    const next = Math.floor(rest / 10);
    digits[n++] = 48 + (rest - next * 10);
    rest = next;
  } while (rest > 0);
  digitsOf = index;
  digitCount = n;
  return n;
}

// Final avalanche (murmur3 fmix32) so nearby ids give unrelated streams. Returns an int32.
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** sfc32: small, fast, well-distributed; state is four 32-bit words. */
export class Random {
  // State in a typed array: reading and writing it never boxes a number.
  private readonly s = new Int32Array(4);
  private spare = NaN;

  constructor(seed: number, stream: string) {
    this.reseed(seed, stream);
  }

  /**
   * Starts the stream (seed, stream) afresh, as a new Random would, without allocating.
   * Returns hashString(stream, seed), which callers can use as the stream's rank.
   */
  reseed(seed: number, stream: string): number {
    this.hashFrom(seed);
    for (let i = 0; i < stream.length; i++) this.hashIn(stream.charCodeAt(i));
    return this.start();
  }

  /** reseed(seed, `${prefix}${index}`) without making the string. */
  reseedIndexed(seed: number, prefix: string, index: number): number {
    const s = this.s;
    // The hash of (seed, prefix) is the same for every prospect: kept from the last call.
    if (seed !== this.prefixSeed || prefix !== this.prefix) {
      this.hashFrom(seed);
      for (let i = 0; i < prefix.length; i++) this.hashIn(prefix.charCodeAt(i));
      this.prefixSeed = seed;
      this.prefix = prefix;
      this.prefixHash[0] = s[0]!;
      this.prefixHash[1] = s[1]!;
      this.prefixHash[2] = s[2]!;
    } else {
      s[0] = this.prefixHash[0]!;
      s[1] = this.prefixHash[1]!;
      s[2] = this.prefixHash[2]!;
    }
    for (let n = toDigits(index); n > 0; ) this.hashIn(digits[--n]!);
    return this.start();
  }

  private prefixSeed = NaN;
  private prefix = '';
  private readonly prefixHash = new Int32Array(3);

  // FNV-1a of the stream under the three seed variations at once, one state word each.
  private hashFrom(seed: number): void {
    const s = this.s;
    s[0] = FNV_BASIS ^ seed;
    s[1] = FNV_BASIS ^ seed ^ SEED_B;
    s[2] = FNV_BASIS ^ seed ^ SEED_C;
  }

  private hashIn(ch: number): void {
    const s = this.s;
    s[0] = Math.imul(s[0]! ^ ch, FNV_PRIME);
    s[1] = Math.imul(s[1]! ^ ch, FNV_PRIME);
    s[2] = Math.imul(s[2]! ^ ch, FNV_PRIME);
  }

  private start(): number {
    const s = this.s;
    s[0] = avalanche(s[0]!);
    s[1] = avalanche(s[1]!);
    s[2] = avalanche(s[2]!);
    s[3] = 1;
    this.spare = NaN;
    const rank = s[0] >>> 0;
    // The state words are already well mixed (avalanched hashes), so a few rounds do what the
    // twelve recommended for weak seeds would; a run reseeds twice per prospect.
    for (let i = 0; i < WARM_UP; i++) this.bits();
    return rank;
  }

  /** The next 30 random bits (a small integer, so it is never boxed). */
  private bits(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 2;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.bits() * TO_UNIT;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.bits() * TO_UNIT * n);
  }

  chance(p: number): boolean {
    return this.bits() < p * ONE;
  }

  /** The draw chance() compares: in [0, 1), and `u < p` exactly when chance(p) would have been true. */
  uniform(): number {
    return this.bits() / ONE;
  }

  /** A log-normally distributed delay with the given median (hours) and spread (σ of ln). */
  delay(medianHours: number, spread: number): number {
    return medianHours * Math.exp(spread * this.normal());
  }

  /** out[to] = out[from] + a delay(medianHours, spread): the time stays in the array, never boxed. */
  delayAfter(out: Float64Array, to: number, from: number, medianHours: number, spread: number): void {
    out[to] = out[from]! + medianHours * Math.exp(spread * this.normal());
  }

  /** A standard normal draw: Box–Muller gives two from two uniform draws; the second waits for the next call. */
  private normal(): number {
    const spare = this.spare;
    if (spare === spare) {
      this.spare = NaN; // NaN: none waiting
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.bits() * TO_UNIT)); // 1 - u keeps the log finite
    const angle = 2 * Math.PI * this.bits() * TO_UNIT;
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Picks an index by weight. */
  weighted(weights: readonly number[], total: number): number {
    return pickByWeight(this.bits(), weights, total);
  }

  /**
   * weighted() for a table made once by weightThresholds(): the same index from the same draw,
   * without a branch per weight (a generated prospect picks a dozen values this way).
   */
  pick(thresholds: Int32Array): number {
    const b = this.bits();
    let index = 0;
    // (t - 1 - b) is negative, so its sign bit 1, exactly when b ≥ t.
    for (let k = 0; k < thresholds.length; k++) index += (thresholds[k]! - 1 - b) >>> 31;
    return index;
  }
}

/** The index weighted() picks for the draw `bits` (30 random bits). */
export function pickByWeight(bits: number, weights: readonly number[], total: number): number {
  let r = bits * TO_UNIT * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/**
 * For Random.pick: threshold k is the least draw whose weighted() index is above k. The index
 * only grows with the draw, so each is found by bisection over weighted() itself, and pick()
 * agrees with it on every one of the 2^30 draws, rounding included.
 */
export function weightThresholds(weights: readonly number[], total: number): Int32Array {
  const thresholds = new Int32Array(Math.max(0, weights.length - 1));
  for (let k = 0; k < thresholds.length; k++) {
    let lo = 0;
    let hi = ONE; // ONE: no draw is above k
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pickByWeight(mid, weights, total) > k) hi = mid;
      else lo = mid + 1;
    }
    thresholds[k] = lo;
  }
  return thresholds;
}

const WARM_UP = 4;
const ONE = 2 ** 30;
const TO_UNIT = 1 / ONE;
