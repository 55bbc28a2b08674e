// The platforms a journey can be exported to, by id and name, without their adapters (the API
// contract and the renderer need only these).
export const EXPORT_TARGETS = ['klaviyo', 'mautic', 'hubspot', 'sfmc', 'dittofeed'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];
export const TARGET_NAMES: Readonly<Record<ExportTarget, string>> = {
  klaviyo: 'Klaviyo',
  mautic: 'Mautic',
  hubspot: 'HubSpot',
  sfmc: 'Salesforce Marketing Cloud',
  dittofeed: 'Dittofeed',
};
export const isExportTarget = (value: unknown): value is ExportTarget => typeof value === 'string' && (EXPORT_TARGETS as readonly string[]).includes(value);
