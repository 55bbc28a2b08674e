// Editing rules for the journey's Accounts tab: each returns the account model with one
// setting replaced and the rest as it was. Whether a value is allowed (N from 1 to 50, a
// threshold from 0 on) is the schema's call: the store refuses what AccountModel refuses.
import type { AccountModel, AccountScoreRule, HandoffLevel } from './schema';

export const withAccountsEnabled = (m: AccountModel, enabled: boolean): AccountModel => ({ ...m, enabled });

/** How the contacts' scores make the account's; N is kept when switching away from "top N", so switching back restores it. */
export const withScoreRule = (m: AccountModel, rule: AccountScoreRule): AccountModel => ({ ...m, score: { ...m.score, rule } });

/** How many of the best contacts count under "top N". */
export const withTopN = (m: AccountModel, topN: number): AccountModel => ({ ...m, score: { ...m.score, topN } });

/** From which engagement score on a contact counts as engaged (for the role rules). */
export const withEngagedAtLeast = (m: AccountModel, engagedAtLeast: number): AccountModel => ({ ...m, engagedAtLeast });

export const withHandoffLevel = (m: AccountModel, handoff: HandoffLevel): AccountModel => ({ ...m, handoff });
