// Buying centres: the people of one company who decide a purchase together. A journey may
// look at the account (company) of a contact — its engagement, the roles engaged, its fit —
// and hand the whole account to sales at once. What a journey does with accounts is set here
// (the journey's Accounts tab); how generated prospects come in accounts, and how colleagues
// sway each other, is set in the persona file (AccountGeneration). The semantics are in
// shared/simulation/README.md §12.
import { z } from 'zod';
import { finite } from '../journey/primitives';

/** The roles in a buying centre (Webster & Wind), in the order the app lists them. */
export const BUYING_ROLES = ['decisionMaker', 'influencer', 'user', 'buyer', 'gatekeeper'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];
export const BuyingRole = z.enum(BUYING_ROLES);

/**
 * The attributes a contact's buying role is read from, in this order: `buyingRole`, then
 * `role` when its value names a buying role ("decision_maker", "Decision maker", …); a job
 * title in `role` ("Head of Marketing") is no buying role.
 */
export const BUYING_ROLE_ATTRIBUTES = ['buyingRole', 'role'] as const;

const ROLE_BY_KEY = new Map<string, number>(BUYING_ROLES.map((role, i) => [role.toLowerCase(), i]));

/** The index in BUYING_ROLES of a value ("decision_maker", "Decision Maker", "decisionMaker"), or -1. */
export function buyingRoleIndex(value: unknown): number {
  if (typeof value !== 'string') return -1;
  return ROLE_BY_KEY.get(value.replace(/[^A-Za-z]/g, '').toLowerCase()) ?? -1;
}

/**
 * The persona file's role weights with each key that names a role spelled as BUYING_ROLES does;
 * other keys, and a second spelling of a role already named, stay as written for the schema to refuse.
 */
function canonicalRoleKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, weight] of Object.entries(value)) {
    const role = buyingRoleIndex(key);
    const name = role < 0 ? key : BUYING_ROLES[role]!;
    out[Object.hasOwn(out, name) ? key : name] = weight;
  }
  return out;
}

/** A contact's buying role (index in BUYING_ROLES) from its attributes, or -1. */
export function buyingRoleOf(attributes: Readonly<Record<string, unknown>>): number {
  for (const name of BUYING_ROLE_ATTRIBUTES) {
    const role = buyingRoleIndex(attributes[name]);
    if (role >= 0) return role;
  }
  return -1;
}

/** How the contacts' engagement scores make the account's: their sum, the highest, or the sum of the N highest. */
export const ACCOUNT_SCORE_RULES = ['sum', 'max', 'topN'] as const;
export type AccountScoreRule = (typeof ACCOUNT_SCORE_RULES)[number];

/** Who a hand-off hands over: the contact alone, or its whole account at once. */
export const HANDOFF_LEVELS = ['contact', 'account'] as const;
export type HandoffLevel = (typeof HANDOFF_LEVELS)[number];

export const AccountModel = z.object({
  /** Off (files from before it): contacts are simulated alone, whatever account they belong to. */
  enabled: z.boolean().default(false),
  score: z
    .object({
      rule: z.enum(ACCOUNT_SCORE_RULES).default('topN'),
      /** For topN: how many of the best contacts count. */
      topN: finite.int().min(1, 'must be at least 1').max(50, 'must be at most 50').default(3),
    })
    .prefault({}),
  /** A contact counts as engaged (for "roles engaged") from this engagement score on. */
  engagedAtLeast: finite.min(0, 'must not be negative').max(100_000, 'must be at most 100000').default(30),
  /**
   * account: the first contact to reach a hand-off hands the whole account to one rep (one
   * lead against capacity); sales' answer, the qualification and the deal are the account's,
   * and colleagues who reach a hand-off while sales has the account join it.
   */
  handoff: z.enum(HANDOFF_LEVELS).default('account'),
});
export type AccountModel = z.infer<typeof AccountModel>;
export const defaultAccountModel = (): AccountModel => AccountModel.parse({});

const weight = finite.min(0).max(1_000_000);

/**
 * In a persona file: how colleagues sway each other (for listed and generated prospects
 * alike), and how generated prospects come in accounts.
 */
export const AccountBehaviour = z.object({
  /** Account sizes (contacts) by weight; empty: generated prospects are alone. */
  sizes: z
    .array(z.object({ contacts: finite.int().min(1).max(200), weight }))
    .max(50)
    .refine((sizes) => sizes.length === 0 || sizes.some((s) => s.weight > 0), { message: 'at least one size needs a weight above 0' })
    .default([]),
  /** Share of accounts whose first contact is a decision maker. */
  decisionMakerShare: finite.min(0).max(1).default(0.8),
  /**
   * The roles of the other contacts, by weight (a role left out: never). A role may be spelled
   * as in a prospect file ("Decision maker", "decision_maker"); a name that is no role, or a role
   * named twice, is refused.
   */
  roles: z.preprocess(canonicalRoleKeys, z.partialRecord(BuyingRole, weight)).default({ influencer: 3, user: 3, buyer: 1, gatekeeper: 1 }),
  /** When a colleague downloads, the contact's open chance is multiplied by `openBoost` for `days`. */
  influence: z
    .object({
      openBoost: finite.min(1).max(5).default(1.5),
      days: finite.min(0).max(90).default(7),
    })
    .prefault({}),
});
export type AccountBehaviour = z.infer<typeof AccountBehaviour>;
