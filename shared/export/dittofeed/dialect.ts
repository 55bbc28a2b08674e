// Our merge tags in Dittofeed's Liquid templates: user properties as {{ user.… }}, and the tags
// Dittofeed registers in packages/backend-lib/src/liquid.ts (unsubscribe_url,
// subscription_management_url, view_in_browser_url) at commit 52b2bee909744d07dd5d409fd3974d4b95c66766.
import type { MergeDialect } from '../mergeTags';

export const DITTOFEED_DIALECT: MergeDialect = {
  tags: {
    firstName: { as: '{{ user.firstName }}' },
    lastName: { as: '{{ user.lastName }}' },
    fullName: { as: '{{ user.firstName }} {{ user.lastName }}' },
    email: { as: '{{ user.email }}' },
    company: { as: '{{ user.company }}' },
    role: { as: '{{ user.title }}' },
    unsubscribeUrl: { as: '{% unsubscribe_url %}' },
    preferencesUrl: { as: '{% subscription_management_url %}' },
    viewInBrowserUrl: { as: '{% view_in_browser_url %}' },
    // Dittofeed has no sender variable; a user property of that name must be filled.
    senderName: { as: '{{ user.senderName }}', approx: true },
  },
  lookalike: /\{%[^%]*%\}|\{\{\s*user\.[^}]*\}\}/g,
};
