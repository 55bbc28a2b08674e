// Accounts (buying centres): several contacts of one company. Which prospects belong together,
// their company data kept consistent on import, and the account figures of a finished run
// from its per-prospect rows (how the engine runs an account's contacts together:
// accountRun.ts, README §12).
import { BUYING_ROLES, type BuyingRole } from '../accounts/schema';
import { LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import { ACCOUNT_JOINED, OUTCOME, type ProspectRowsData } from './aggregate';
import type { Prospect } from './model';
import { DEAL } from './salesDesk';

/**
 * Attributes that describe the company, not the person: every contact of an account has the
 * same value, because a company has one industry, size, revenue and seat. (Role, seniority,
 * budget authority, language and interests stay the contact's own.)
 */
export const ACCOUNT_ATTRIBUTES = ['industry', 'companySize', 'revenue', 'country', 'region'] as const;
export type AccountAttribute = (typeof ACCOUNT_ATTRIBUTES)[number];

type AttributeValue = Prospect['attributes'][string];

/** The most contacts one account may have (a list's further contacts are taken alone). */
export const MAX_ACCOUNT_CONTACTS = 1000;

export interface AccountDisagreement {
  attribute: AccountAttribute | 'account';
  message: string;
}

/**
 * Gives the contacts of each account the same account attributes while a list is read in
 * order. An account's value of an attribute is the first one any of its contacts has (and the
 * line it came from); a contact with the attribute empty takes it, one with another value is
 * reported and keeps the account's value.
 */
export class AccountAttributes {
  private readonly accounts = new Map<string, { values: Map<AccountAttribute, { value: AttributeValue; line: number }>; contacts: Prospect[] }>();

  /** Adds a contact (changing its attributes where they must follow its account); returns what disagreed. */
  add(prospect: Prospect, line: number): AccountDisagreement[] {
    if (prospect.account === undefined) return [];
    let account = this.accounts.get(prospect.account);
    if (!account) this.accounts.set(prospect.account, (account = { values: new Map(), contacts: [] }));
    if (account.contacts.length >= MAX_ACCOUNT_CONTACTS) {
      // An account's contacts are simulated together, each seeing every colleague: a company
      // of thousands would take one worker minutes. The rest are taken alone.
      const key = prospect.account;
      prospect.account = undefined;
      return [{ attribute: 'account', message: `Account "${key}" has ${MAX_ACCOUNT_CONTACTS.toLocaleString('en')} contacts already, the most one account may have; this contact is imported without an account.` }];
    }
    const disagreements: AccountDisagreement[] = [];
    for (const attribute of ACCOUNT_ATTRIBUTES) {
      const own = prospect.attributes[attribute];
      const known = account.values.get(attribute);
      if (known === undefined) {
        if (own === undefined) continue;
        // The first contact that names it: the contacts before, who left it empty, take it too.
        account.values.set(attribute, { value: own, line });
        for (const earlier of account.contacts) earlier.attributes[attribute] = own;
      } else if (own === undefined) {
        prospect.attributes[attribute] = known.value;
      } else if (own !== known.value) {
        disagreements.push({
          attribute,
          message: `Account "${prospect.account}": ${attribute} is ${shown(own)} here but ${shown(known.value)} in line ${known.line}; this contact takes ${shown(known.value)}.`,
        });
        prospect.attributes[attribute] = known.value;
      }
    }
    account.contacts.push(prospect);
    return disagreements;
  }
}

const shown = (value: AttributeValue) => (typeof value === 'string' ? `"${value}"` : String(value));

/** How many accounts have n contacts ("1", "2", … and the last bucket "20+"). */
export interface ContactsBucket {
  contacts: string;
  accounts: number;
}

export interface AccountFunnelStage {
  stage: Stage;
  /** Accounts at least one of whose contacts reached this stage. */
  reached: number;
  /** Share of the previous stage's accounts that reached this one (null for the first). */
  conversionFromPrevious: number | null;
}

/** The accounts of a run (SimulationResults.accounts), computed from the per-prospect rows after the run. */
export interface AccountResults {
  /** Accounts among the run's prospects, and the contacts that belong to one. */
  accounts: number;
  contacts: number;
  /** Prospects without an account: in the contact figures only. */
  contactsWithoutAccount: number;
  funnel: AccountFunnelStage[];
  contactsPerAccount: ContactsBucket[];
  meanContacts: number;
  /** Accounts with at least one deal won, and their contacts (all of them, not only the buyer). */
  won: { accounts: number; contacts: number; contactsPerAccount: ContactsBucket[]; meanContacts: number | null };
  /** Whether the journey simulated the contacts of an account together (account mode on), or each alone. */
  together: boolean;
  /** With the account-level hand-off: accounts handed to sales, and the roles engaged when they were (null: hand-off per contact). */
  handedOver: AccountHandovers | null;
}

export interface AccountHandovers {
  /** Accounts handed to sales (each once, however many of its contacts reached a hand-off). */
  accounts: number;
  /** Handed-over accounts by how many roles were engaged then (0 … 5). */
  byRolesEngaged: { roles: number; accounts: number }[];
  /** Handed-over accounts in which each role was engaged then. */
  byRole: { role: BuyingRole; accounts: number }[];
  /** Colleagues who reached a hand-off while sales had their account, and joined it (no capacity used). */
  contactsJoined: number;
}

export const MAX_CONTACTS_BUCKET = 20;

/**
 * The account figures of a run: null when no prospect has an account. `accountOf`: per
 * prospect, its account's number (-1: none). An account reaches a stage when its first
 * contact does; a contact counts with the highest stage it reached (rows.stage), and, as in
 * the contact funnel, only when the journey's audience admitted it. An account is won when
 * any of its contacts' deals was won. `handovers`: the engine's account hand-off counters
 * (Aggregate.accountHandovers) when the contacts were run together, else null.
 */
export function accountResults(
  accountOf: Int32Array | null,
  rows: Pick<ProspectRowsData, 'start' | 'length' | 'outcome' | 'stage' | 'deal'>,
  handovers: Int32Array | null = null,
  accountLevel = false,
): AccountResults | null {
  if (accountOf === null) return null;
  // Typed arrays by account number: a run may have hundreds of thousands of accounts.
  let most = -1;
  for (let i = 0; i < rows.length; i++) most = Math.max(most, accountOf[rows.start + i] ?? -1);
  const size = new Int32Array(most + 1);
  const best = new Int8Array(most + 1).fill(-1); // highest stage of an admitted contact; -1: none admitted
  const won = new Uint8Array(most + 1);
  let alone = 0;
  for (let i = 0; i < rows.length; i++) {
    const a = accountOf[rows.start + i] ?? -1;
    if (a < 0) {
      alone++;
      continue;
    }
    size[a]!++;
    if (rows.outcome[i] !== OUTCOME.notEligible && rows.stage[i]! > best[a]!) best[a] = rows.stage[i]!;
    if (rows.deal?.[i] === DEAL.won) won[a] = 1;
  }
  // Accounts none of whose contacts are in these rows (another runner's share) do not count.
  const reached = new Array<number>(LIFECYCLE_STAGES.length).fill(0);
  const sizes: number[] = [];
  const wonSizes: number[] = [];
  for (let a = 0; a <= most; a++) {
    if (size[a] === 0) continue;
    sizes.push(size[a]!);
    if (won[a]) wonSizes.push(size[a]!);
    for (let s = 0; s <= best[a]!; s++) reached[s]!++;
  }
  const accounts = sizes.length;
  if (accounts === 0) return null;
  const funnel = LIFECYCLE_STAGES.map((stage, s): AccountFunnelStage => ({ stage, reached: reached[s]!, conversionFromPrevious: null }));
  funnel.forEach((f, s) => {
    if (s > 0) f.conversionFromPrevious = funnel[s - 1]!.reached === 0 ? 0 : round(f.reached / funnel[s - 1]!.reached, 4);
  });
  const contacts = rows.length - alone;
  const wonContacts = wonSizes.reduce((sum, n) => sum + n, 0);
  return {
    accounts,
    contacts,
    contactsWithoutAccount: alone,
    funnel,
    contactsPerAccount: buckets(sizes),
    meanContacts: round(contacts / accounts, 2),
    won: {
      accounts: wonSizes.length,
      contacts: wonContacts,
      contactsPerAccount: buckets(wonSizes),
      meanContacts: wonSizes.length === 0 ? null : round(wonContacts / wonSizes.length, 2),
    },
    together: handovers !== null,
    handedOver: handovers !== null && accountLevel ? handoversOf(handovers) : null,
  };
}

/** The account hand-off counters (Aggregate.accountHandovers) as figures. */
function handoversOf(counts: Int32Array): AccountHandovers {
  const roles = BUYING_ROLES.length;
  let accounts = 0;
  for (let n = 0; n <= roles; n++) accounts += counts[n]!;
  return {
    accounts,
    byRolesEngaged: Array.from({ length: roles + 1 }, (_, n) => ({ roles: n, accounts: counts[n]! })),
    byRole: BUYING_ROLES.map((role, r) => ({ role, accounts: counts[roles + 1 + r]! })),
    contactsJoined: counts[ACCOUNT_JOINED]!,
  };
}

/** Accounts by number of contacts, from 1 up to the largest there is (the last bucket takes MAX_CONTACTS_BUCKET and more). */
function buckets(sizes: readonly number[]): ContactsBucket[] {
  if (sizes.length === 0) return [];
  const counts = new Array<number>(Math.min(sizes.reduce((m, n) => Math.max(m, n), 0), MAX_CONTACTS_BUCKET)).fill(0);
  for (const n of sizes) counts[Math.min(n, MAX_CONTACTS_BUCKET) - 1]!++;
  return counts.map((accounts, k) => ({ contacts: k + 1 === MAX_CONTACTS_BUCKET ? `${MAX_CONTACTS_BUCKET}+` : String(k + 1), accounts }));
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The run summary's figures on accounts: how many, and how many reached MQL, went to sales (null: hand-off per contact), SAL and were won. */
export function accountSummary(accounts: AccountResults): { accounts: number; mql: number; handed: number | null; sal: number; won: number } {
  const reached = (stage: Stage) => accounts.funnel.find((f) => f.stage === stage)?.reached ?? 0;
  return { accounts: accounts.accounts, mql: reached('mql'), handed: accounts.handedOver?.accounts ?? null, sal: reached('sal'), won: accounts.won.accounts };
}

/** One stage of the Accounts card: the contacts that reached it beside the accounts. */
export interface AccountStageRow {
  stage: Stage;
  contacts: number;
  accounts: number;
  /** Share of the run's accounts that reached this stage. */
  shareOfAccounts: number;
  conversionFromPrevious: number | null;
}

export interface ContactsShare extends ContactsBucket {
  /** Share of the accounts in question (all, or the won ones). */
  share: number;
}

/** What the Accounts card shows: the account funnel beside the contact funnel, and the contacts per account as shares. */
export interface AccountView {
  stages: AccountStageRow[];
  perAccount: ContactsShare[];
  perWonAccount: ContactsShare[];
}

export function accountView(accounts: AccountResults, contactFunnel: readonly { stage: Stage; reached: number }[]): AccountView {
  const contactsAt = new Map(contactFunnel.map((f) => [f.stage, f.reached]));
  const shares = (buckets: readonly ContactsBucket[], total: number) => buckets.map((b) => ({ ...b, share: total === 0 ? 0 : b.accounts / total }));
  return {
    stages: accounts.funnel.map((f) => ({
      stage: f.stage,
      contacts: contactsAt.get(f.stage) ?? 0,
      accounts: f.reached,
      shareOfAccounts: accounts.accounts === 0 ? 0 : f.reached / accounts.accounts,
      conversionFromPrevious: f.conversionFromPrevious,
    })),
    perAccount: shares(accounts.contactsPerAccount, accounts.accounts),
    perWonAccount: shares(accounts.won.contactsPerAccount, accounts.won.accounts),
  };
}
