// What the library answers about journeys and templates: summaries, details, revisions.
// Its own file so that the contract and the API errors (a conflict carries what is stored)
// can both use these without importing each other.
import type { JourneyDocument } from '../journey/schema';

export interface JourneySummary {
  id: string;
  name: string;
  nodeCount: number;
  createdAt: string;
  updatedAt: string;
  /** Counts every write of the journey (save, rename, restore); saves name the one they were based on. */
  version: number;
  /**
   * Errors validation finds in the stored journey, with the library as it is now (the same
   * check as the problems panel): 0 means ready to launch, more means still a draft.
   */
  errorCount: number;
}

/** A journey as the store keeps it; the host adds its error count when it answers (see JourneySummary). */
export type StoredJourney = Omit<JourneySummary, 'errorCount'>;

/** A journey as loaded: its document and the version a save of it must be based on. */
export interface VersionedJourney {
  document: JourneyDocument;
  version: number;
}

export interface JourneyRevisionSummary {
  revision: number;
  name: string;
  nodeCount: number;
  edgeCount: number;
  savedAt: string;
}

export interface TemplateSummary {
  id: string;
  name: string;
  subject: string;
  topics: string[];
  language: 'en' | 'de';
  kind: 'email' | 'partial';
  draft: boolean;
  revision: number;
  updatedAt: string;
}

export interface TemplateDetails extends TemplateSummary {
  preheader: string;
  mjml: string;
}

export interface TemplateRevision {
  revision: number;
  name: string;
  subject: string;
  preheader: string;
  topics: string[];
  language: 'en' | 'de';
  mjml: string;
  savedAt: string;
}
