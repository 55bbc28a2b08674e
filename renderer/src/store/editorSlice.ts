// The open journey: its document, edits applied as typed changes, selection (never saved,
// never undone) and a debounced autosave that never drops an edit made while saving.
import { checkChanges, type JourneyChange } from '../../../shared/journey/changes';
import { APPLIED, type EditOutcome } from '../../../shared/journey/editResult';
import { emptyHistory, type History, record, redo, seal, undo } from '../../../shared/journey/history';
import type { JourneyDocument } from '../../../shared/journey/schema';
import type { JourneyRevisionSummary } from '../../../shared/api/contract';
import type { Problem } from '../../../shared/journey/validate';
import { messageOf, type SliceCreator } from './appStore';
import { rememberOpened } from './journeysSlice';

export const AUTOSAVE_DELAY_MS = 800;
/** After a failed save (disk or host trouble), tries again after 1 s, 2 s, 4 s … up to 30 s. */
export const SAVE_RETRY_MS = { first: 1000, max: 30_000 } as const;
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
  /**
   * Applies typed changes as one undoable edit; edits with the same open `coalesce` key merge
   * (a drag). Refused, with the reason, when the schema would refuse what they bring: the
   * document stays one the host accepts.
   */
  applyEdit(changes: JourneyChange[], options?: { coalesce?: string }): EditOutcome;
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
  let retryDelay: number = SAVE_RETRY_MS.first;

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
        retryDelay = SAVE_RETRY_MS.first;
        set((state) => ({
          saveState: dirty ? 'pending' : 'saved',
          saveError: null,
          documentVersion: state.document?.id === summary.id ? summary.version : state.documentVersion,
          journeys: state.journeys.map((j) => (j.id === summary.id ? summary : j)),
        }));
      } catch (error) {
        // The store only holds documents the host accepts, so this is disk or host trouble
        // (keep the edit, try again, later each time) or a conflict (changed elsewhere).
        dirty = true;
        set({ saveState: 'error', saveError: messageOf(error) });
        scheduleSave(retryDelay);
        retryDelay = Math.min(retryDelay * 2, SAVE_RETRY_MS.max);
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

  const scheduleSave = (delay: number = AUTOSAVE_DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delay);
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
      if (!document || changes.length === 0) return APPLIED;
      const checked = checkChanges(document, changes);
      if (!checked.ok) return checked;
      const next = checked.value.document;
      if (next === document) return APPLIED;
      set({ history: record(get().history, document, next, options.coalesce ?? null) });
      replaceDocument(next);
      return APPLIED;
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
