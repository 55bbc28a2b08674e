// What the graph platforms (HubSpot, Journey Builder, Dittofeed) share: the steps that add no
// element (a jump to a step continues there, a jump to another journey or an exit ends the path),
// the settings none of them carries, and the email content they hand over for the user to create.
import type { JourneySettings, NodeOf } from '../journey/schema';
import type { ContentTranslator } from './content';
import { passThrough as pass, type Placed } from './graphLinks';
import { note, type ReportBuilder } from './report';
import type { NoteCode, TodoCode } from './reportText';
import type { JourneyIndex } from './treePlan';

/** A jump or an exit: no element of its own. */
export function placeEnd(report: ReportBuilder, index: JourneyIndex, node: NodeOf<'jump'> | NodeOf<'exit'>, exitBecomes: string[] = []): Placed {
  if (node.type === 'exit') {
    if (node.params.reason === 'ended') report.step(node, 'mapped', exitBecomes, note('pathEnds'));
    else report.step(node, 'approximated', exitBecomes, note('outcomeNotRecorded', { reason: node.params.reason }));
    return pass;
  }
  const target = node.params.target;
  if (target.kind === 'node') report.step(node, 'mapped', [], note('continuesAt', { step: index.byId.get(target.nodeId)?.label || target.nodeId }));
  else report.step(node, 'dropped', [], note('noJourneyHandOver', { journey: target.journeyName || target.journeyId }), note('pathEnds'));
  return pass;
}

/** Frequency cap, scoring, routing and description, which these platforms carry the same way. */
export function reportCommonSettings(report: ReportBuilder, s: JourneySettings, scoring: NoteCode, descriptionKept: boolean): void {
  if (s.frequencyCap) report.setting('frequencyCap', 'dropped', [], note('capDropped'));
  else report.setting('frequencyCap', 'mapped', [], note('noCapMautic'));
  report.setting('scoring', 'dropped', [], note(scoring));
  report.setting('routing', 'dropped', [], note('routingDropped'));
  report.todo('routingByHand');
  if (s.description) report.setting('description', descriptionKept ? 'mapped' : 'dropped', descriptionKept ? ['description'] : [], note(descriptionKept ? 'descriptionKept' : 'descriptionDropped'));
}

/** Each email's content for the user to create in the platform; its id replaces the placeholder. */
export function emailsToCreate(content: ContentTranslator, report: ReportBuilder, todo: TodoCode) {
  return content.used().map((t) => ({
    templateId: t.templateId,
    placeholder: report.placeholder('email', t.templateId, todo, { template: t.name }),
    name: t.name,
    subject: t.subject,
    preheader: t.preheader,
    html: t.html,
  }));
}
