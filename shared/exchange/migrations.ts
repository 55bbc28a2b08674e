// Upgrades of older exchange files, keyed by the version they upgrade FROM (v → v+1).
// Version 1 is the first published format, so there is nothing to upgrade yet; when the
// format changes, add the step here and a sample file of the old version to the tests.
export const EXCHANGE_MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {};
