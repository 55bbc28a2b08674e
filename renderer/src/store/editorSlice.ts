// The open journey: its document, edits applied as typed changes, selection (never saved,
// never undone) and a debounced autosave that never drops an edit made while saving.
import { applyChanges, type JourneyChange } from '../../../shared/journey/changes';
import { emptyHistory, type History, record, redo, seal, undo } from '../../../shared/journey/history';
import type { JourneyDocument } from '../../../shared/journey/schema';
import type { JourneyRevisionSummary } from '../../../shared/api/contract';
import type { Problem } from '../../../shared/journey/validate';
import { messageOf, type SliceCreator } from './appStore';
import { rememberOpened } from './journeysSlice';

export const AUTOSAVE_DELAY_MS = 800;
const VALIDATION_DELAY_MS = 250;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface EditorSlice {
  document: JourneyDocument | null;
  /** The stored version the open document is based on; each save names it (see 'journeys:save'). */
  documentVersion: number | null;
  loadingJourneyId: string | null;
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  saveState: SaveState;
  saveError: string | null;
  history: History;
  problems: Problem[];
  /** Worst problem severity per step id, for the marks on the canvas. */
  problemsByNode: ReadonlyMap<string, 'error' | 'warning'>;
  problemsByEdge: ReadonlySet<string>;
  openJourney(id: string): Promise<void>;
  closeJourney(): void;
  /** Applies typed changes as one undoable edit; edits with the same open `coalesce` key merge (a drag). */
  applyEdit(changes: JourneyChange[], options?: { coalesce?: string }): void;
  /** Ends the current coalesced edit, e.g. when a drag stops. */
  sealEdit(): void;
  undo(): void;
  redo(): void;
  journeyRevisions: JourneyRevisionSummary[];
  /** An old revision shown read-only instead of the current document. */
  viewingRevision: { revision: number; name: string; document: JourneyDocument } | null;
  loadJourneyRevisions(): Promise<void>;
  saveJourneyRevision(name: string): Promise<void>;
  viewJourneyRevision(revision: number): Promise<void>;
  closeJourneyRevision(): void;
  restoreJourneyRevision(revision: number): Promise<void>;
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
    const { document, documentVersion } = get();
    if (!dirty || !document || documentVersion === null) return;
    dirty = false;
    set({ saveState: 'saving' });
    inFlight = (async () => {
      try {
        const summary = await backend.call('journeys:save', { document, baseVersion: documentVersion });
        set((state) => ({
          saveState: dirty ? 'pending' : 'saved',
          saveError: null,
          documentVersion: state.document?.id === summary.id ? summary.version : state.documentVersion,
          journeys: state.journeys.map((j) => (j.id === summary.id ? summary : j)),
        }));
      } catch (error) {
        // Keep the edit: it stays dirty and is retried with the next change or flush. A
        // conflict (changed elsewhere) stays refused until the user reloads or keeps a copy.
        dirty = true;
        set({ saveState: 'error', saveError: messageOf(error) });
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
    if (dirty && get().saveState === 'pending') scheduleSave();
  };

  /** Puts a new document in place (edit, undo or redo), keeps the selection valid and saves soon. */
  const replaceDocument = (next: JourneyDocument) => {
    const ids = new Set(next.nodes.map((n) => n.id));
    const edgeIds = new Set(next.edges.map((e) => e.id));
    dirty = true;
    set({
      document: next,
      selectedNodeIds: get().selectedNodeIds.filter((id) => ids.has(id)),
      selectedEdgeIds: get().selectedEdgeIds.filter((id) => edgeIds.has(id)),
      saveState: get().saveState === 'saving' ? 'saving' : 'pending',
    });
    scheduleSave();
    scheduleValidation(VALIDATION_DELAY_MS);
  };

  let validationTimer: ReturnType<typeof setTimeout> | undefined;
  let validationTicket = 0;
  const scheduleValidation = (delay: number) => {
    clearTimeout(validationTimer);
    validationTimer = setTimeout(() => void validateNow(), delay);
  };
  const validateNow = async () => {
    const document = get().document;
    if (!document) return;
    const ticket = ++validationTicket;
    try {
      const problems = await backend.call('journeys:validate', { document });
      if (ticket !== validationTicket || get().document?.id !== document.id) return;
      const byNode = new Map<string, 'error' | 'warning'>();
      for (const p of problems) if (p.nodeId && byNode.get(p.nodeId) !== 'error') byNode.set(p.nodeId, p.severity);
      set({ problems, problemsByNode: byNode, problemsByEdge: new Set(problems.filter((p) => p.edgeId && p.severity === 'error').map((p) => p.edgeId!)) });
    } catch {
      // Validation is advisory; a failed call leaves the last result in place.
    }
  };

  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  };

  return {
    document: null,
    documentVersion: null,
    loadingJourneyId: null,
    selectedNodeIds: [],
    selectedEdgeIds: [],
    saveState: 'saved',
    saveError: null,
    history: emptyHistory(),
    problems: [],
    journeyRevisions: [],
    viewingRevision: null,
    problemsByNode: new Map(),
    problemsByEdge: new Set(),

    async openJourney(id) {
      await saveNow();
      set({ loadingJourneyId: id });
      try {
        const { document, version } = await backend.call('journeys:load', { id });
        if (get().loadingJourneyId !== id) return; // another journey was chosen meanwhile
        rememberOpened(id);
        // Loading is not an edit: the history starts empty.
        set({ document, documentVersion: version, history: emptyHistory(), viewingRevision: null, journeyRevisions: [], loadingJourneyId: null, selectedNodeIds: [], selectedEdgeIds: [], saveState: 'saved', saveError: null });
        scheduleValidation(0);
      } catch (error) {
        set({ loadingJourneyId: null, libraryError: messageOf(error) });
      }
    },

    closeJourney() {
      clearTimeout(timer);
      dirty = false;
      set({ document: null, documentVersion: null, history: emptyHistory(), selectedNodeIds: [], selectedEdgeIds: [], saveState: 'saved', saveError: null });
    },

    applyEdit(changes, options = {}) {
      const { document } = get();
      if (!document || changes.length === 0) return;
      const next = applyChanges(document, changes);
      if (next === document) return;
      set({ history: record(get().history, document, options.coalesce ?? null) });
      replaceDocument(next);
    },

    sealEdit() {
      set({ history: seal(get().history) });
    },

    undo() {
      const { document, history } = get();
      const step = document ? undo(history, document) : null;
      if (!step) return;
      set({ history: step.history });
      replaceDocument(step.document);
    },

    async loadJourneyRevisions() {
      const id = get().document?.id;
      if (!id) return;
      try {
        set({ journeyRevisions: await backend.call('journeys:revisions', { id }) });
      } catch (error) {
        set({ libraryError: messageOf(error) });
      }
    },

    async saveJourneyRevision(name) {
      const id = get().document?.id;
      if (!id) return;
      try {
        await saveNow(); // the revision keeps what the editor shows
        await backend.call('journeys:saveRevision', { id, name });
        await get().loadJourneyRevisions();
      } catch (error) {
        set({ libraryError: messageOf(error) });
      }
    },

    async viewJourneyRevision(revision) {
      const id = get().document?.id;
      if (!id) return;
      try {
        const document = await backend.call('journeys:loadRevision', { id, revision });
        const name = get().journeyRevisions.find((r) => r.revision === revision)?.name ?? '';
        set({ viewingRevision: { revision, name, document } });
      } catch (error) {
        set({ libraryError: messageOf(error) });
      }
    },

    closeJourneyRevision() {
      set({ viewingRevision: null });
    },

    async restoreJourneyRevision(revision) {
      const id = get().document?.id;
      if (!id) return;
      try {
        await saveNow();
        const { document, version } = await backend.call('journeys:restoreRevision', { id, revision });
        // Like loading, a restore starts a fresh undo history; the replaced version is a revision now.
        set({ document, documentVersion: version, history: emptyHistory(), viewingRevision: null, selectedNodeIds: [], selectedEdgeIds: [] });
        scheduleValidation(0);
        await get().loadJourneyRevisions();
      } catch (error) {
        set({ libraryError: messageOf(error) });
      }
    },

    redo() {
      const { document, history } = get();
      const step = document ? redo(history, document) : null;
      if (!step) return;
      set({ history: step.history });
      replaceDocument(step.document);
    },

    setSelection(nodeIds, edgeIds) {
      set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds });
    },

    flushSave: saveNow,
  };
};
