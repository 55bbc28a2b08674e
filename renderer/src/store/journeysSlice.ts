// The journeys library: list, create, rename, duplicate, delete, and which one is open.
import { ApiError } from '../../../shared/api/errors';
import { lastOpened } from './lastOpened';
import { messageOf } from './messageOf';
import type { SliceCreator } from './state';
import type { JourneysSlice } from './state/journeys';


export const createJourneysSlice: SliceCreator<JourneysSlice> = (set, get, backend) => {
  const guarded = async <T>(action: () => Promise<T>): Promise<T | null> => {
    try {
      const value = await action();
      get().clearNotice('journeys');
      return value;
    } catch (error) {
      get().report('journeys', error);
      return null;
    }
  };
  let answerImport: ((answer: 'replace' | 'copy' | 'skip') => void) | null = null;
  const refreshList = async () => set({ journeys: await backend.call('journeys:list', {}), listLoaded: true });

  return {
    journeys: [],
    listLoaded: false,

    async loadJourneys() {
      await guarded(refreshList);
      await guarded(() => get().refreshTemplates());
      const { journeys, openJourney } = get();
      const last = lastOpened();
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
        get().adoptRename(id, renamed.name, renamed.version);
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

    refreshJourneys: async () => void (await guarded(refreshList)),
    noteJourneySaved: (summary) => set((state) => ({ journeys: state.journeys.map((j) => (j.id === summary.id ? summary : j)) })),
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
      if (files.length === 0) return;
      await get().flushSave(); // a journey the import replaces keeps its last edits in a revision
      const refused: JourneysSlice['importProblems'] = [];
      let lastImported: string | null = null;
      const importAs = (content: string, onExisting: 'ask' | 'replace' | 'copy') => backend.call('journeys:import', { content, onExisting });
      for (const file of files) {
        if (file.error) {
          refused.push({ file: file.name, problems: [{ path: '$', message: file.error }] });
          continue;
        }
        try {
          let outcome: Awaited<ReturnType<typeof importAs>> | null;
          try {
            outcome = await importAs(file.content, 'ask');
          } catch (error) {
            const existing = error instanceof ApiError && error.conflict?.kind === 'journeyExists' ? error.conflict : null;
            if (!existing) throw error;
            // The library has it already: the user chooses, file by file.
            const answer = await new Promise<'replace' | 'copy' | 'skip'>((resolve) => {
              answerImport = resolve;
              set({ importQuestion: { file: file.name, existing: { id: existing.id, name: existing.name } } });
            });
            set({ importQuestion: null });
            outcome = answer === 'skip' ? null : await importAs(file.content, answer);
          }
          if (outcome) lastImported = outcome.journey.id;
        } catch (error) {
          const problems = error instanceof ApiError && error.problems.length > 0 ? [...error.problems] : [{ path: '$', message: messageOf(error) }];
          refused.push({ file: file.name, problems });
        }
      }
      set({ importProblems: refused });
      // Imported templates are in the library now: email steps and validation must see them.
      await guarded(() => get().refreshTemplates());
      await guarded(refreshList);
      if (lastImported) {
        // A replaced journey that is open is loaded afresh (its old state is a named revision).
        if (get().document?.id === lastImported) get().closeJourney();
        await get().openJourney(lastImported);
      }
    },

    importQuestion: null,
    answerImportQuestion(answer) {
      answerImport?.(answer);
      answerImport = null;
    },

    async importFromPlatform(from) {
      const [file] = await backend.files.openText(['json'], false);
      if (!file) return null;
      if (file.error) return { ok: false, file: file.name, problems: [{ path: '$', message: file.error }] };
      try {
        await get().flushSave();
        const result = await backend.call('journeys:importPlatform', { content: file.content, ...(from ? { from } : {}) });
        await guarded(() => get().refreshTemplates()); // its emails are templates of the library now
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

