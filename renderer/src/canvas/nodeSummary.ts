// One line that says what a step does ("Wait 3 days", "If clicked in …"), in the UI language.
import type { TFunction } from 'i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import type { ConditionRule, JourneyNode } from '../../../shared/journey/schema';

/** Finds another step of the journey by id (for names in summaries). */
export type StepLookup = (id: string) => JourneyNode | undefined;

/** The id of the step a step's summary names (its email or jump target), if any. */
export function referencedStepId(node: JourneyNode): string | null {
  if (node.type === 'condition' && node.params.rule.kind === 'engagement') return node.params.rule.emailNodeId;
  if (node.type === 'waitForEvent') return node.params.emailNodeId;
  if (node.type === 'jump' && node.params.target.kind === 'node') return node.params.target.nodeId;
  return null;
}

function emailName(findStep: StepLookup, emailNodeId: string | null, t: TFunction): string {
  if (emailNodeId === null) return t('summary.anyEmail');
  const email = findStep(emailNodeId);
  return email?.type === 'sendEmail' ? `“${email.label ?? (email.params.subject || email.id)}”` : t('summary.missingEmail');
}

function duration(amount: number, unit: string, t: TFunction): string {
  return t(`summary.duration.${unit}`, { count: amount });
}

function conditionText(rule: ConditionRule, findStep: StepLookup, t: TFunction): string {
  switch (rule.kind) {
    case 'engagement':
      return t(`summary.engagement.${rule.event}`, { email: emailName(findStep, rule.emailNodeId, t) });
    case 'score':
      return t('summary.score', { value: rule.atLeast });
    case 'topicScore':
      return t('summary.topicScore', { topic: rule.topic, value: rule.atLeast });
    case 'fitGrade':
      return t('summary.fitGrade', { grade: rule.atLeast });
    case 'stage':
      return t('summary.stage', { stage: t(`stages.${rule.atLeast}`) });
    case 'attribute':
      return t('summary.attribute', {
        attribute: rule.rule.attribute,
        operator: t(`operators.${rule.rule.operator}`),
        value: Array.isArray(rule.rule.value) ? rule.rule.value.join(', ') : String(rule.rule.value),
      });
    case 'hasConsent':
      return t('summary.hasConsent');
  }
}

export function summarizeNode(
  node: JourneyNode,
  findStep: StepLookup,
  templates: ReadonlyMap<string, TemplateSummary>,
  t: TFunction,
): string {
  switch (node.type) {
    case 'entry':
      return node.params.source || t(`summary.trigger.${node.params.trigger}`);
    case 'sendEmail': {
      if (node.params.subject) return node.params.subject;
      if (node.params.templateId === null) return t('summary.emailNoTemplate');
      const template = templates.get(node.params.templateId);
      return template ? template.subject || template.name : t('summary.emailMissingTemplate');
    }
    case 'wait':
      return node.params.mode === 'duration'
        ? t('summary.waitFor', { duration: duration(node.params.amount, node.params.unit, t) })
        : t('summary.waitUntil', {
            days: node.params.weekdays.map((d) => t(`weekdays.${d}`)).join(', '),
            time: node.params.time,
          });
    case 'waitForEvent':
      return t(`summary.waitForEvent.${node.params.event}`, {
        email: emailName(findStep, node.params.emailNodeId, t),
        timeout: duration(node.params.timeout.amount, node.params.timeout.unit, t),
      });
    case 'condition':
      return conditionText(node.params.rule, findStep, t);
    case 'split':
      return node.params.mode === 'percent'
        ? node.params.branches.map((b) => `${b.label || b.id} ${b.percent}%`).join(' · ')
        : t('summary.switch', { attribute: node.params.attribute });
    case 'adjustScore':
      return t(node.params.topic ? 'summary.adjustTopic' : 'summary.adjust', {
        points: node.params.points > 0 ? `+${node.params.points}` : String(node.params.points),
        topic: node.params.topic,
      });
    case 'setStage':
      return t('summary.setStage', { stage: t(`stages.${node.params.stage}`) });
    case 'handoff':
      return node.params.note || t('summary.handoff', { stage: t(`stages.${node.params.stage}`) });
    case 'updateAttribute':
      return node.params.action === 'set'
        ? t('summary.setAttribute', { attribute: node.params.attribute, value: String(node.params.value) })
        : t(`summary.${node.params.action}`, { tag: node.params.tag });
    case 'jump': {
      const target = node.params.target;
      if (target.kind === 'journey') return t('summary.jumpJourney', { name: target.journeyName || target.journeyId });
      const step = findStep(target.nodeId);
      return t('summary.jumpNode', { name: step ? (step.label ?? t(`nodeTypes.${step.type}.name`)) : t('summary.missingStep') });
    }
    case 'webhook':
      return node.params.note || node.params.url || t('summary.webhook');
    case 'exit':
      return t(`summary.exit.${node.params.reason}`);
  }
}
