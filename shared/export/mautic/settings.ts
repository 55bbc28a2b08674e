// The journey's settings in Mautic terms, each with its report line: the start becomes the
// campaign's contact source (a segment or a form), re-entry becomes allowRestart, the send
// window the hours and weekdays of each email event; the frequency cap is an instance setting.
import type { JourneyDocument } from '../../journey/schema';
import { note, type ReportBuilder } from '../report';
import { dayList } from '../units';

export interface MauticSettings {
  source: 'lists' | 'forms';
  sourceId: string;
  allowRestart: boolean;
  window: { startHour: number; endHour: number; days: number[] } | null;
}

export function settingsForMautic(journey: JourneyDocument, report: ReportBuilder): MauticSettings {
  const s = journey.settings;
  const entry = journey.nodes.find((n) => n.type === 'entry');
  const byForm = entry?.type === 'entry' && (entry.params.trigger === 'formSubmitted' || entry.params.event === 'formSubmit');
  const rules = [
    ...(s.audience.stages.length > 0 ? [`stage is ${s.audience.stages.join(' or ')}`] : []),
    ...s.audience.rules.map((r) => `${r.attribute} ${r.operator} ${Array.isArray(r.value) ? r.value.join('/') : String(r.value)}`),
  ];
  const sourceWhat = entry?.type === 'entry' ? entry.params.source || entry.label || 'the start' : 'the start';
  const sourceId = byForm
    ? report.placeholder('form', 'entry', 'pickForm', { what: `“${sourceWhat}” that starts the journey` })
    : report.placeholder('segment', 'entry', 'pickSegment', { what: `contacts for “${sourceWhat}”${rules.length ? ` (${rules.join('; ')})` : ''}` });
  if (rules.length === 0) report.setting('audience', 'mapped', [byForm ? 'forms' : 'lists'], note('audienceAny'));
  else report.setting('audience', 'approximated', [byForm ? 'forms' : 'lists'], note('audienceSegment', { rules: rules.join('; ') }));

  if (s.consent.required) report.setting('consent', 'mapped', [], note('consentBuiltIn'));
  else report.setting('consent', 'approximated', [], note('consentNotRequired'));

  if (s.reentry.policy === 'never') report.setting('reentry', 'mapped', ['allowRestart'], note('reentryNever'));
  else report.setting('reentry', 'approximated', ['allowRestart'], note('reentryAnyTime', { days: s.reentry.days }));

  if (s.goal) report.setting('goal', 'dropped', [], note('goalDropped', { stage: s.goal.stage }));
  else report.setting('goal', 'mapped', [], note('noGoal'));

  let window: MauticSettings['window'] = null;
  if (s.sendWindow) {
    const w = s.sendWindow;
    window = { startHour: w.startHour, endHour: w.endHour, days: w.weekdays.map((d) => d % 7) };
    report.setting(
      'sendWindow',
      'approximated',
      ['triggerRestrictedStartHour', 'triggerRestrictedStopHour', 'triggerRestrictedDaysOfWeek'],
      note('windowOnEmails', { days: dayList(w.weekdays), start: w.startHour, end: w.endHour }),
      note('windowContactZone', { zone: w.timeZone }),
    );
  } else report.setting('sendWindow', 'mapped', [], note('noWindow'));

  if (s.frequencyCap) {
    const { maxEmails, perDays } = s.frequencyCap;
    report.setting('frequencyCap', 'approximated', [], note('frequencyRules', { max: maxEmails, days: perDays }));
    report.todo('frequencyRulesSetting', { max: maxEmails, days: perDays });
  } else report.setting('frequencyCap', 'mapped', [], note('noCapMautic'));

  const e = journey.scoring.engagement;
  report.setting('scoring', 'approximated', ['lead.changepoints', 'lead.points'], note('scoringPoints'));
  report.todo('pointRules', { open: e.open, click: e.click, download: e.download });
  report.setting('routing', 'dropped', [], note('routingDropped'));
  report.todo('routingByHand');
  if (s.description) report.setting('description', 'mapped', ['description'], note('descriptionKept'));
  return { source: byForm ? 'forms' : 'lists', sourceId, allowRestart: s.reentry.policy !== 'never', window };
}
