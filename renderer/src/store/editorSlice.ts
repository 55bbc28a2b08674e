// The open journey: its document, edits applied as typed changes, selection (never saved,
// never undone) and a debounced autosave that never drops an edit made while saving.
import { applyChanges, type JourneyChange } from '../../../shared/journey/changes';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { messageOf, type SliceCreator } from './appStore';
import { rememberOpened } from './journeysSlice';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface EditorSlice {
  document: JourneyDocument | null;
  loadingJourneyId: string | null;
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  saveState: SaveState;
  saveError: string | null;
  openJourney(id: string): Promise<void>;
  closeJourney(): void;
  applyEdit(changes: JourneyChange[]): void;
  setSelection(nodeIds: string[], edgeIds: string[]): void;
  /** Writes pending edits now; resolves when the stored document matches the editor. */
  flushSave(): Promise<void>;
}

export const createEditorSlice: SliceCreator<EditorSlice> = (set, get, backend) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let dirty = false;

  const saveNow = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight) await inFlight;
    const { document } = get();
    if (!dirty || !document) return;
    dirty = false;
    set({ saveState: 'saving' });
    inFlight = (async () => {
      try {
        const summary = await backend.call('journeys:save', { document });
        set((state) => ({
          saveState: dirty ? 'pending' : 'saved',
          saveError: null,
          journeys: state.journeys.map((j) => (j.id === summary.id ? summary : j)),
        }));
      } catch (error) {
        // Keep the edit: it stays dirty and is retried with the next change or flush.
        dirty = true;
        set({ saveState: 'error', saveError: messageOf(error) });
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
    if (dirty && get().saveState === 'pending') scheduleSave();
  };

  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  };

  return {
    document: null,
    loadingJourneyId: null,
    selectedNodeIds: [],
    selectedEdgeIds: [],
    saveState: 'saved',
    saveError: null,

    async openJourney(id) {
      await saveNow();
      set({ loadingJourneyId: id });
      try {
        const document = await backend.call('journeys:load', { id });
        if (get().loadingJourneyId !== id) return; // another journey was chosen meanwhile
        rememberOpened(id);
        set({ document, loadingJourneyId: null, selectedNodeIds: [], selectedEdgeIds: [], saveState: 'saved', saveError: null });
      } catch (error) {
        set({ loadingJourneyId: null, libraryError: messageOf(error) });
      }
    },

    closeJourney() {
      clearTimeout(timer);
      dirty = false;
      set({ document: null, selectedNodeIds: [], selectedEdgeIds: [], saveState: 'saved', saveError: null });
    },

    applyEdit(changes) {
      const { document } = get();
      if (!document || changes.length === 0) return;
      const next = applyChanges(document, changes);
      if (next === document) return;
      dirty = true;
      set({ document: next, saveState: get().saveState === 'saving' ? 'saving' : 'pending' });
      scheduleSave();
    },

    setSelection(nodeIds, edgeIds) {
      set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds });
    },

    flushSave: saveNow,
  };
};
