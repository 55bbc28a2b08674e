// Our merge tags as Marketing Cloud personalization strings (Salesforce developer documentation,
// "Personalization Strings and AMPscript"): %%emailaddr%%, %%unsub_center_url%%,
// %%profile_center_url%%, %%view_email_url%%, %%Member_Busname%%. Names, company and title are
// subscriber attributes of the account; their names are the account's own (reported).
import type { MergeDialect } from '../mergeTags';

export const SFMC_DIALECT: MergeDialect = {
  tags: {
    firstName: { as: '%%FirstName%%', approx: true },
    lastName: { as: '%%LastName%%', approx: true },
    fullName: { as: '%%FirstName%% %%LastName%%', approx: true },
    email: { as: '%%emailaddr%%' },
    company: { as: '%%Company%%', approx: true },
    role: { as: '%%Title%%', approx: true },
    unsubscribeUrl: { as: '%%unsub_center_url%%' },
    preferencesUrl: { as: '%%profile_center_url%%' },
    viewInBrowserUrl: { as: '%%view_email_url%%' },
    senderName: { as: '%%Member_Busname%%', approx: true },
  },
  lookalike: /%%[^%\s]{1,60}%%|%%\[[\s\S]*?\]%%|%%=[\s\S]*?=%%/g,
};
