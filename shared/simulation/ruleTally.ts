// Attribute rules asked millions of times in a run (fit points, the audience): every rule reads
// one attribute, so the tally of the rules on one attribute depends only on that attribute's
// value and is remembered per value — a prospect then costs one lookup per attribute read.
import { type AttributeRule, type AttributeValue, matchesRule } from '../journey/primitives';
import type { AttributeTable } from './generate';

/** A tally looked up by value index: per attribute table its sums (null: no rule reads it), plus the rules on attributes no table has. */
export interface IndexedTally {
  perTable: (Float64Array | null)[];
  constant: number;
}

/** Values remembered per attribute; beyond this (say, a free-text field) rules are evaluated each time. */
const MAX_REMEMBERED = 512;

interface AttributeTally {
  name: string;
  rules: { rule: AttributeRule; weight: number }[];
  byValue: Map<AttributeValue | undefined, number>;
}

export class RuleTally {
  private readonly attributes: AttributeTally[] = [];

  constructor(rules: readonly { rule: AttributeRule; weight: number }[]) {
    for (const entry of rules) {
      let tally = this.attributes.find((a) => a.name === entry.rule.attribute);
      if (!tally) this.attributes.push((tally = { name: entry.rule.attribute, rules: [], byValue: new Map() }));
      tally.rules.push(entry);
    }
  }

  /** The sum of the weights of the rules that hold for these attributes (only those on attribute `only`, when given). */
  sum(attributes: Readonly<Record<string, AttributeValue | undefined>>, only?: string): number {
    let total = 0;
    for (const tally of this.attributes) {
      if (only !== undefined && tally.name !== only) continue;
      // Read without hasOwn: an inherited property (a name like "toString") is remembered under
      // what it reads as, and the rules, which check hasOwn themselves, decide it correctly.
      const value = attributes[tally.name];
      let sum = tally.byValue.get(value);
      if (sum === undefined) {
        sum = 0;
        for (const { rule, weight } of tally.rules) if (matchesRule(attributes, rule)) sum += weight;
        if (tally.byValue.size < MAX_REMEMBERED) tally.byValue.set(value, sum);
      }
      total += sum;
    }
    return total;
  }

  /** The sum for each value of each table, for prospects whose attributes are those tables' values (generated ones). */
  indexed(tables: readonly AttributeTable[]): IndexedTally {
    const named = new Set(tables.map((table) => table.name));
    return {
      perTable: tables.map((table) =>
        this.attributes.some((a) => a.name === table.name) ? Float64Array.from(table.values, (value) => this.sum({ [table.name]: value }, table.name)) : null,
      ),
      // Rules on attributes generated prospects do not have hold (or not) for every one of them.
      constant: this.attributes.filter((a) => !named.has(a.name)).reduce((sum, a) => sum + this.sum({}, a.name), 0),
    };
  }
}

/** An indexed tally of a generated prospect: the sums its attribute value indexes look up. */
export function lookUp(tally: IndexedTally, values: Int32Array): number {
  let sum = tally.constant;
  for (let k = 0; k < tally.perTable.length; k++) {
    const sums = tally.perTable[k];
    if (sums) sum += sums[values[k]!]!;
  }
  return sum;
}
