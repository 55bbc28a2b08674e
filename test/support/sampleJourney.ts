import fs from 'node:fs';
import { JourneyDocument } from '../../shared/journey/schema';

/** The shipped whitepaper sample's journey, parsed afresh so each test may change it freely. */
export function sampleJourney(): JourneyDocument {
  const file = JSON.parse(fs.readFileSync('assets/journeys/whitepaper-follow-up.journey.json', 'utf8'));
  return JourneyDocument.parse(file.journey);
}
