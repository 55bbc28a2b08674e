// Where the accounts of a run are. With account mode on, an account's contacts are simulated
// together by one runner (accountRun.ts), so they must sit side by side in the run: a list's
// contacts are run in an order that keeps each account together (at its first contact's
// place), and the coordinator puts their rows back in list order afterwards.
import type { Prospect } from './model';

export interface AccountLayout {
  /** Per run index: its account's number (-1: the prospect has none). */
  accountOf: Int32Array;
  /** Account a's contacts are the run indexes [starts[a], ends[a]) (prospects without an account may follow before the next). */
  starts: Int32Array;
  ends: Int32Array;
  /** Account keys by number (a list's); null for generated accounts (named a<number>). */
  keys: string[] | null;
  /** Run index → index in the prospect list (null: the same order). */
  order: Int32Array | null;
}

/** The accounts of a prospect list (null when no prospect has one). */
export function listLayout(prospects: readonly Pick<Prospect, 'account'>[]): AccountLayout | null {
  const members = new Map<string, number[]>();
  for (let i = 0; i < prospects.length; i++) {
    const key = prospects[i]!.account;
    if (key === undefined) continue;
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  }
  if (members.size === 0) return null;
  const order = new Int32Array(prospects.length);
  const accountOf = new Int32Array(prospects.length).fill(-1);
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  let at = 0;
  let moved = false;
  for (let i = 0; i < prospects.length; i++) {
    const key = prospects[i]!.account;
    if (key !== undefined && members.get(key)![0] !== i) continue; // placed with its account's first contact
    if (key === undefined) {
      moved ||= at !== i;
      order[at++] = i;
      continue;
    }
    starts.push(at);
    keys.push(key);
    for (const member of members.get(key)!) {
      moved ||= at !== member;
      accountOf[at] = keys.length - 1;
      order[at++] = member;
    }
    ends.push(at);
  }
  return { accountOf, starts: Int32Array.from(starts), ends: Int32Array.from(ends), keys, order: moved ? order : null };
}

/** Generated accounts, from where each starts (the last entry is the count): one after the other, no gaps. */
export function generatedLayout(bounds: Int32Array): AccountLayout {
  const count = bounds[bounds.length - 1]!;
  const accountOf = new Int32Array(count);
  for (let a = 0; a + 1 < bounds.length; a++) for (let i = bounds[a]!; i < bounds[a + 1]!; i++) accountOf[i] = a;
  return { accountOf, starts: bounds.subarray(0, bounds.length - 1), ends: bounds.subarray(1), keys: null, order: null };
}

export const accountKey = (layout: AccountLayout, account: number): string => layout.keys?.[account] ?? `a${account}`;

/** Moves each block boundary that falls inside an account to that account's end, so no account is split between runners. */
export function snapToAccounts(blocks: [number, number][], layout: AccountLayout): [number, number][] {
  const snapped: [number, number][] = [];
  let start = 0;
  for (const [, end] of blocks) {
    let to = end;
    const a = to < layout.accountOf.length ? layout.accountOf[to]! : -1;
    if (a >= 0 && layout.starts[a] !== to) to = layout.ends[a]!;
    if (to > start) snapped.push([start, to]);
    start = Math.max(start, to);
  }
  return snapped;
}

/** Per prospect of a list, its account's number in order of first appearance (-1: none); null when none has one. */
export function accountNumbersOf(prospects: readonly Pick<Prospect, 'account'>[]): Int32Array | null {
  const numbers = new Map<string, number>();
  const of = new Int32Array(prospects.length).fill(-1);
  prospects.forEach((p, i) => {
    if (p.account === undefined) return;
    let n = numbers.get(p.account);
    if (n === undefined) numbers.set(p.account, (n = numbers.size));
    of[i] = n;
  });
  return numbers.size === 0 ? null : of;
}
