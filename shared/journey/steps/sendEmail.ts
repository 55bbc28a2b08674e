// Send email: one mailing from a template of the library, with the topics that feed topic scores.
import { z } from 'zod';
import { hasUnsubscribeLink } from '../../templates/checks';
import { accepted, checked, type EditResult } from '../editResult';
import { Id, Topic } from '../primitives';
import { defineStepKind, NEXT, plainStep } from './stepKind';

export const MAX_TOPICS = 20;

export const SendEmailParams = z.object({
  templateId: Id.nullable().default(null),
  /** Overrides the template's subject when not empty. */
  subject: z.string().max(300).default(''),
  topics: z.array(Topic).max(MAX_TOPICS).default([]),
});
export type SendEmailParams = z.infer<typeof SendEmailParams>;

export const sendEmail = defineStepKind('sendEmail', SendEmailParams)({
  ...plainStep,
  group: 'messages',
  englishName: 'send-email step',
  outputs: () => NEXT,
  defaults: () => ({ templateId: null, subject: '', topics: [] }),
  check(node, c) {
    const at = { step: c.step };
    if (node.params.templateId === null) {
      c.error('email_without_template', `${c.Name} has no email template.`, at);
      return;
    }
    const template = c.templates?.get(node.params.templateId);
    if (c.templates && !template) {
      c.error('template_missing', `${c.Name} uses template "${node.params.templateId}", which is not in the library.`, { ...at, id: node.params.templateId });
      return;
    }
    if (!template) return;
    if (!hasUnsubscribeLink(template.mjml)) {
      c.error('no_unsubscribe_link', `Template “${template.name}” used by ${c.name} has no unsubscribe link.`, { ...at, template: template.name });
    }
    const errors = (template.problems ?? []).filter((p) => p.severity === 'error' && p.code !== 'no_unsubscribe_link');
    if (errors.length > 0) {
      const text = errors.map((p) => p.message).join(' ');
      c.error('template_has_errors', `Template “${template.name}” used by ${c.name} has errors: ${text}`, { ...at, template: template.name, errors: text });
    }
  },
  summary(p, c) {
    if (p.subject) return p.subject;
    if (p.templateId === null) return { key: 'summary.emailNoTemplate' };
    const template = c.template(p.templateId);
    return template ? template.subject || template.name : { key: 'summary.emailMissingTemplate' };
  },
});

/** Topics typed as "pricing, security": trimmed, empty parts dropped; refused past the schema's limits. */
export function topicsFromText(text: string): EditResult<string[]> {
  const topics = text.split(',').map((part) => part.trim()).filter(Boolean);
  return checked(SendEmailParams.shape.topics, topics, ['topics']);
}

/** Picks a template; the step takes the template's topics unless it has its own. */
export function withTemplate(params: SendEmailParams, template: { id: string; topics: readonly string[] }): EditResult<SendEmailParams> {
  const topics = params.topics.length > 0 ? params.topics : template.topics.slice(0, MAX_TOPICS);
  return accepted({ ...params, templateId: template.id, topics: [...topics] });
}
