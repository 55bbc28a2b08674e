// Our merge tags in HubSpot's HubL for emails (HubSpot developer documentation, "HubL variables":
// the contact dictionary, site_settings, and the required email variables unsubscribe_link and
// view_as_page_url). Contact properties by their internal names (firstname, jobtitle …).
import type { MergeDialect } from '../mergeTags';

export const HUBSPOT_DIALECT: MergeDialect = {
  tags: {
    firstName: { as: '{{ contact.firstname }}' },
    lastName: { as: '{{ contact.lastname }}' },
    fullName: { as: '{{ contact.firstname }} {{ contact.lastname }}' },
    email: { as: '{{ contact.email }}' },
    company: { as: '{{ contact.company }}' },
    role: { as: '{{ contact.jobtitle }}' },
    unsubscribeUrl: { as: '{{ unsubscribe_link }}' },
    // HubSpot's unsubscribe page is its subscription preferences page.
    preferencesUrl: { as: '{{ unsubscribe_link }}', approx: true },
    viewInBrowserUrl: { as: '{{ view_as_page_url }}' },
    senderName: { as: '{{ site_settings.company_name }}', approx: true },
  },
  lookalike: /\{%[^%]*%\}|\{\{\s*(?:contact|site_settings|owner|company)\.[^}]*\}\}|\{\{\s*(?:unsubscribe_link|unsubscribe_link_all|view_as_page_url)\s*\}\}/g,
};
