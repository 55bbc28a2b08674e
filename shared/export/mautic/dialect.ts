// Our merge tags as Mautic tokens: {contactfield=…} (LeadBundle), {ownerfield=…}
// (LeadBundle/EventListener/OwnerSubscriber.php) and the email tokens of
// EmailBundle/EventListener/BuilderSubscriber.php ({unsubscribe_url}, {webview_url}).
import type { MergeDialect } from '../mergeTags';

export const MAUTIC_DIALECT: MergeDialect = {
  tags: {
    firstName: { as: '{contactfield=firstname}' },
    lastName: { as: '{contactfield=lastname}' },
    fullName: { as: '{contactfield=firstname} {contactfield=lastname}' },
    email: { as: '{contactfield=email}' },
    company: { as: '{contactfield=company}' },
    role: { as: '{contactfield=position}' },
    unsubscribeUrl: { as: '{unsubscribe_url}' },
    // Mautic's unsubscribe page is its preference centre when one is set up.
    preferencesUrl: { as: '{unsubscribe_url}', approx: true },
    viewInBrowserUrl: { as: '{webview_url}' },
    // The contact's owner, who sends when "mailer is owner" is on.
    senderName: { as: '{ownerfield=firstname} {ownerfield=lastname}', approx: true },
  },
  lookalike: /\{(?:contactfield|ownerfield|leadfield|pagelink|assetlink|formfield)=[^{}]*\}|\{(?:unsubscribe_text|unsubscribe_url|webview_text|webview_url|dnc_url|signature|subject|tracking_pixel)\}/g,
};
