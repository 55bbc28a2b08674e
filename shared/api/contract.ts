// The one API contract between the renderer and the Node-side services. Both transports
// (Electron IPC and the local HTTP host) carry exactly these channels; the host side
// validates every request with the schema named here before a service sees it.
import { z } from 'zod';
import { AccountBehaviour } from '../accounts/schema';
import { Id, JourneyDocument } from '../journey/schema';
import type { ChannelName } from './channels';
import { LIMITS } from './limits';
import { type Preferences, PreferencesChange } from './preferences';
import { Persona, type PersonaSet, SimulationOptions } from '../simulation/model';
import { ProspectChoice } from '../simulation/runInputs';
import type { SimulationResults } from '../simulation/results';
import type { CsvRowError } from '../simulation/csv';
import type { Prospect } from '../simulation/model';
import type { TemplateProblem } from '../templates/checks';
import type { Problem } from '../journey/validate';
import type { ApiResult } from './errors';
import { EXPORT_TARGETS } from '../export/targetNames';
import type { CapabilityReport } from '../export/report';
import type { ImportReport } from '../import/importReport';
import { IMPORT_SOURCES, type ImportSource } from '../import/sources';

export type { JourneyRevisionSummary, JourneySummary, TemplateDetails, TemplateRevision, TemplateSummary, VersionedJourney } from './library';
import type { JourneyRevisionSummary, JourneySummary, TemplateDetails, TemplateRevision, TemplateSummary, VersionedJourney } from './library';

const TemplateContent = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  subject: z.string().max(300),
  preheader: z.string().max(300),
  topics: z.array(z.string().trim().min(1).max(60)).max(20),
  language: z.enum(['en', 'de']),
  mjml: z.string().max(1_000_000),
});

const MergeValues = z.object({
  firstName: z.string().max(200).optional(),
  lastName: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  company: z.string().max(200).optional(),
  role: z.string().max(200).optional(),
});

const JourneyName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const requestSchemas = {
  'journeys:list': z.object({}),
  'journeys:create': z.object({ name: JourneyName }),
  'journeys:rename': z.object({ id: Id, name: JourneyName }),
  'journeys:duplicate': z.object({ id: Id, name: JourneyName.optional() }),
  /** A document kept as a new journey (a conflicting edit kept as a copy); it gets a new id. */
  'journeys:saveCopy': z.object({ document: JourneyDocument, name: JourneyName.optional() }),
  'journeys:delete': z.object({ id: Id }),
  'journeys:load': z.object({ id: Id }),
  // A save names the version it was based on; an older one is refused as a 'conflict'.
  'journeys:save': z.object({ document: JourneyDocument, baseVersion: z.number().int().min(1) }),
  'journeys:export': z.object({ id: Id }),
  'journeys:exportPlatform': z.object({ id: Id, target: z.enum(EXPORT_TARGETS) }),
  // The size limit is checked again, with a clear message, by the importer.
  'journeys:import': z.object({
    content: z.string().max(LIMITS.openFileBytes),
    /** When the library has a journey of that id or name: ask (refused as a 'journeyExists' conflict), replace it, or import a numbered copy. */
    onExisting: z.enum(['ask', 'replace', 'copy']).default('copy'),
  }),
  // A Klaviyo flow or Mautic campaign; the kind is detected unless `from` names it.
  'journeys:importPlatform': z.object({ content: z.string().max(LIMITS.openFileBytes), from: z.enum(IMPORT_SOURCES).optional() }),
  // The shape is checked by validation itself, which reports every schema problem.
  'journeys:validate': z.object({ document: z.unknown() }),
  'journeys:saveRevision': z.object({ id: Id, name: JourneyName }),
  'journeys:revisions': z.object({ id: Id }),
  'journeys:loadRevision': z.object({ id: Id, revision: z.number().int().min(1) }),
  'journeys:restoreRevision': z.object({ id: Id, revision: z.number().int().min(1) }),
  'templates:list': z.object({}),
  'templates:get': z.object({ id: Id }),
  'templates:create': z.object({ name: JourneyName, language: z.enum(['en', 'de']).optional() }),
  // Likewise the revision a template save was based on (TemplateSummary.revision).
  'templates:save': z.object({ id: Id, content: TemplateContent, baseRevision: z.number().int().min(1) }),
  'templates:duplicate': z.object({ id: Id }),
  'templates:delete': z.object({ id: Id }),
  'templates:revisions': z.object({ id: Id }),
  'templates:restore': z.object({ id: Id, revision: z.number().int().min(1) }),
  'templates:preview': z.object({ subject: z.string().max(300), mjml: z.string().max(1_000_000), values: MergeValues.default({}) }),
  'templates:importMjml': z.object({ files: z.array(z.object({ name: z.string().min(1).max(260), content: z.string().max(LIMITS.mjmlFileBytes) })).min(1).max(LIMITS.mjmlFiles) }),
  'templates:exportMjml': z.object({ ids: z.array(Id).min(1).max(500) }),
  'prospectSets:prospects': z.object({ id: Id, limit: z.number().int().min(1).max(1000).default(100) }),
  'preferences:get': z.object({}),
  'preferences:set': z.object({ preferences: PreferencesChange }),
  'personas:list': z.object({}),
  'prospectSets:list': z.object({}),
  'prospectSets:importCsv': z.object({
    name: JourneyName,
    content: z.string().max(LIMITS.openFileBytes),
    mapping: z.record(z.string(), z.string()).optional(),
  }),
  'prospectSets:delete': z.object({ id: Id }),
  'simulation:start': z.object({
    journeyId: Id,
    prospects: ProspectChoice,
    options: SimulationOptions.partial().optional(),
    personas: z.array(Persona).min(1).max(100).optional(),
    /** With custom personas: their buying-centre behaviour (absent: none); without, the default persona file's. */
    accounts: AccountBehaviour.optional(),
  }),
  'simulation:progress': z.object({ runId: Id }),
  'simulation:cancel': z.object({ runId: Id }),
  'simulation:result': z.object({ runId: Id }),
  'simulation:list': z.object({ journeyId: Id.optional() }),
  'simulation:exportCsv': z.object({ runId: Id }),
} as const satisfies Record<ChannelName, z.ZodType>;

export interface ResponseTypes {
  'journeys:list': JourneySummary[];
  'journeys:create': JourneySummary;
  'journeys:rename': JourneySummary;
  'journeys:duplicate': JourneySummary;
  'journeys:saveCopy': JourneySummary;
  'journeys:delete': { deleted: true };
  'journeys:load': VersionedJourney;
  'journeys:save': JourneySummary;
  'journeys:export': { fileName: string; content: string };
  'journeys:exportPlatform': { fileName: string; content: string; report: CapabilityReport };
  'journeys:import': {
    journey: JourneySummary;
    renamedFrom?: string;
    /** The import replaced a journey of that id or name; its former state is a named revision. */
    replaced?: true;
    remappedTemplates: { from: string; to: string }[];
  };
  'journeys:importPlatform': ResponseTypes['journeys:import'] & { from: ImportSource; report: ImportReport };
  'journeys:validate': Problem[];
  'journeys:saveRevision': JourneyRevisionSummary;
  'journeys:revisions': JourneyRevisionSummary[];
  'journeys:loadRevision': JourneyDocument;
  'journeys:restoreRevision': VersionedJourney;
  'templates:list': TemplateSummary[];
  'templates:get': { template: TemplateDetails; problems: TemplateProblem[] };
  'templates:create': TemplateSummary;
  'templates:save': { template: TemplateDetails; problems: TemplateProblem[] };
  'templates:duplicate': TemplateSummary;
  'templates:delete': { deleted: true };
  'templates:revisions': TemplateRevision[];
  'templates:restore': { template: TemplateDetails; problems: TemplateProblem[] };
  'templates:preview': { html: string | null; problems: TemplateProblem[]; milliseconds: number };
  'templates:importMjml': { file: string; template: TemplateSummary; problems: TemplateProblem[] }[];
  'templates:exportMjml': { fileName: string; content: string }[];
  'prospectSets:prospects': Prospect[];
  'preferences:get': Preferences;
  'preferences:set': Preferences;
  'personas:list': PersonaSet;
  'prospectSets:list': ProspectSetSummary[];
  'prospectSets:importCsv': { set: ProspectSetSummary | null; imported: number; errors: CsvRowError[] };
  'prospectSets:delete': { deleted: true };
  'simulation:start': { runId: string };
  'simulation:progress': RunProgress;
  'simulation:cancel': { cancelled: boolean };
  'simulation:result': { run: RunSummary; results: SimulationResults };
  'simulation:list': RunSummary[];
  /** The CSV is fetched with the ticket through FileAccess.saveDownload, streamed, never whole. */
  'simulation:exportCsv': { fileName: string; rows: number; ticket: string };
}

export interface ProspectSetSummary {
  id: string;
  name: string;
  source: string;
  count: number;
  createdAt: string;
}

export type RunStatus = 'running' | 'done' | 'cancelled' | 'failed' | 'interrupted';

export interface RunSummary {
  id: string;
  journeyId: string;
  /** The journey's name when the run started. */
  journeyName: string;
  /** What the journey did when the run started (see journeyFingerprint) and its number of steps; null for runs stored before these were kept. */
  journeyFingerprint: string | null;
  journeySteps: number | null;
  /** Where its prospects came from: a prospect set, or generated from a persona mix (null = the default mix). */
  source: { kind: 'set'; name: string } | { kind: 'generate'; mix: Record<string, number> | null };
  status: RunStatus;
  createdAt: string;
  finishedAt: string | null;
  prospects: number;
  seed: number;
  horizonDays: number;
  error: string | null;
}

export interface RunProgress {
  runId: string;
  status: RunStatus;
  done: number;
  total: number;
  elapsedSeconds: number;
  /** Estimated seconds left, once there is enough progress to tell. */
  etaSeconds: number | null;
  error: string | null;
}

export type Channel = keyof typeof requestSchemas;
export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends Channel> = ResponseTypes[C];


export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}

/** Implemented once by the services; each transport calls it through dispatch(). */
export type ApiHandlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

/** Renderer-facing: the same shape whether IPC or HTTP carries it. */
export interface Backend {
  readonly transport: 'ipc' | 'http';
  readonly files: FileAccess;
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

export type { TextFile } from './fileChannels';
import type { TextFile } from './fileChannels';

/** Where the local HTTP host serves a download ticket (FileAccess.saveDownload): DOWNLOAD_PATH + ticket. */
export const DOWNLOAD_PATH = '/downloads/';

/** Saving and opening files: native dialogs in Electron, download and upload in a browser. */
export interface FileAccess {
  /** Resolves false when the user cancelled. */
  saveText(suggestedName: string, content: string, extensions: string[]): Promise<boolean>;
  /** Binary files (a PNG of the canvas). Resolves false when the user cancelled. */
  saveBytes(suggestedName: string, bytes: Uint8Array, extensions: string[]): Promise<boolean>;
  /**
   * A large export the host prepared (a run's CSV: simulation:exportCsv gives the ticket),
   * streamed by the host straight into the file or the browser's download, never held whole
   * in the renderer. Resolves false when the user cancelled.
   */
  saveDownload(ticket: string, suggestedName: string, extensions: string[]): Promise<boolean>;
  openText(extensions: string[], multiple: boolean): Promise<TextFile[]>;
}

/** What the Electron preload exposes on window.nurture: one named function per channel. */
export interface NurtureBridge {
  readonly api: { readonly [C in Channel]: (request: RequestOf<C>) => Promise<ApiResult<ResponseOf<C>>> };
  readonly files: FileAccess;
  readonly platform: string;
}
