// One line that says what a step does ("Wait 3 days", "If clicked in …"), in the UI language.
import type { TFunction } from 'i18next';
import type { JourneyDocument, JourneyNode } from '../../../shared/journey/schema';

export function summarizeNode(node: JourneyNode, doc: JourneyDocument | null, t: TFunction): string {
  switch (node.type) {
    case 'entry':
      return node.params.source || t(`summary.trigger.${node.params.trigger}`);
    case 'sendEmail':
      return node.params.subject || t('summary.emailNoSubject');
    case 'wait':
      return t(`summary.wait.${node.params.unit}`, { count: node.params.amount });
    case 'condition': {
      const rule = node.params.rule;
      if (rule.kind === 'engagement') {
        const email = rule.emailNodeId ? doc?.nodes.find((n) => n.id === rule.emailNodeId) : undefined;
        const name =
          email?.type === 'sendEmail' ? `“${email.label ?? email.params.subject}”` : t('summary.anyEmail');
        return t(`summary.engagement.${rule.event}`, { email: name });
      }
      if (rule.kind === 'score') return t('summary.score', { value: rule.atLeast });
      return t('summary.stage', { stage: t(`stages.${rule.atLeast}`) });
    }
    case 'exit':
      return t(`summary.exit.${node.params.reason}`);
  }
}
