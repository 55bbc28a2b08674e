// Generated prospects: prospect i of a run is made from (seed, i) alone, so a worker can
// create its share on the fly and a million prospects never sit in memory at once.
import type { Persona, Prospect } from './model';
import { Random } from './rng';

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
}

interface PreparedPersona {
  persona: Persona;
  attributes: { name: string; values: (string | number)[]; weights: number[]; total: number }[];
  likedTopics: string[];
}

/** Makes prospects of one plan; everything that does not depend on the prospect is worked out once. */
export class ProspectGenerator {
  private readonly personas: PreparedPersona[];
  private readonly weights: number[];
  private readonly totalWeight: number;

  constructor(
    private readonly seed: number,
    private readonly plan: GenerationPlan,
    personas: ReadonlyMap<string, Persona>,
  ) {
    const ids = Object.keys(plan.mix).filter((id) => personas.has(id) && plan.mix[id]! > 0);
    if (ids.length === 0) throw new Error('The persona mix names no persona of the persona set with a weight above 0.');
    this.weights = ids.map((id) => plan.mix[id]!);
    this.totalWeight = this.weights.reduce((a, b) => a + b, 0);
    this.personas = ids.map((id) => {
      const persona = personas.get(id)!;
      return {
        persona,
        attributes: Object.entries(persona.profile).map(([name, options]) => ({
          name,
          values: options.map((o) => o.value),
          weights: options.map((o) => o.weight),
          total: options.reduce((sum, o) => sum + o.weight, 0),
        })),
        likedTopics: Object.entries(persona.topicAffinity)
          .filter(([, affinity]) => affinity > 1)
          .map(([topic]) => topic),
      };
    });
  }

  prospect(index: number): Prospect {
    const random = new Random(this.seed, `gen:${index}`);
    const prepared = this.personas[random.weighted(this.weights, this.totalWeight)]!;
    const first = Math.floor(random.next() * FIRST_NAMES.length);
    const last = Math.floor(random.next() * LAST_NAMES.length);
    const stem = Math.floor(random.next() * COMPANY_STEMS.length);
    const suffix = COMPANY_SUFFIXES[Math.floor(random.next() * COMPANY_SUFFIXES.length)]!;
    const attributes: Record<string, string | number | boolean> = { company: `${COMPANY_STEMS[stem]} ${suffix}` };
    for (const a of prepared.attributes) attributes[a.name] = a.values[random.weighted(a.weights, a.total)]!;
    const interests: string[] = [];
    for (const topic of prepared.likedTopics) if (random.chance(0.5)) interests.push(topic);
    return {
      id: `p${index}`,
      name: `${FIRST_NAMES[first]} ${LAST_NAMES[last]}`,
      email: `${FIRST_SLUGS[first]}.${LAST_SLUGS[last]}@${COMPANY_SLUGS[stem]}.example`,
      persona: prepared.persona.id,
      consent: random.chance(prepared.persona.consentRate),
      stage: 'inquiry',
      attributes,
      interests,
      enteredAfterHours: random.next() * this.plan.entrySpreadDays * 24,
      script: null,
    };
  }
}
