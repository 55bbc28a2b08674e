// Generated prospects: prospect i of a run is made from (seed, i) alone, so a worker can
// create its share on the fly and a million prospects never sit in memory at once.
import { type AccountBehaviour, BUYING_ROLES } from '../accounts/schema';
import { ACCOUNT_ATTRIBUTES } from './accounts';
import type { Persona, Prospect } from './model';
import { Random, weightThresholds } from './rng';

const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hannah', 'Jonas', 'Julia', 'Karim', 'Laura', 'Lukas', 'Maya', 'Noah', 'Olivia', 'Paul', 'Sofia', 'Tom', 'Yusuf', 'Emma', 'Liam', 'Mia', 'Leon', 'Sarah', 'Daniel', 'Lea', 'Finn', 'Nina', 'Aisha'];
const LAST_NAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Martin', 'Dubois', 'Rossi', 'García', 'Novak', 'Jansen', 'Larsen', 'Kowalski', 'Öztürk', 'Patel'];
const COMPANY_STEMS = ['Nordwind', 'Alpenblick', 'Brightline', 'Hafenlicht', 'Kessler', 'Lumen', 'Meridian', 'Northbeam', 'Okapi', 'Rheinwerk', 'Silverpeak', 'Tannenhof', 'Vektor', 'Westend', 'Zephyr', 'Blaufeld', 'Cobalt', 'Dornier', 'Elbtal', 'Fjord'];
const COMPANY_SUFFIXES = ['GmbH', 'AG', 'Ltd', 'Software', 'Systems', 'Group', 'Labs', 'Industries'];

const asciiSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w]/g, '')
    .toLowerCase();
const FIRST_SLUGS = FIRST_NAMES.map(asciiSlug);
const LAST_SLUGS = LAST_NAMES.map(asciiSlug);
const COMPANY_SLUGS = COMPANY_STEMS.map(asciiSlug);

export interface GenerationPlan {
  count: number;
  /** Persona id → relative weight. */
  mix: Readonly<Record<string, number>>;
  entrySpreadDays: number;
  /** Buying centres: generated prospects come in accounts of these sizes (absent or no sizes: alone). */
  accounts?: AccountBehaviour;
}

/** An attribute generated prospects have, with every value it can take. */
export interface AttributeTable {
  name: string;
  values: readonly (string | number)[];
}

/**
 * A generated prospect's attributes as indexes into its persona's attribute tables, so the
 * engine scores fit and audience by looking them up; the attribute object itself is written
 * only when a step reads an attribute (materialize).
 */
export interface GeneratedProfile {
  /** The persona, as an index into ProspectGenerator.attributeTables. */
  persona: number;
  /** Per table of that persona: the index of the prospect's value. */
  values: Int32Array;
  /** The prospect's account (-1: alone) and buying role (index in BUYING_ROLES, -1: none). */
  account: number;
  role: number;
  /** Writes the values into the prospect's (reused) attribute object. */
  materialize(): void;
}

interface PreparedPersona {
  persona: Persona;
  /** thresholds: weightThresholds() of the weights, for Random.pick. */
  attributes: { name: string; values: (string | number)[]; weights: number[]; total: number; thresholds: Int32Array }[];
  likedTopics: string[];
  /** Reused by reusedProspect(): the attributes (always the same keys), and every subset of the liked topics (when they are few). */
  scratchAttributes: Record<string, string | number | boolean>;
  interestSets: string[][] | null;
}

const COMPANIES = COMPANY_STEMS.flatMap((stem) => COMPANY_SUFFIXES.map((suffix) => `${stem} ${suffix}`));
const FULL_NAMES = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`));
/** Up to this many liked topics, every subset of them is made once (2^n arrays) instead of per prospect. */
const MAX_SUBSET_TOPICS = 8;

/**
 * Makes prospects of one plan; everything that does not depend on the prospect is worked out
 * once, and names, companies and addresses come from tables, so a prospect costs few allocations.
 */
export class ProspectGenerator {
  private readonly personas: PreparedPersona[];
  private readonly weights: number[];
  private readonly totalWeight: number;
  private readonly personaThresholds: Int32Array;
  private readonly random = new Random(0, '');
  /** Addresses by (first, last, company stem), made when first needed. */
  private readonly emails: (string | undefined)[] = [];
  /** The personas' ids in the order GeneratedProfile.persona counts them. */
  readonly personaIds: string[];
  /** Per persona (in the order GeneratedProfile.persona counts): company, then its profile attributes. */
  readonly attributeTables: AttributeTable[][];
  /** With accounts: where each account starts (prospect indexes, ascending; the last entry is the count). */
  readonly accountStarts: Int32Array | null;
  // Company attributes by slot, each value numbered once over all personas, so a contact takes
  // its account's values by array lookups: per persona and table, the slot (-1: a personal
  // attribute) and the table index of each slot value, and back.
  private readonly slotValues: (string | number)[][];
  private readonly tableSlot: Int32Array[];
  private readonly fromSlot: (Int32Array | null)[][];
  /**
   * The same per persona, flat, for a contact taking its account's values: its company attributes'
   * table numbers, their slots, and where each one's slot-value → table-index map starts in `companyFrom`.
   */
  private readonly companyTables: { k: Int32Array; slot: Int32Array; at: Int32Array; from: Int32Array }[];
  private readonly toSlot: (Int32Array | null)[][];
  /** The current account's value of each slot (-1: its first contact's persona has no such attribute). */
  private readonly accountSlots: Int32Array;
  private readonly roleWeights: number[];
  private readonly roleTotal: number;
  private readonly roleThresholds: Int32Array;
  /** The account whose company values were drawn last (prospects are made in order, so one is enough). */
  private cachedAccount = -1;
  private accountCompany = 0;

  constructor(
    private readonly seed: number,
    private readonly plan: GenerationPlan,
    personas: ReadonlyMap<string, Persona>,
  ) {
    const ids = Object.keys(plan.mix).filter((id) => personas.has(id) && plan.mix[id]! > 0);
    if (ids.length === 0) throw new Error('The persona mix names no persona of the persona set with a weight above 0.');
    this.personaIds = ids;
    this.weights = ids.map((id) => plan.mix[id]!);
    this.totalWeight = this.weights.reduce((a, b) => a + b, 0);
    this.personaThresholds = weightThresholds(this.weights, this.totalWeight);
    this.personas = ids.map((id) => {
      const persona = personas.get(id)!;
      const prepared: PreparedPersona = {
        persona,
        attributes: Object.entries(persona.profile).map(([name, options]) => ({
          name,
          values: options.map((o) => o.value),
          weights: options.map((o) => o.weight),
          total: options.reduce((sum, o) => sum + o.weight, 0),
          thresholds: new Int32Array(0), // once the company values are in (below)
        })),
        likedTopics: Object.entries(persona.topicAffinity)
          .filter(([, affinity]) => affinity > 1)
          .map(([topic]) => topic),
        scratchAttributes: Object.fromEntries([['company', ''], ...Object.keys(persona.profile).map((name) => [name, '']), ...(plan.accounts?.sizes.length ? [['buyingRole', '']] : [])]),
        interestSets: null,
      };
      const liked = prepared.likedTopics;
      if (liked.length <= MAX_SUBSET_TOPICS) prepared.interestSets = Array.from({ length: 2 ** liked.length }, (_, bits) => liked.filter((_, k) => (bits & (1 << k)) !== 0));
      return prepared;
    });
    // A company has one industry, size, …: every persona's table of a company attribute holds
    // every value any persona has (weight 0 where it had none), so a contact can take its account's.
    const company = new Set<string>(ACCOUNT_ATTRIBUTES);
    const union = new Map<string, (string | number)[]>();
    for (const p of this.personas) for (const a of p.attributes) if (company.has(a.name)) union.set(a.name, [...new Set([...(union.get(a.name) ?? []), ...a.values])]);
    for (const p of this.personas) {
      for (const a of p.attributes) {
        for (const value of union.get(a.name) ?? []) {
          if (a.values.includes(value)) continue;
          a.values.push(value);
          a.weights.push(0);
        }
        a.thresholds = weightThresholds(a.weights, a.total);
      }
    }
    this.attributeTables = this.personas.map((p) => [{ name: 'company', values: COMPANIES }, ...p.attributes.map(({ name, values }) => ({ name, values }))]);
    const slotNames = [...union.keys()];
    const slotOf = new Map(slotNames.map((name, slot) => [name, slot]));
    this.slotValues = slotNames.map((name) => union.get(name)!);
    this.tableSlot = this.attributeTables.map((tables) => Int32Array.from(tables, (t, k) => (k === 0 ? -1 : (slotOf.get(t.name) ?? -1))));
    this.fromSlot = this.attributeTables.map((tables, p) => tables.map((t, k) => (this.tableSlot[p]![k]! < 0 ? null : Int32Array.from(this.slotValues[this.tableSlot[p]![k]!]!, (v) => t.values.indexOf(v)))));
    this.companyTables = this.fromSlot.map((maps, p) => {
      const ks = [...maps.keys()].filter((k) => maps[k] !== null);
      const at = Int32Array.from(ks, (_, i) => ks.slice(0, i).reduce((sum, k) => sum + maps[k]!.length, 0));
      return { k: Int32Array.from(ks), slot: Int32Array.from(ks, (k) => this.tableSlot[p]![k]!), at, from: Int32Array.from(ks.flatMap((k) => [...maps[k]!])) };
    });
    this.toSlot = this.attributeTables.map((tables, p) => tables.map((t, k) => (this.tableSlot[p]![k]! < 0 ? null : Int32Array.from(t.values, (v) => this.slotValues[this.tableSlot[p]![k]!]!.indexOf(v)))));
    this.accountSlots = new Int32Array(slotNames.length).fill(-1);
    const accounts = plan.accounts;
    this.accountStarts = accounts && accounts.sizes.length > 0 ? accountStarts(seed, plan.count, accounts) : null;
    this.roleWeights = BUYING_ROLES.map((role) => accounts?.roles[role] ?? 0);
    this.roleTotal = this.roleWeights.reduce((a, b) => a + b, 0);
    this.roleThresholds = weightThresholds(this.roleWeights, this.roleTotal);
    const longest = Math.max(...this.attributeTables.map((tables) => tables.length));
    const values = new Int32Array(longest);
    this.drawn = {
      prospect: this.scratch,
      profile: {
        persona: 0,
        values,
        account: -1,
        role: -1,
        materialize: () => {
          const tables = this.attributeTables[this.drawn.profile.persona]!;
          const attributes = this.drawn.prospect.attributes as Record<string, string | number>;
          for (let k = 0; k < tables.length; k++) attributes[tables[k]!.name] = tables[k]!.values[values[k]!]!;
          if (this.accountStarts) attributes.buyingRole = this.drawn.profile.role < 0 ? '' : BUYING_ROLES[this.drawn.profile.role]!;
        },
      },
    };
  }

  /** Prospect `index` of the plan. */
  prospect(index: number): Prospect {
    return this.make(index, null);
  }

  /**
   * The same prospect as prospect(index), in objects that the next call reuses, without its
   * id (p<index>) and e-mail address, and with its attributes as a profile of value indexes: its attribute object
   * holds them only after profile.materialize(). For the engine's loop, which reads no address,
   * keeps neither object, and looks attributes up in tables (so a million prospects make next
   * to no garbage).
   */
  reusedProspect(index: number): { prospect: Prospect; profile: GeneratedProfile } {
    this.make(index, this.scratch);
    return this.drawn;
  }

  private readonly drawn: { prospect: Prospect; profile: GeneratedProfile };

  /**
   * Who prospect `index` is (id, name, persona), as prospect(index) says, without drawing the
   * rest: for the CSV export of a run. The object is reused by the next call.
   */
  identity(index: number): { id: string; name: string; persona: string } {
    const random = this.random;
    random.reseedIndexed(this.seed, 'gen:', index);
    const prepared = this.personas[random.weighted(this.weights, this.totalWeight)]!;
    const first = random.below(FIRST_NAMES.length);
    const last = random.below(LAST_NAMES.length);
    const who = this.who;
    who.id = `p${index}`;
    who.name = FULL_NAMES[first * LAST_NAMES.length + last]!;
    who.persona = prepared.persona.id;
    return who;
  }

  private readonly who = { id: '', name: '', persona: '' };

  private readonly scratch: Prospect = { id: '', name: '', email: '', persona: '', consent: false, stage: 'inquiry', attributes: {}, interests: [], enteredAfterHours: 0, script: null };

  private make(index: number, into: Prospect | null): Prospect {
    const random = this.random;
    random.reseedIndexed(this.seed, 'gen:', index);
    const persona = random.pick(this.personaThresholds);
    const prepared = this.personas[persona]!;
    const first = random.below(FIRST_NAMES.length);
    const last = random.below(LAST_NAMES.length);
    const stem = random.below(COMPANY_STEMS.length);
    const suffix = random.below(COMPANY_SUFFIXES.length);
    let attributes: Record<string, string | number | boolean>;
    if (into) {
      // Only the indexes; reusedProspect's profile writes the values when asked.
      attributes = prepared.scratchAttributes;
      const profile = this.drawn.profile;
      profile.persona = persona;
      profile.values[0] = stem * COMPANY_SUFFIXES.length + suffix;
      for (let k = 0; k < prepared.attributes.length; k++) {
        const a = prepared.attributes[k]!;
        profile.values[k + 1] = random.pick(a.thresholds);
      }
    } else {
      attributes = { company: COMPANIES[stem * COMPANY_SUFFIXES.length + suffix]! };
      for (const a of prepared.attributes) attributes[a.name] = a.values[random.pick(a.thresholds)]!;
    }
    // Each liked topic is an interest with probability ½.
    let interests: string[];
    if (into && prepared.interestSets) {
      let chosen = 0; // a bit per liked topic picks one of the subsets made beforehand
      for (let k = 0; k < prepared.likedTopics.length; k++) if (random.chance(0.5)) chosen |= 1 << k;
      interests = prepared.interestSets[chosen]!;
    } else {
      interests = [];
      for (const topic of prepared.likedTopics) if (random.chance(0.5)) interests.push(topic);
    }
    const prospect = into ?? ({} as Prospect);
    prospect.id = into ? '' : `p${index}`; // the engine knows a generated prospect's id from its index
    prospect.name = FULL_NAMES[first * LAST_NAMES.length + last]!;
    prospect.email = into ? '' : this.email(first, last, stem);
    prospect.persona = prepared.persona.id;
    prospect.consent = random.chance(prepared.persona.consentRate);
    prospect.stage = 'inquiry';
    prospect.attributes = attributes;
    prospect.interests = interests;
    prospect.enteredAfterHours = random.next() * this.plan.entrySpreadDays * 24;
    prospect.script = null;
    if (this.accountStarts) this.joinAccount(index, persona, prospect, into !== null);
    else if (into) this.drawn.profile.account = this.drawn.profile.role = -1;
    return prospect;
  }

  /** The account of prospect `index` (its number), from where the accounts start. */
  accountOf(index: number): number {
    const starts = this.accountStarts!;
    const last = this.cachedAccount; // prospects are mostly made in order
    if (last >= 0 && starts[last]! <= index && index < starts[last + 1]!) return last;
    // Prospects are mostly made in order: the next account is the likely one.
    if (last >= 0 && last + 2 < starts.length && starts[last + 1]! <= index && index < starts[last + 2]!) return last + 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Puts the prospect in its account (§12.1): its buying role (the first contact is the
   * decision maker with the persona file's share), and its company's name and attributes,
   * which the account draws once, by its first contact's persona.
   */
  private joinAccount(index: number, persona: number, prospect: Prospect, reused: boolean): void {
    const behaviour = this.plan.accounts!;
    const random = this.random;
    const account = this.accountOf(index);
    const first = index === this.accountStarts![account];
    const role = first && random.chance(behaviour.decisionMakerShare) ? 0 : this.roleTotal > 0 ? random.pick(this.roleThresholds) : -1;
    this.drawAccount(account, first ? persona : -1);
    if (reused) {
      const profile = this.drawn.profile;
      profile.account = account;
      profile.role = role;
      const values = profile.values;
      const company = this.companyTables[persona]!;
      values[0] = this.accountCompany;
      for (let i = 0; i < company.k.length; i++) {
        const value = this.accountSlots[company.slot[i]!]!;
        if (value >= 0) values[company.k[i]!] = company.from[company.at[i]! + value]!;
      }
      return;
    }
    prospect.account = `a${account}`;
    const attributes = prospect.attributes as Record<string, string | number>;
    attributes.company = COMPANIES[this.accountCompany]!;
    for (const [k, table] of this.attributeTables[persona]!.entries()) {
      const slot = this.tableSlot[persona]![k]!;
      if (slot >= 0 && this.accountSlots[slot]! >= 0) attributes[table.name] = this.slotValues[slot]![this.accountSlots[slot]!]!;
    }
    if (role >= 0) attributes.buyingRole = BUYING_ROLES[role]!;
  }

  private readonly accountRandom = new Random(0, '');

  /** Draws the account's company once, by its first contact's persona (`firstPersona`: known when that contact is being made, else -1). */
  private drawAccount(account: number, firstPersona: number): void {
    if (this.cachedAccount === account) return;
    this.cachedAccount = account;
    const random = this.accountRandom;
    if (firstPersona < 0) {
      random.reseedIndexed(this.seed, 'gen:', this.accountStarts![account]!);
      firstPersona = random.pick(this.personaThresholds);
    }
    random.reseedIndexed(this.seed, 'acct:', account);
    this.accountCompany = random.below(COMPANIES.length);
    for (let slot = 0; slot < this.accountSlots.length; slot++) this.accountSlots[slot] = -1;
    const attributes = this.personas[firstPersona]!.attributes;
    const toSlot = this.toSlot[firstPersona]!;
    for (let k = 0; k < attributes.length; k++) {
      const slot = this.tableSlot[firstPersona]![k + 1]!;
      if (slot < 0) continue;
      const a = attributes[k]!;
      this.accountSlots[slot] = toSlot[k + 1]![random.pick(a.thresholds)]!;
    }
  }

  private email(first: number, last: number, stem: number): string {
    const key = (first * LAST_NAMES.length + last) * COMPANY_STEMS.length + stem;
    return (this.emails[key] ??= `${FIRST_SLUGS[first]}.${LAST_SLUGS[last]}@${COMPANY_SLUGS[stem]}.example`);
  }
}

/** Where each account starts when `count` prospects come in accounts of the persona file's sizes (the last one may be cut short). */
export function accountStarts(seed: number, count: number, behaviour: AccountBehaviour): Int32Array {
  const weights = behaviour.sizes.map((s) => s.weight);
  const thresholds = weightThresholds(weights, weights.reduce((a, b) => a + b, 0));
  const random = new Random(seed, 'accounts');
  const starts: number[] = [];
  for (let at = 0; at < count; ) {
    starts.push(at);
    at += behaviour.sizes[random.pick(thresholds)]!.contacts;
  }
  starts.push(count);
  return Int32Array.from(starts);
}
