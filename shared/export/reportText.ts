// The English wording of every report note and to-do (CLI and JSON report). The app words
// the same codes from its EN/DE catalogue (renderer/src/i18n, block "exportReport"), with
// these sentences as the fallback; keep the {{placeholders}} the same in both.
import type { Params } from './report';

const NOTES = {
  pathEnds: 'The path ends here.',
  outcomeNotRecorded: 'The outcome “{{reason}}” is not recorded; the path just ends.',
  listTrigger: 'Starts when a prospect is added to the list you choose.',
  formTrigger: 'Starts when the form you choose adds a prospect.',
  stageAsSegment: 'The platform has no lifecycle stages: starts when a prospect enters a segment of profiles at stage {{stage}}.',
  eventAsMetric: 'Starts with the metric you choose for “{{event}}”.',
  eventAsSegment: 'Starts with a segment of prospects who did “{{event}}”.',
  delayRounded: 'Waits {{to}} instead of {{from}}: the platform counts whole units.',
  businessDays: '{{amount}} business days become {{days}} calendar days.',
  untilInZone: 'Waits until the next {{days}} at {{time}} ({{zone}}).',
  waitThenCheck: 'Waits the full {{timeout}}, then checks for the reaction: an earlier reaction does not shorten the wait.',
  anyEmailSinceStart: 'Counts a reaction to any email since the flow started, not only to “{{email}}”.',
  clickUrlContains: 'Counts only clicks on links whose address contains “{{target}}”.',
  visitUrl: 'Counts visits to pages whose address matches “{{target}}”.',
  decisionWithTimeout: 'Waits for the reaction; without it, the timed-out path runs after {{timeout}}.',
  decisionNeedsEmail: 'Mautic watches opens and clicks only of the email sent right before the decision; here it checks a segment after the wait instead.',
  noScore: 'The platform keeps no lead score: the points are not added, and the path goes on with the next step.',
  readsProperty: 'Reads the profile property “{{property}}”, which the platform does not compute: keep it filled (e.g. from your CRM).',
  writesProperty: 'Kept as the profile property “{{property}}”.',
  segmentCheck: 'Checks membership of a segment of {{what}}; segments are rebuilt periodically, so a very recent change may not count yet.',
  pointGroup: 'Topic scores become the point group you choose for “{{topic}}”.',
  pathsSwapped: 'Mautic asks “is on the Do-Not-Contact list?”, so yes and no are swapped.',
  randomAsSegment: 'Mautic has no random split: each branch becomes a check on a segment you build with about {{share}} % of contacts.',
  randomSplitChain: '{{count}} branches become a chain of random splits.',
  percentRounded: 'The share {{from}} % is rounded to {{to}} % (whole percent only).',
  switchChain: '{{count}} cases become a chain of yes/no checks, in order.',
  tagsAsList: 'Tags are kept in the list property “{{property}}”.',
  handoffAlert: 'Sales is told by an internal alert email and the stage is written; routing rules and sales capacity are not sent.',
  handoffOwner: 'The stage changes and the contact gets the owner you choose; routing rules and sales capacity are not sent.',
  jumpToJourney: 'Passes the prospect on to “{{journey}}” through the list or campaign you choose.',
  methodPost: 'Klaviyo sends webhooks with POST; {{method}} is not available.',
  unreachable: 'Not reachable from the start: the platform would never run it.',
  extraEntry: 'The flow has one trigger; this further start is not exported.',
  joinCopied: 'Reached from {{parents}} steps; paths in this platform never join, so this step and what follows are copied under each of them.',
  joinCut: 'From “{{from}}” the path ends here instead: another copy would make the flow too large.',
  joinBridged: 'Reached from {{parents}} steps; Mautic campaigns are trees, so the other paths continue here with “Jump to event”.',
  decisionCopied: 'Reached from {{parents}} emails; the decision is copied under each email it watches, and what follows continues with “Jump to event”.',
  loopCut: '“{{from}}” leads back to this earlier step; flows in this platform cannot loop, so that path ends there.',
  loopBridged: '“{{from}}” leads back here with “Jump to event”.',
  continuesAt: 'Continues at “{{step}}”.',
  waitMerged: 'There is no wait step: the delay ({{delay}}) is set on the step that follows.',
  waitBeforeDecision: 'A decision cannot be delayed: the wait before it is not exported.',
  templateMissing: 'The email has no template here; the platform gets an email without content.',
  noTemplate: 'The step names no template.',
  unknownTag: '“{{tag}}” is not a known merge tag: left as it is.',
  lookalike: '“{{text}}” looks like the platform’s own template syntax and will be read as such.',
  tagApprox: '“{{tag}}” becomes {{as}}, the nearest the platform offers.',
  tagsTranslated: '{{count}} merge tags translated to the platform’s syntax.',
  notCompiled: 'The MJML could not be compiled; the email goes without HTML.',
  // settings
  audienceSplit: 'Checked once at the start, as a first split whose “no” path ends the flow.',
  audienceSegment: 'Build the entry segment with these rules: {{rules}}.',
  audienceAny: 'Every prospect may enter.',
  consentFilter: 'A flow filter requires email marketing consent; it is checked before every step.',
  consentBuiltIn: 'The platform never emails contacts who have not consented (Do-Not-Contact list).',
  consentNotRequired: 'The platform always requires consent for marketing email; sending without it cannot be expressed.',
  reentryNever: 'A prospect enters only once.',
  reentryDays: 'A prospect may enter again after {{days}} days.',
  reentryAnyTime: 'Contacts may restart the campaign; Mautic has no minimum time between entries ({{days}} days).',
  goalFilter: 'The flow filter also requires a stage below {{stage}}; it is checked before every step, so a prospect who reaches it leaves the flow.',
  goalDropped: 'Campaigns have no goal: a prospect who reaches {{stage}} stays in the campaign.',
  noGoal: 'No goal is set.',
  windowOnDelays: 'Delays wait until {{start}}:00 on {{days}} ({{zone}}), so emails after a delay go out at the start of the window; emails right after the trigger are not held back.',
  windowOnEmails: 'Every email is sent only {{days}}, {{start}}:00–{{end}}:00.',
  windowZone: 'The time zone {{zone}} is not offered: the profile’s own time zone is used.',
  windowContactZone: 'Times are in the contact’s time zone (else the instance’s), not {{zone}}.',
  noWindow: 'No send window is set.',
  smartSending: 'Smart Sending is on for every email: it skips an email when the profile got one recently; set its window to match {{max}} per {{days}} days.',
  frequencyRules: 'Mautic caps email frequency per contact in its settings, not per campaign: set {{max}} per {{days}} days there.',
  noCap: 'No frequency cap is set; Smart Sending is switched off to match.',
  noCapMautic: 'No frequency cap is set.',
  scoringDropped: 'The platform keeps no lead score: engagement points, decay, topic scores and fit rules are not exported.',
  scoringPoints: 'Point changes of the journey’s steps are exported; the engagement rules (points per open, click …), decay and fit rules are not.',
  routingDropped: 'Routing rules, teams and weekly sales capacity are not exported.',
  descriptionKept: 'Kept as the campaign’s description.',
  descriptionDropped: 'Flows have no description.',
} as const;

const TODOS = {
  pickList: 'Replace {{placeholder}} with the id of the list {{what}}.',
  pickMetric: 'Replace {{placeholder}} with the id of your “{{metric}}” metric.',
  pickSegment: 'Replace {{placeholder}} with the id of a segment of {{what}}.',
  pickForm: 'Replace {{placeholder}} with the id of the form {{what}}.',
  pickAsset: 'Replace {{placeholder}} with the id of the asset to watch.',
  pickPointGroup: 'Replace {{placeholder}} with the id of the point group for the topic “{{topic}}”.',
  pickStage: 'Replace {{placeholder}} with the id of the stage “{{stage}}” (create the stages first).',
  pickOwner: 'Replace {{placeholder}} with the id of the user who takes the leads.',
  pickCampaign: 'Replace {{placeholder}} with the id of the campaign “{{journey}}”.',
  salesEmail: 'Replace {{placeholder}} with the address of your sales team.',
  createTemplate: 'Create the template “{{template}}” (its request is in the file) and replace {{placeholder}} with the id returned.',
  createEmail: 'Create the email “{{template}}” (its request is in the file) and replace {{placeholder}} with the id returned.',
  reviewDraft: 'The flow is created as a draft with draft emails: set the sender, review each email, then set the flow live.',
  campaignUnpublished: 'The campaign is created unpublished: check the sender of each email, then publish it.',
  customProperties: 'Make sure profiles carry the properties the journey reads or writes: {{list}}.',
  smartSendingWindow: 'Set Smart Sending’s window (account settings) to roughly {{days}} days divided by {{max}}.',
  frequencyRulesSetting: 'Set the email frequency rule in Mautic’s settings to {{max}} emails per {{days}} days.',
  pointRules: 'Recreate the engagement points (open {{open}}, click {{click}}, download {{download}} …) as Mautic point actions if you use them.',
  routingByHand: 'Assign leads to sales as your team does it today: routing rules and capacity stay in Nurture Studio.',
} as const;

export type NoteCode = keyof typeof NOTES;
export type TodoCode = keyof typeof TODOS;
export const NOTE_CODES = Object.keys(NOTES) as NoteCode[];
export const TODO_CODES = Object.keys(TODOS) as TodoCode[];

const fill = (template: string, params: Params) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : whole));

export const noteText = (code: NoteCode, params: Params): string => fill(NOTES[code], params);
export const todoText = (code: TodoCode, params: Params): string => fill(TODOS[code], params);
/** The English templates, for the app's catalogue check. */
export const ENGLISH_NOTES: Readonly<Record<NoteCode, string>> = NOTES;
export const ENGLISH_TODOS: Readonly<Record<TodoCode, string>> = TODOS;
