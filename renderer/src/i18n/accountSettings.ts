// UI text of buying centres in the editor: the journey's Accounts tab, the condition rules
// that look at the contact's company (their names in the inspector and their summaries on
// the canvas), and the buying roles. The results' Accounts card has its own file (accounts.ts).
export const accountSettingsEn = {
  tab: 'Accounts',
  enabled: 'Simulate contacts together with their company (account)',
  enabledOn: 'Colleagues of one company act as one account: their scores make up the account score by the rule below, and the hand-off below applies.',
  enabledOff: 'Off: every contact is simulated alone, whatever company it belongs to. The settings below are kept.',
  conditionsOff_one: '{{count}} condition looks at the account. With account mode off it counts the contact alone as its account.',
  conditionsOff_other: '{{count}} conditions look at the account. With account mode off they count the contact alone as its account.',
  score: 'Account score',
  scoreRule: 'From its contacts’ engagement scores',
  scoreRules: { sum: 'sum of all', max: 'the highest', topN: 'sum of the best N' },
  topN: 'N: best contacts counted',
  topNHint: 'The others do not count, so a large account does not outscore a small one by size alone.',
  engaged: 'Engaged contacts',
  engagedAtLeast: 'Engaged from score',
  engagedAtLeastHint: 'A contact counts as engaged from this engagement score on: for the conditions on roles engaged.',
  handoff: 'Hand-off to sales',
  handoffLevels: {
    contact: 'The contact alone',
    account: 'The whole account, to one rep',
  },
  handoffHints: {
    contact: 'Each contact who reaches a hand-off is a lead of its own.',
    account:
      'The first contact to reach a hand-off hands over its account: one lead in the sales queue (one rep’s time), one answer, qualification and deal per account, judged by the account’s fit and score. Colleagues who reach a hand-off while sales has it join it; once sales accepts the account, all its contacts are SAL.',
  },
  // In the condition step's inspector.
  condition: {
    contactGroup: 'This contact',
    accountGroup: 'The contact’s company (account)',
    accountHint: 'Looks at the contact’s company: all its contacts, as the journey’s Accounts tab sets it.',
    accountOff: 'Account mode is off for this journey: the contact counts alone as its account, so only its own score and role count (two or more roles can never be engaged).',
    openAccounts: 'Open Accounts',
    role: 'Role',
    rolesAtLeast: 'At least',
    rolesCount_one: '{{count}} role of {{total}}',
    rolesCount_other: '{{count}} roles of {{total}}',
    engagedFrom: 'A contact with a buying role counts as engaged from engagement score {{value}} on.',
    scoreRule: {
      sum: 'Account score: the sum of all its contacts’ engagement scores.',
      max: 'Account score: the highest engagement score of its contacts.',
      topN_one: 'Account score: the engagement score of its best contact.',
      topN_other: 'Account score: the sum of the engagement scores of its {{count}} best contacts.',
    },
    fitHint: 'The company’s fit grade: from the fit rules on company fields only ({{fields}}).',
  },
};

/** The names of the condition rules on accounts in the inspector's "Checks" list (inspector.ruleKinds). */
export const accountRuleKindsEn = { accountScore: 'account score', roleEngaged: 'a role engaged', rolesEngaged: 'number of roles engaged', accountFit: 'account fit grade' };

/** Summaries on the canvas (summary.*). */
export const accountSummariesEn = {
  accountScore: 'If account score ≥ {{value}}',
  roleEngaged: 'If the account has an engaged {{role}}',
  rolesEngaged_one: 'If at least {{count}} role of the account is engaged',
  rolesEngaged_other: 'If at least {{count}} roles of the account are engaged',
  accountFit: 'If account fit grade {{grade}} or better',
};

/** The roles of a buying centre (buyingRoles.*), written to stand inside a sentence. */
export const buyingRolesEn = { decisionMaker: 'decision maker', influencer: 'influencer', user: 'user', buyer: 'buyer', gatekeeper: 'gatekeeper' };

export const accountSettingsDe: typeof accountSettingsEn = {
  tab: 'Accounts',
  enabled: 'Kontakte gemeinsam mit ihrem Unternehmen (Account) simulieren',
  enabledOn: 'Kollegen eines Unternehmens bilden einen Account: ihre Scores ergeben den Account-Score nach der Regel unten, und die Übergabe unten gilt.',
  enabledOff: 'Aus: jeder Kontakt wird allein simuliert, gleich zu welchem Unternehmen er gehört. Die Einstellungen unten bleiben erhalten.',
  conditionsOff_one: '{{count}} Bedingung prüft den Account. Solange der Account-Modus aus ist, zählt sie den Kontakt allein als seinen Account.',
  conditionsOff_other: '{{count}} Bedingungen prüfen den Account. Solange der Account-Modus aus ist, zählen sie den Kontakt allein als seinen Account.',
  score: 'Account-Score',
  scoreRule: 'Aus den Engagement-Scores seiner Kontakte',
  scoreRules: { sum: 'Summe aller', max: 'der höchste', topN: 'Summe der N besten' },
  topN: 'N: gezählte beste Kontakte',
  topNHint: 'Die übrigen zählen nicht, so liegt ein großer Account nicht allein durch seine Größe vorn.',
  engaged: 'Engagierte Kontakte',
  engagedAtLeast: 'Engagiert ab Score',
  engagedAtLeastHint: 'Ab diesem Engagement-Score zählt ein Kontakt als engagiert: für die Bedingungen auf engagierte Rollen.',
  handoff: 'Übergabe an den Vertrieb',
  handoffLevels: {
    contact: 'Nur den Kontakt',
    account: 'Den ganzen Account, an einen Vertriebler',
  },
  handoffHints: {
    contact: 'Jeder Kontakt, der eine Übergabe erreicht, ist ein eigener Lead.',
    account:
      'Der erste Kontakt, der eine Übergabe erreicht, übergibt seinen Account: ein Lead in der Vertriebswarteschlange (die Zeit eines Vertrieblers), eine Antwort, Qualifizierung und ein Abschluss je Account, beurteilt nach Fit und Score des Accounts. Kollegen, die eine Übergabe erreichen, solange der Vertrieb den Account hat, kommen hinzu; nimmt der Vertrieb den Account an, sind alle seine Kontakte SAL.',
  },
  condition: {
    contactGroup: 'Dieser Kontakt',
    accountGroup: 'Das Unternehmen des Kontakts (Account)',
    accountHint: 'Betrachtet das Unternehmen des Kontakts: alle seine Kontakte, wie der Reiter „Accounts“ der Journey es festlegt.',
    accountOff: 'Der Account-Modus ist für diese Journey aus: der Kontakt zählt allein als sein Account, also nur sein eigener Score und seine Rolle (zwei oder mehr engagierte Rollen gibt es dann nie).',
    openAccounts: 'Accounts öffnen',
    role: 'Rolle',
    rolesAtLeast: 'Mindestens',
    rolesCount_one: '{{count}} Rolle von {{total}}',
    rolesCount_other: '{{count}} Rollen von {{total}}',
    engagedFrom: 'Ein Kontakt mit Buying-Center-Rolle zählt ab Engagement-Score {{value}} als engagiert.',
    scoreRule: {
      sum: 'Account-Score: die Summe der Engagement-Scores aller seiner Kontakte.',
      max: 'Account-Score: der höchste Engagement-Score seiner Kontakte.',
      topN_one: 'Account-Score: der Engagement-Score seines besten Kontakts.',
      topN_other: 'Account-Score: die Summe der Engagement-Scores seiner {{count}} besten Kontakte.',
    },
    fitHint: 'Die Fit-Note des Unternehmens: nur aus den Fit-Regeln auf Unternehmensfelder ({{fields}}).',
  },
};

export const accountRuleKindsDe: typeof accountRuleKindsEn = {
  accountScore: 'Account-Score',
  roleEngaged: 'eine engagierte Rolle',
  rolesEngaged: 'Anzahl engagierter Rollen',
  accountFit: 'Fit-Note des Accounts',
};

export const accountSummariesDe: typeof accountSummariesEn = {
  accountScore: 'Wenn Account-Score ≥ {{value}}',
  roleEngaged: 'Wenn im Account ein {{role}} engagiert ist',
  rolesEngaged_one: 'Wenn mindestens {{count}} Rolle im Account engagiert ist',
  rolesEngaged_other: 'Wenn mindestens {{count}} Rollen im Account engagiert sind',
  accountFit: 'Wenn Fit-Note des Accounts {{grade}} oder besser',
};

export const buyingRolesDe: typeof buyingRolesEn = { decisionMaker: 'Entscheider', influencer: 'Beeinflusser', user: 'Anwender', buyer: 'Einkäufer', gatekeeper: 'Gatekeeper' };
