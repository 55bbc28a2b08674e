// Journey Builder's Journey Specification as POST /interaction/v1/interactions accepts it, written
// down from Salesforce's developer documentation (Marketing Cloud Engagement, read 2026-12-01):
// "Get Started with the Journey Specification" (getting-started-spec: key, name,
// workflowApiVersion, triggers, activities, goals; no start or end activity: the first activity is
// the one nothing leads to, an outcome whose next is null ends the path), "POST
// /interaction/v1/interactions" (postCreateInteraction), "Contact Event" (contact-event), "Email
// Activity Format" (send-email), "Wait Format" (wait), "Engagement Split Format"
// (engagement-split), "Multi Criteria Decision" (decision-split), "Random Split Format"
// (random-split), "Join Activity Format" (join: joins are outcomes pointing at one activity), "Data
// Extension Update Activity Format" (data-extension-update), "REST (Custom) Activity Format" (rest).
// The schema in schema.ts checks the golden files against these.

export type SfmcOutcome = { key: string; next: string | null; arguments?: Record<string, unknown>; metaData?: { label: string } };

export interface SfmcActivity {
  key: string;
  name: string;
  type: 'EMAILV2' | 'WAIT' | 'ENGAGEMENTDECISION' | 'MULTICRITERIADECISION' | 'RANDOMSPLIT' | 'DATAEXTENSIONUPDATE' | 'REST';
  outcomes: SfmcOutcome[];
  arguments?: Record<string, unknown>;
  configurationArguments: Record<string, unknown>;
  metaData?: Record<string, unknown>;
}

export interface SfmcJourney {
  key: string;
  name: string;
  description: string;
  workflowApiVersion: 1;
  entryMode: 'SingleEntryAcrossAllVersions' | 'MultipleEntries';
  triggers: { key: string; name: string; type: 'Event'; eventDefinitionKey: string; arguments: Record<string, never>; configurationArguments: Record<string, unknown>; metaData: { eventDefinitionKey: string }; outcomes: [] }[];
  activities: SfmcActivity[];
  goals: { key: string; name: string; type: 'ContactDecision'; configurationArguments: { criteria: string } }[];
  exits: never[];
}

export interface SfmcExport {
  format: 'nurture-studio.platform-export';
  formatVersion: 1;
  target: 'sfmc';
  placeholders: { placeholder: string; fillWith: string }[];
  /** The content of each email to create in Content Builder; its id replaces `placeholder`. */
  emails: { templateId: string; placeholder: string; name: string; subject: string; preheader: string; html: string }[];
  journey: { method: 'POST'; path: '/interaction/v1/interactions'; body: SfmcJourney };
}
