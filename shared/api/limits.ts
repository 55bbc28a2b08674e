// Every size limit at the edges, said once: what a file picker hands over, what one request
// may carry, what each importer accepts. The transports allow at least what the importers do,
// so a file too large is always refused by its importer, with a message that says so.
const MB = 1024 * 1024;

export const LIMITS = {
  /** A journey file, or a sending platform's file, to import. */
  journeyFileBytes: 20 * MB,
  /** A prospect CSV file. */
  csvFileBytes: 64 * MB,
  /** One .mjml file, and how many at once. */
  mjmlFileBytes: 2 * MB,
  mjmlFiles: 200,
  /** The most a file picker hands to the app: the largest kind of file above. */
  openFileBytes: 64 * MB,
  /** The most the app hands over to be saved (a PNG of a large journey, an export). */
  saveFileBytes: 200 * MB,
  /** One API request's body: the largest text a request carries, as JSON (escaping at most doubles it). */
  requestBytes: 2 * 64 * MB + MB,
} as const;

/** "20 MB", "1.5 MB": a size as people say it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
