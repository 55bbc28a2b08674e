// Journey → Salesforce Marketing Cloud Journey Builder: the Journey Specification body of POST
// /interaction/v1/interactions (one entry event, activities linked by outcomes, a goal), plus the
// content of every email for Content Builder. Paths may join (several outcomes point at one
// activity, as the spec's join format describes); loops are cut. Shapes: wire.ts and schema.ts.
import type { ExchangeTemplate } from '../../exchange/format';
import type { JourneyDocument } from '../../journey/schema';
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
import { uuidOf } from '../uuid';
import { SFMC_DIALECT } from './dialect';
import { placeStep, type SfmcEmitter } from './steps';
import type { SfmcExport, SfmcJourney } from './wire';

export function exportToSfmc(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): PlatformExport<SfmcExport> {
  const report = new ReportBuilder('sfmc', journey);
  const index = indexJourney(journey);
  const content = new ContentTranslator(templates, SFMC_DIALECT, report);
  const e: SfmcEmitter = { journey, report, content, index, activities: [], emailKeys: new Map() };
  const s = journey.settings;

  const [entry, ...extra] = index.entries;
  for (const other of extra) report.step(other, 'dropped', [], note('extraEntry'));
  if (entry) linkGraph(journey, index, entry, report, (node) => placeStep(e, node));

  const eventKey = report.placeholder('event', 'entry', 'pickEventDefinition', { what: entry?.type === 'entry' ? entry.params.source || entry.label || entry.params.trigger : 'the start' });
  if (entry?.type === 'entry') report.step(entry, 'approximated', ['trigger'], note('entryEventDefinition'));
  const audienceRules = [...(s.audience.stages.length > 0 ? [`stage is ${s.audience.stages.join(' or ')}`] : []), ...s.audience.rules.map((r) => `${r.attribute} ${r.operator} ${Array.isArray(r.value) ? r.value.join('/') : String(r.value)}`)];
  const criteria = audienceRules.length > 0 ? report.placeholder('criteria', 'audience', 'buildCriteria', { rule: audienceRules.join('; ') }) : null;
  if (criteria) report.setting('audience', 'approximated', ['triggers.configurationArguments.criteria'], note('audienceCriteria'));
  else report.setting('audience', 'mapped', [], note('audienceAny'));

  if (s.consent.required) report.setting('consent', 'mapped', [], note('consentSfmc'));
  else report.setting('consent', 'approximated', [], note('consentNotRequired'));
  report.setting('reentry', 'approximated', ['entryMode'], s.reentry.policy === 'never' ? note('reentryNever') : note('reentryNoInterval', { days: s.reentry.days }), note('entryModeUnverified'));
  const goals: SfmcJourney['goals'] = [];
  if (s.goal) {
    goals.push({ key: 'GOAL-1', name: `Reached ${s.goal.stage}`, type: 'ContactDecision', configurationArguments: { criteria: report.placeholder('criteria', 'goal', 'buildCriteria', { rule: `lifecycle stage ${s.goal.stage} or later` }) } });
    report.setting('goal', 'approximated', ['goals'], note('goalCriteria', { stage: s.goal.stage }));
  } else report.setting('goal', 'mapped', [], note('noGoal'));
  if (s.sendWindow) report.setting('sendWindow', 'dropped', [], note('windowSfmc', { days: dayList(s.sendWindow.weekdays), start: s.sendWindow.startHour, end: s.sendWindow.endHour }));
  else report.setting('sendWindow', 'mapped', [], note('noWindow'));
  reportCommonSettings(report, s, 'scoringDropped', true);
  const emails = emailsToCreate(content, report, 'createSfmcEmail');
  reportSalesSide(report, journey, index);
  reportAccountSide(report, journey, { capability: 'accountsSfmc', fieldsTodo: 'accountFieldsProfile', handoffTodo: 'accountHandoffByHand' });
  todoProperties(report, journey);
  report.todo('journeyDraft');
  const body: SfmcJourney = {
    key: uuidOf(journey.id, 'journey'),
    name: journey.name,
    description: s.description,
    workflowApiVersion: 1,
    entryMode: s.reentry.policy === 'never' ? 'SingleEntryAcrossAllVersions' : 'MultipleEntries',
    triggers: [
      {
        key: 'TRIGGER',
        name: entry?.label || 'Entry',
        type: 'Event',
        eventDefinitionKey: eventKey,
        arguments: {},
        configurationArguments: criteria ? { criteria } : {},
        metaData: { eventDefinitionKey: eventKey },
        outcomes: [],
      },
    ],
    activities: e.activities,
    goals,
    exits: [],
  };
  return {
    payload: {
      format: 'nurture-studio.platform-export',
      formatVersion: 1,
      target: 'sfmc',
      placeholders: report.placeholderList().map((p) => ({ placeholder: p.placeholder, fillWith: p.todo.message })),
      emails,
      journey: { method: 'POST', path: '/interaction/v1/interactions', body },
    },
    report: report.finish(),
  };
}
