// The open journey: its document, edits applied as typed changes, selection (never saved,
// never undone) and a debounced autosave that never drops an edit made while saving.
import { checkChanges } from '../../../shared/journey/changes';
import { APPLIED } from '../../../shared/journey/editResult';
import { emptyHistory, record, redo, seal, undo } from '../../../shared/journey/history';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { rememberOpened } from './lastOpened';
import { messageOf } from './messageOf';
import type { SliceCreator } from './state';
import type { EditorSlice } from './state/editor';

export const AUTOSAVE_DELAY_MS = 800;
/** After a failed save (disk or host trouble), tries again after 1 s, 2 s, 4 s … up to 30 s. */
export const SAVE_RETRY_MS = { first: 1000, max: 30_000 } as const;
const VALIDATION_DELAY_MS = 250;

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
        }));
        get().noteJourneySaved(summary);
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
        set({ loadingJourneyId: null });
        get().report('editor', error);
      }
    },

    adoptRename(id, name, version) {
      const { document, documentVersion } = get();
      if (document?.id !== id) return;
      // The rename is a new version; the editor moves on to it only if nothing else was
      // stored in between, or its next save would overwrite that unseen change.
      set({ document: { ...document, name }, documentVersion: version === (documentVersion ?? 0) + 1 ? version : documentVersion });
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
        get().report('editor', error);
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
        get().report('editor', error);
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
        get().report('editor', error);
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
        get().report('editor', error);
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
