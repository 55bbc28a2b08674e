// The floor for the simulator benchmark: the least work any engine does for a run — the same
// number of prospects, steps and emails as the engine's own run, in one tight plain-JS loop
// with a fast PRNG (sfc32), log-normal delays and a small binary event heap per prospect.
// The engine's ns/step divided by the floor's is how far it is from that bare minimum.

export interface FloorFigures {
  seconds: number;
  nsPerStep: number;
  /** Per step, by this thread's CPU time (the time other processes take the core away is not counted). */
  cpuNsPerStep: number;
  /** Printed so the loop's work cannot be optimised away. */
  checksum: number;
}

export function runFloor(prospects: number, steps: number, emails: number): FloorFigures {
  const heap = new Float64Array(256);
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const delay = (median: number): number => median * Math.exp(Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()));
  let size = 0;
  const push = (at: number) => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= at) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = at;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heap[child + 1]! < heap[child]!) child++;
      if (heap[child]! >= last) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  };

  const started = performance.now();
  const cpu = process.threadCpuUsage();
  let checksum = 0;
  for (let p = 0; p < prospects; p++) {
    // Spread the run's steps and emails evenly over the prospects.
    const stepsHere = Math.floor(((p + 1) * steps) / prospects) - Math.floor((p * steps) / prospects);
    const emailsHere = Math.floor(((p + 1) * emails) / prospects) - Math.floor((p * emails) / prospects);
    a = (p * 0x85ebca6b) | 0;
    b = (p ^ 0xc2b2ae35) | 0;
    c = 0x27d4eb2f;
    d = 1;
    size = 0;
    let t = next() * 336;
    let score = 0;
    for (let s = 0; s < stepsHere; s++) {
      // Every step first takes the reactions due by now, then does its own work.
      while (size > 0 && heap[0]! <= t) {
        pop();
        score += 5;
      }
      if (s < emailsHere) {
        if (next() < 0.4) {
          const open = t + delay(6);
          push(open);
          if (next() < 0.3) push(open + delay(0.1));
        }
      } else if (next() < 0.5) t += 24 * next() * 3;
      else score += next() < 0.5 ? 1 : 0;
    }
    checksum += score + size;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.threadCpuUsage(cpu);
  return { seconds, nsPerStep: (seconds * 1e9) / Math.max(1, steps), cpuNsPerStep: ((used.user + used.system) * 1000) / Math.max(1, steps), checksum };
}
