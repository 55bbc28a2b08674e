// Our merge tags in Klaviyo's template language: profile variables ({{ first_name }},
// {{ person.… }}) and its link tags ({% unsubscribe_link %}, {% manage_preferences_link %}),
// as Klaviyo's help pages on personalization and unsubscribe links name them.
import type { MergeDialect } from '../mergeTags';

export const KLAVIYO_DIALECT: MergeDialect = {
  tags: {
    firstName: { as: '{{ first_name }}' },
    lastName: { as: '{{ last_name }}' },
    fullName: { as: '{{ first_name }} {{ last_name }}' },
    email: { as: '{{ email }}' },
    company: { as: '{{ person.organization }}' },
    role: { as: '{{ person.title }}' },
    unsubscribeUrl: { as: '{% unsubscribe_link %}' },
    preferencesUrl: { as: '{% manage_preferences_link %}' },
    viewInBrowserUrl: { as: '{% web_view_link %}' },
    // Klaviyo names the sending account's organization, not a person.
    senderName: { as: '{{ organization.name }}', approx: true },
  },
  // Django-style tags and variables Klaviyo evaluates; our own {{tag}}s are translated first-hand.
  lookalike: /\{%[^%]*%\}|\{\{\s*(?:person|organization|event)\.[^}]*\}\}/g,
};
