// What the Accounts card shows of the account-level hand-off: how many accounts went to sales,
// how many buying roles were engaged when they did, which ones, and the colleagues who joined
// an account sales already had. (The funnel and contacts per account are accountView in
// accounts.ts.)
import { BUYING_ROLES, type BuyingRole } from '../accounts/schema';
import type { AccountResults } from './accounts';

/** The most roles a buying centre has (BUYING_ROLES): the distribution runs 0 … this. */
export const MAX_ROLES_ENGAGED = BUYING_ROLES.length;

export interface ShareOfHandedOver {
  accounts: number;
  /** Share of the handed-over accounts (0 when none was). */
  share: number;
}

export interface HandoverView {
  accounts: number;
  /** Share of all the run's accounts that were handed over. */
  shareOfAccounts: number;
  /** Every count of roles from 0 to MAX_ROLES_ENGAGED, also those no account had. */
  byRolesEngaged: (ShareOfHandedOver & { roles: number })[];
  /** Every buying role in BUYING_ROLES order, also those never engaged. */
  byRole: (ShareOfHandedOver & { role: BuyingRole })[];
  /** Mean roles engaged at hand-over (null when no account was handed over). */
  meanRoles: number | null;
  contactsJoined: number;
}

/**
 * The hand-over figures of a run in the card's order, complete (a role or a count of roles
 * missing from the results counts 0) and as shares of the handed-over accounts. Null when the
 * hand-off was per contact. A count outside 0 … 5 roles or a role the app does not know is an
 * error in the results, named with its value.
 */
export function handoverView(results: Pick<AccountResults, 'accounts' | 'handedOver'>): HandoverView | null {
  const handed = results.handedOver;
  if (!handed) return null;
  const total = handed.accounts;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const byCount = new Array<number>(MAX_ROLES_ENGAGED + 1).fill(0);
  for (const { roles, accounts } of handed.byRolesEngaged) {
    if (!Number.isInteger(roles) || roles < 0 || roles > MAX_ROLES_ENGAGED) throw new Error(`Accounts handed over: byRolesEngaged has ${roles} roles; a buying centre has 0 to ${MAX_ROLES_ENGAGED}.`);
    byCount[roles]! += accounts;
  }
  const byRole = new Map<BuyingRole, number>();
  for (const { role, accounts } of handed.byRole) {
    if (!BUYING_ROLES.includes(role)) throw new Error(`Accounts handed over: byRole names "${String(role)}", which is no buying role (${BUYING_ROLES.join(', ')}).`);
    byRole.set(role, (byRole.get(role) ?? 0) + accounts);
  }
  const counted = byCount.reduce((sum, n) => sum + n, 0);
  return {
    accounts: total,
    shareOfAccounts: results.accounts === 0 ? 0 : total / results.accounts,
    byRolesEngaged: byCount.map((accounts, roles) => ({ roles, accounts, share: share(accounts) })),
    byRole: BUYING_ROLES.map((role) => ({ role, accounts: byRole.get(role) ?? 0, share: share(byRole.get(role) ?? 0) })),
    meanRoles: counted === 0 ? null : byCount.reduce((sum, n, roles) => sum + n * roles, 0) / counted,
    contactsJoined: handed.contactsJoined,
  };
}
