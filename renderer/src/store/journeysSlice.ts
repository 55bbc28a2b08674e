// The journeys library: list, create, rename, duplicate, delete, and which one is open.
import type { JourneySummary, TemplateSummary } from '../../../shared/api/contract';
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
}

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
        await backend.call('journeys:rename', { id, name });
        await refreshList();
        const { document } = get();
        if (document?.id === id) set({ document: { ...document, name: name.trim() } });
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
  };
};

export function rememberOpened(id: string): void {
  localStorage.setItem(LAST_OPENED_KEY, id);
}
