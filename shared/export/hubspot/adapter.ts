// Journey → HubSpot: a contact-based workflow as the automation v4 flows API creates it (POST
// /automation/v4/flows, beta): actions linked by connections (STANDARD, or GO-TO where paths join),
// list / static / A/B branches, list-based enrollment with re-enrollment, time windows from the
// send window, and the goal as goal criteria. Emails go along as content to create in HubSpot.
// Shapes: wire.ts and schema.ts (cited); what HubSpot's beta documentation did not let us verify
// is named in the report.
import type { ExchangeTemplate } from '../../exchange/format';
import type { JourneyDocument, JourneyNode } from '../../journey/schema';
import { LIFECYCLE_STAGES } from '../../journey/primitives';
import { todoProperties } from '../attributes';
import { reportAccountSide } from '../accountSide';
import { reportSalesSide } from '../salesSide';
import { ContentTranslator } from '../content';
import { linkGraph } from '../graphLinks';
import { emailsToCreate, reportCommonSettings } from '../graphSteps';
import type { PlatformExport } from '../klaviyo/adapter';
import { note, ReportBuilder } from '../report';
import { indexJourney } from '../treePlan';
import { dayList } from '../units';
import { HUBSPOT_DIALECT } from './dialect';
import { anyOf, HUBSPOT_STAGES, placeStep, ruleFilter, stageFilter, type HubSpotEmitter } from './steps';
import type { HubSpotExport, HubSpotFilter, HubSpotFlowCreate } from './wire';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export function exportToHubSpot(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): PlatformExport<HubSpotExport> {
  const report = new ReportBuilder('hubspot', journey);
  const index = indexJourney(journey);
  const content = new ContentTranslator(templates, HUBSPOT_DIALECT, report);
  const e: HubSpotEmitter = { journey, report, content, index, actions: [], nextId: 1, linked: new Set() };
  const s = journey.settings;

  const [entry, ...extra] = index.entries;
  for (const other of extra) report.step(other, 'dropped', [], note('extraEntry'));
  let start: string | null = null;
  if (entry) ({ start } = linkGraph(journey, index, entry, report, (node) => placeStep(e, node)));
  // The start is reached by enrollment, not by a link: a later link to it is a GO-TO.
  if (start) e.linked.add(start);

  const filters: HubSpotFilter[] = [...(entry ? [triggerFilter(e, entry)] : [])];
  if (s.audience.stages.length > 0) filters.push(stageFilter(s.audience.stages));
  filters.push(...s.audience.rules.map(ruleFilter));
  if (s.consent.required) filters.push({ filterType: 'PROPERTY', property: 'hs_email_optout', operation: { operationType: 'BOOL', operator: 'IS_NOT_EQUAL_TO', value: true, includeObjectsWithNoValueSet: true } });
  report.setting('audience', s.audience.stages.length + s.audience.rules.length > 0 ? 'approximated' : 'mapped', ['enrollmentCriteria'], note('audienceEnrollment'), note('betaUnverified', { what: 'filter operator names' }));
  report.setting('consent', 'mapped', ['enrollmentCriteria'], note('consentHubSpot'));
  const reenroll = s.reentry.policy !== 'never';
  report.setting('reentry', reenroll ? 'approximated' : 'mapped', ['shouldReEnroll'], s.reentry.policy === 'afterDays' ? note('reentryNoInterval', { days: s.reentry.days }) : note('reentryNever'));
  let goalFilterBranch: HubSpotFlowCreate['goalFilterBranch'];
  if (s.goal) {
    goalFilterBranch = anyOf({ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters: [stageFilter(LIFECYCLE_STAGES.slice(LIFECYCLE_STAGES.indexOf(s.goal.stage)))] });
    report.setting('goal', 'mapped', ['goalFilterBranch'], note('goalHubSpot', { stage: s.goal.stage }));
  } else report.setting('goal', 'mapped', [], note('noGoal'));
  const timeWindows: HubSpotFlowCreate['timeWindows'] = [];
  if (s.sendWindow) {
    const w = s.sendWindow;
    for (const d of w.weekdays) timeWindows.push({ day: DAYS[d - 1]!, startTime: { hour: w.startHour, minute: 0 }, endTime: w.endHour === 24 ? { hour: 23, minute: 59 } : { hour: w.endHour, minute: 0 } });
    report.setting('sendWindow', 'approximated', ['timeWindows'], note('windowHubSpot', { days: dayList(w.weekdays), start: w.startHour, end: w.endHour, zone: w.timeZone }));
  } else report.setting('sendWindow', 'mapped', [], note('noWindow'));
  reportCommonSettings(report, s, 'scoringHubSpot', true);
  const emails = emailsToCreate(content, report, 'createHubSpotEmail');
  // HubSpot is the CRM too: sales' answer shows in the lead status, which a workflow can enroll on.
  reportSalesSide(report, journey, index, { rejected: 'rebuildRejectedHubSpot', noAnswer: 'rebuildNoAnswerHubSpot' });
  reportAccountSide(report, journey, { capability: 'accountsHubSpot', fieldsTodo: 'accountFieldsHubSpot', handoffTodo: 'accountHandoffHubSpot' });
  todoProperties(report, journey);
  report.todo('workflowOff');
  const body: HubSpotFlowCreate = {
    type: 'CONTACT_FLOW',
    objectTypeId: '0-1',
    flowType: 'WORKFLOW',
    isEnabled: false,
    name: journey.name,
    description: s.description,
    ...(start ? { startActionId: start } : {}),
    actions: e.actions,
    enrollmentCriteria: { type: 'LIST_BASED', listFilterBranch: anyOf({ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters }), reEnrollmentTriggersFilterBranches: [], shouldReEnroll: reenroll, unEnrollObjectsNotMeetingCriteria: false },
    ...(goalFilterBranch ? { goalFilterBranch } : {}),
    timeWindows,
    blockedDates: [],
    customProperties: {},
    dataSources: [],
    suppressionListIds: [],
    canEnrollFromSalesforce: false,
  };
  return {
    payload: {
      format: 'nurture-studio.platform-export',
      formatVersion: 1,
      target: 'hubspot',
      placeholders: report.placeholderList().map((p) => ({ placeholder: p.placeholder, fillWith: p.todo.message })),
      emails,
      flow: { method: 'POST', path: '/automation/v4/flows', body },
    },
    report: report.finish(),
  };
}

/** What enrolls a contact: the stage it reaches, or membership of a list (the list a form or import fills). */
function triggerFilter(e: HubSpotEmitter, entry: JourneyNode): HubSpotFilter {
  if (entry.type !== 'entry') return { filterType: 'IN_LIST', listId: e.report.placeholder('list', 'entry', 'pickList', { what: 'that starts the workflow' }), operator: 'IN_LIST' };
  const p = entry.params;
  if (p.trigger === 'stageReached') {
    e.report.step(entry, 'mapped', ['enrollmentCriteria'], note('hubspotStage', { stage: p.stage ?? 'inquiry', as: HUBSPOT_STAGES[p.stage ?? 'inquiry'] }));
    return stageFilter([p.stage ?? 'inquiry']);
  }
  const what = p.source || entry.label || p.trigger;
  e.report.step(entry, 'approximated', ['enrollmentCriteria'], note('enrollByList', { what }));
  return { filterType: 'IN_LIST', listId: e.report.placeholder('list', 'entry', 'pickList', { what: `that holds the contacts of “${what}”` }), operator: 'IN_LIST' };
}
