// How many errors each stored journey has — what the problems panel would list, by the same
// validation with the same library (templates with their compiled problems, other journeys) —
// for the journey list's "draft / ready". Added to every journey summary the host answers
// with; a count is kept per journey version and library stamp, so it is worked out again only
// when the journey or the library changed (a template saved or a journey deleted elsewhere
// shows at the next listing).
import type { JourneySummary, StoredJourney } from '../../../shared/api/library';
import { validateJourney, type ValidationContext } from '../../../shared/journey/validate';

export interface LibraryForValidation {
  /** Changes whenever anything the validation context holds changes (template revisions, journey ids). */
  stamp(): string;
  context(): Promise<ValidationContext>;
}

export class JourneyStatus {
  private readonly known = new Map<string, { version: number; stamp: string; errors: number }>();

  /** `load` gives a stored journey's document when its count must be worked out. */
  constructor(
    private readonly library: LibraryForValidation,
    private readonly load: (id: string) => unknown,
  ) {}

  async summarize<T extends StoredJourney>(journey: T): Promise<T & Pick<JourneySummary, 'errorCount'>> {
    return (await this.summarizeAll([journey]))[0]!;
  }

  async summarizeAll<T extends StoredJourney>(journeys: readonly T[]): Promise<(T & Pick<JourneySummary, 'errorCount'>)[]> {
    const stamp = this.library.stamp();
    let context: ValidationContext | null = null;
    const out: (T & Pick<JourneySummary, 'errorCount'>)[] = [];
    for (const journey of journeys) {
      const known = this.known.get(journey.id);
      let errors = known && known.version === journey.version && known.stamp === stamp ? known.errors : null;
      if (errors === null) {
        context ??= await this.library.context();
        let document: unknown;
        try {
          document = this.load(journey.id);
        } catch {
          continue; // deleted meanwhile (the context is worked out asynchronously)
        }
        errors = validateJourney(document, context).filter((p) => p.severity === 'error').length;
        this.known.set(journey.id, { version: journey.version, stamp, errors });
      }
      out.push({ ...journey, errorCount: errors });
    }
    return out;
  }
}
