// The journey's settings in Klaviyo terms, each with its report line: the audience becomes the
// first split (checked once, at entry), consent and the goal become the flow filter (checked
// before every step), re-entry becomes reentry_criteria; scoring and routing have no home.
import type { JourneyDocument } from '../../journey/schema';
import { note, type ReportBuilder } from '../report';
import { dayList } from '../units';
import { attributeCondition, stageCondition } from './filters';
import { isKlaviyoTimeZone } from './timeZones';
import type { KlaviyoCondition, KlaviyoDefinition, KlaviyoTimeZone } from './wire';


export interface KlaviyoSettings {
  audience: KlaviyoCondition[];
  reentry: NonNullable<KlaviyoDefinition['reentry_criteria']>;
  timeZone: KlaviyoTimeZone | 'profile';
}

export function settingsForKlaviyo(journey: JourneyDocument, report: ReportBuilder): KlaviyoSettings {
  const s = journey.settings;
  const audience: KlaviyoCondition[] = [];
  let approximated = false;
  if (s.audience.stages.length > 0) audience.push(stageCondition(s.audience.stages));
  for (const rule of s.audience.rules) {
    const converted = attributeCondition(rule);
    approximated ||= converted.approximated;
    audience.push(converted.condition);
  }
  if (audience.length === 0) report.setting('audience', 'mapped', [], note('audienceAny'));
  else report.setting('audience', approximated ? 'approximated' : 'mapped', ['conditional-split'], note('audienceSplit'));

  if (s.consent.required) report.setting('consent', 'mapped', ['profile_filter'], note('consentFilter'));
  else report.setting('consent', 'approximated', [], note('consentNotRequired'));

  let reentry: KlaviyoSettings['reentry'];
  if (s.reentry.policy === 'never') {
    reentry = { duration: 1, unit: 'alltime' };
    report.setting('reentry', 'mapped', ['reentry_criteria'], note('reentryNever'));
  } else {
    const days = Math.ceil(s.reentry.days);
    reentry = { duration: days, unit: 'day' };
    const rounded = days !== s.reentry.days;
    report.setting('reentry', rounded ? 'approximated' : 'mapped', ['reentry_criteria'], note('reentryDays', { days }));
  }

  if (s.goal) report.setting('goal', 'approximated', ['profile_filter'], note('goalFilter', { stage: s.goal.stage }));
  else report.setting('goal', 'mapped', [], note('noGoal'));

  let timeZone: KlaviyoSettings['timeZone'] = 'profile';
  if (s.sendWindow) {
    const w = s.sendWindow;
    const zone = isKlaviyoTimeZone(w.timeZone) ? w.timeZone : null;
    if (zone) timeZone = zone;
    report.setting(
      'sendWindow',
      'approximated',
      ['time-delay'],
      note('windowOnDelays', { start: w.startHour, days: dayList(w.weekdays), zone: w.timeZone }),
      ...(zone ? [] : [note('windowZone', { zone: w.timeZone })]),
    );
  } else report.setting('sendWindow', 'mapped', [], note('noWindow'));

  if (s.frequencyCap) {
    const { maxEmails, perDays } = s.frequencyCap;
    report.setting('frequencyCap', 'approximated', ['smart_sending_enabled'], note('smartSending', { max: maxEmails, days: perDays }));
    report.todo('smartSendingWindow', { max: maxEmails, days: perDays });
  } else report.setting('frequencyCap', 'mapped', [], note('noCap'));

  report.setting('scoring', 'dropped', [], note('scoringDropped'));
  report.setting('routing', 'dropped', [], note('routingDropped'));
  report.todo('routingByHand');
  if (s.description) report.setting('description', 'dropped', [], note('descriptionDropped'));
  return { audience, reentry, timeZone };
}
