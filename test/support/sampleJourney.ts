import sample from '../../assets/journeys/whitepaper-follow-up.journey.json';
import { JourneyDocument } from '../../shared/journey/schema';

/** A deep copy of the shipped sample, parsed, so each test may change it freely. */
export function sampleJourney(): JourneyDocument {
  return JourneyDocument.parse(structuredClone(sample));
}
