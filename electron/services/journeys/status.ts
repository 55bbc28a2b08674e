// How many errors each stored journey has — what the problems panel would list, by the same
// validation with the same library (templates, other journeys) — for the journey list's
// "draft / ready". Counted when a journey is written and whenever it is listed while its
// count is unknown or out of date: a count is kept per journey version and library stamp,
// so a template changed or a journey deleted elsewhere is reflected at the next listing.
import { validateJourney, type ValidationContext } from '../../../shared/journey/validate';

export interface LibraryForValidation {
  /** Changes whenever anything the validation context holds changes (template revisions, journey ids). */
  stamp(): string;
  context(): ValidationContext;
}

export class JourneyStatus {
  private readonly known = new Map<string, { version: number; stamp: string; errors: number }>();

  constructor(private readonly library: LibraryForValidation) {}

  /** Error counts of journeys as stored at these versions; `load` gives a document when its count must be worked out. */
  errorCounts(rows: readonly { id: string; version: number }[], load: (id: string) => unknown): Map<string, number> {
    const stamp = this.library.stamp();
    let context: ValidationContext | null = null;
    const counts = new Map<string, number>();
    for (const { id, version } of rows) {
      const cached = this.known.get(id);
      if (cached && cached.version === version && cached.stamp === stamp) {
        counts.set(id, cached.errors);
        continue;
      }
      context ??= this.library.context();
      counts.set(id, this.remember(id, version, stamp, load(id), context));
    }
    return counts;
  }

  /** The count for a document just written at `version`. */
  errorCount(id: string, version: number, document: unknown): number {
    return this.remember(id, version, this.library.stamp(), document, this.library.context());
  }

  forget(id: string): void {
    this.known.delete(id);
  }

  private remember(id: string, version: number, stamp: string, document: unknown, context: ValidationContext): number {
    const problems = validateJourney(document, context);
    const errors = problems.filter((p) => p.severity === 'error').length;
    this.known.set(id, { version, stamp, errors });
    return errors;
  }
}
