// The platforms a flow can be imported from, without their importers (the API contract and the
// renderer need only these).
export const IMPORT_SOURCES = ['klaviyo', 'mautic'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
export const isImportSource = (v: unknown): v is ImportSource => typeof v === 'string' && (IMPORT_SOURCES as readonly string[]).includes(v);
