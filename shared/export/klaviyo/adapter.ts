// Journey → Klaviyo: the Flows API's create-flow request (POST /api/flows, a FlowCreateQuery with
// a definition: one trigger, a profile filter, actions linked by temporary_id, re-entry) plus one
// create-template request (POST /api/templates, editor CODE) per email. Checked against the
// vendor's generated types (klaviyo-api 23) through `Wire<…>`, see wire.ts. Klaviyo paths never
// join: a step reached from several others is copied under each while the flow stays within a
// budget, else that path ends (both reported).
import type { ExchangeTemplate } from '../../exchange/format';
import type { JourneyDocument, JourneyNode } from '../../journey/schema';
import { todoProperties } from '../attributes';
import { reportAccountSide } from '../accountSide';
import { reportSalesSide } from '../salesSide';
import { ContentTranslator } from '../content';
import { planTree, indexJourney, unfoldedSizes, type JourneyIndex } from '../treePlan';
import { note, ReportBuilder, type CapabilityReport } from '../report';
import { KLAVIYO_DIALECT } from './dialect';
import { emitStep, type Emitter, type Exits, type Setter } from './steps';
import { allOf, consentCondition, stageCondition, stagesFrom } from './filters';
import { KLAVIYO_REVISION, type KlaviyoCondition, type KlaviyoExport } from './wire';
import { settingsForKlaviyo } from './settings';

export interface PlatformExport<P> {
  payload: P;
  report: CapabilityReport;
}

export function exportToKlaviyo(journey: JourneyDocument, templates: readonly ExchangeTemplate[]): PlatformExport<KlaviyoExport> {
  const report = new ReportBuilder('klaviyo', journey);
  const index = indexJourney(journey);
  const content = new ContentTranslator(templates, KLAVIYO_DIALECT, report);
  const settings = settingsForKlaviyo(journey, report);
  const emitter: Emitter = { journey, report, content, actions: [], index, trigger: { type: 'list', id: null }, audience: settings.audience, timeZone: settings.timeZone };

  const [entry, ...extra] = index.entries;
  for (const other of extra) report.step(other, 'dropped', [], note('extraEntry'));

  let entryActionId: string | null = null;
  if (entry) {
    const exitsByKey = new Map<string, Exits>();
    for (const placement of planTree(index, [entry], copyPolicy(journey, index))) {
      if (placement.kind === 'revisit') {
        const from = placement.parentKey.split('~')[0]!;
        const fromNode = index.byId.get(from);
        const name = fromNode?.label || from;
        report.step(placement.target, 'approximated', [], note(placement.reason === 'loop' ? 'loopCut' : 'joinCut', { from: name }));
        continue;
      }
      const incoming: Setter =
        placement.parentKey === null
          ? (id) => {
              entryActionId = id;
            }
          : exitsByKey.get(placement.parentKey)!.get(placement.output!)!;
      if (placement.copy > 0 && (index.parents.get(placement.node.id) ?? 0) > 1) report.step(placement.node, 'mapped', [], note('joinCopied', { parents: index.parents.get(placement.node.id) ?? 0 }));
      exitsByKey.set(placement.key, emitStep(emitter, placement.node, placement.key, incoming));
    }
  }

  const flowFilter: KlaviyoCondition[] = [];
  if (journey.settings.consent.required) flowFilter.push(consentCondition());
  if (journey.settings.goal) flowFilter.push(stageCondition(stagesFrom(journey.settings.goal.stage), true));

  const usedTemplates = content.used();
  const payload: KlaviyoExport = {
    format: 'nurture-studio.platform-export',
    formatVersion: 1,
    target: 'klaviyo',
    revision: KLAVIYO_REVISION,
    placeholders: [],
    templates: usedTemplates.map((t) => ({
      templateId: t.templateId,
      placeholder: report.placeholder('template', t.templateId, 'createTemplate', { template: t.name }),
      method: 'POST',
      path: '/api/templates',
      body: { data: { type: 'template', attributes: { name: t.name, editor_type: 'CODE', html: t.html } } },
    })),
    flow: {
      method: 'POST',
      path: '/api/flows',
      body: {
        data: {
          type: 'flow',
          attributes: {
            name: journey.name,
            definition: {
              triggers: [emitter.trigger],
              profile_filter: flowFilter.length > 0 ? allOf(flowFilter) : null,
              actions: emitter.actions,
              entry_action_id: entryActionId,
              reentry_criteria: settings.reentry,
            },
          },
        },
      },
    },
  };
  reportSalesSide(report, journey, index);
  reportAccountSide(report, journey, { capability: 'accountsKlaviyo', fieldsTodo: 'accountFieldsProfile', handoffTodo: 'accountHandoffByHand' });
  todoProperties(report, journey);
  report.todo('reviewDraft');
  payload.placeholders = report.placeholderList().map((p) => ({ placeholder: p.placeholder, fillWith: p.todo.message }));
  return { payload, report: report.finish() };
}

/** Copies a joined step (with all that follows) while the copies add no more steps than the journey has; never a loop. */
function copyPolicy(journey: JourneyDocument, index: JourneyIndex) {
  let remaining = Math.max(50, journey.nodes.length);
  const { size, loops } = unfoldedSizes(index, journey.nodes, remaining + 1);
  return {
    onRevisit: ({ target, reason }: { target: JourneyNode; reason: 'join' | 'loop' }) => {
      const needed = size.get(target.id) ?? Infinity;
      if (reason === 'join' && !loops.has(target.id) && needed <= remaining) {
        remaining -= needed;
        return 'copyTree' as const;
      }
      return 'cut' as const;
    },
  };
}
