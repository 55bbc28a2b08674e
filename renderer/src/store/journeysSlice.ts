// The journeys library: list, create, rename, duplicate, delete, and which one is open.
import type { JourneySummary, ResponseOf, TemplateSummary } from '../../../shared/api/contract';
import type { ExportTarget } from '../../../shared/export/targetNames';
import type { ImportSource } from '../../../shared/import/sources';
import { ApiError } from '../../../shared/api/errors';
import { messageOf, type SliceCreator } from './appStore';

const LAST_OPENED_KEY = 'nurture.lastJourney';

export interface JourneysSlice {
  journeys: JourneySummary[];
  listLoaded: boolean;
  /** The template library, by id, for email steps and validation. */
  templatesById: ReadonlyMap<string, TemplateSummary>;
  /** A message for the user about the last failed library action, if any. */
  libraryError: string | null;
  loadJourneys(): Promise<void>;
  createJourney(name: string): Promise<JourneySummary | null>;
  renameJourney(id: string, name: string): Promise<void>;
  duplicateJourney(id: string): Promise<void>;
  deleteJourney(id: string): Promise<void>;
  dismissLibraryError(): void;
  /** Problems of the last import that was refused, per file, until dismissed. */
  importProblems: { file: string; problems: { path: string; message: string }[] }[];
  exportJourney(id: string): Promise<void>;
  /** The journey as a sending platform's file, with its capability report (saved only when the user confirms). */
  exportForPlatform(id: string, target: ExportTarget): Promise<ResponseOf<'journeys:exportPlatform'> | null>;
  saveExportFile(fileName: string, content: string): Promise<boolean>;
  importJourneys(): Promise<void>;
  /** A Klaviyo flow or Mautic campaign chosen by the user, as a new journey (opened); its report, or every problem when nothing was stored; null when no file was chosen. */
  importFromPlatform(from: ImportSource | undefined): Promise<PlatformImportOutcome | null>;
  dismissImportProblems(): void;
}

export type PlatformImportOutcome =
  | { ok: true; file: string; result: ResponseOf<'journeys:importPlatform'> }
  | { ok: false; file: string; problems: { path: string; message: string }[] };

export const createJourneysSlice: SliceCreator<JourneysSlice> = (set, get, backend) => {
  const guarded = async <T>(action: () => Promise<T>): Promise<T | null> => {
    try {
      const value = await action();
      set({ libraryError: null });
      return value;
    } catch (error) {
      set({ libraryError: messageOf(error) });
      return null;
    }
  };
  const refreshList = async () => set({ journeys: await backend.call('journeys:list', {}), listLoaded: true });

  return {
    journeys: [],
    listLoaded: false,
    templatesById: new Map(),
    libraryError: null,

    async loadJourneys() {
      await guarded(refreshList);
      await guarded(async () => {
        const templates = await backend.call('templates:list', {});
        set({ templatesById: new Map(templates.map((t) => [t.id, t])) });
      });
      const { journeys, openJourney } = get();
      const last = localStorage.getItem(LAST_OPENED_KEY);
      const initial = journeys.find((j) => j.id === last) ?? journeys[0];
      if (initial) await openJourney(initial.id);
    },

    async createJourney(name) {
      return guarded(async () => {
        await get().flushSave();
        const created = await backend.call('journeys:create', { name });
        await refreshList();
        await get().openJourney(created.id);
        return created;
      });
    },

    async renameJourney(id, name) {
      await guarded(async () => {
        // Save pending edits first so the rename (which rewrites the document) keeps them.
        await get().flushSave();
        const renamed = await backend.call('journeys:rename', { id, name });
        await refreshList();
        const { document, documentVersion } = get();
        // The rename is a new version; the editor moves on to it only if nothing else was
        // stored in between, or its next save would overwrite that unseen change.
        const next = renamed.version === (documentVersion ?? 0) + 1 ? renamed.version : documentVersion;
        if (document?.id === id) set({ document: { ...document, name: name.trim() }, documentVersion: next });
      });
    },

    async duplicateJourney(id) {
      await guarded(async () => {
        await get().flushSave();
        const copy = await backend.call('journeys:duplicate', { id });
        await refreshList();
        await get().openJourney(copy.id);
      });
    },

    async deleteJourney(id) {
      await guarded(async () => {
        if (get().document?.id === id) get().closeJourney();
        await backend.call('journeys:delete', { id });
        await refreshList();
        const next = get().journeys[0];
        if (!get().document && next) await get().openJourney(next.id);
      });
    },

    dismissLibraryError: () => set({ libraryError: null }),
    importProblems: [],

    async exportJourney(id) {
      await guarded(async () => {
        await get().flushSave();
        const { fileName, content } = await backend.call('journeys:export', { id });
        await backend.files.saveText(fileName, content, ['json']);
      });
    },

    async exportForPlatform(id, target) {
      return guarded(async () => {
        await get().flushSave();
        return backend.call('journeys:exportPlatform', { id, target });
      });
    },

    async saveExportFile(fileName, content) {
      return (await guarded(() => backend.files.saveText(fileName, content, ['json']))) ?? false;
    },

    async importJourneys() {
      const files = await backend.files.openText(['json'], true);
      const refused: JourneysSlice['importProblems'] = [];
      let lastImported: string | null = null;
      for (const file of files) {
        if (file.error) {
          refused.push({ file: file.name, problems: [{ path: '$', message: file.error }] });
          continue;
        }
        try {
          lastImported = (await backend.call('journeys:import', { content: file.content })).journey.id;
        } catch (error) {
          const problems = error instanceof ApiError && error.problems.length > 0 ? [...error.problems] : [{ path: '$', message: messageOf(error) }];
          refused.push({ file: file.name, problems });
        }
      }
      set({ importProblems: refused });
      await guarded(refreshList);
      if (lastImported) await get().openJourney(lastImported);
    },

    async importFromPlatform(from) {
      const [file] = await backend.files.openText(['json'], false);
      if (!file) return null;
      if (file.error) return { ok: false, file: file.name, problems: [{ path: '$', message: file.error }] };
      try {
        await get().flushSave();
        const result = await backend.call('journeys:importPlatform', { content: file.content, ...(from ? { from } : {}) });
        await guarded(refreshList);
        await get().openJourney(result.journey.id);
        return { ok: true, file: file.name, result };
      } catch (error) {
        const problems = error instanceof ApiError && error.problems.length > 0 ? [...error.problems] : [{ path: '$', message: messageOf(error) }];
        return { ok: false, file: file.name, problems };
      }
    },

    dismissImportProblems: () => set({ importProblems: [] }),
  };
};

export function rememberOpened(id: string): void {
  localStorage.setItem(LAST_OPENED_KEY, id);
}
