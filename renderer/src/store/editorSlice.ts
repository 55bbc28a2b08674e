// The open journey: its document, edits applied as typed changes, selection (never saved,
// never undone) and a debounced autosave that never drops an edit made while saving.
import { checkChanges } from '../../../shared/journey/changes';
import { APPLIED } from '../../../shared/journey/editResult';
import { emptyHistory, record, redo, seal, undo } from '../../../shared/journey/history';
import { type JourneyDocument, JourneyDocument as JourneyDocumentSchema } from '../../../shared/journey/schema';
import { ApiError } from '../../../shared/api/errors';
import { mergeDocuments } from '../../../shared/journey/merge';
import { copyName } from '../../../shared/journey/names';
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
  // The document as stored at documentVersion: the base when a conflict has to be merged.
  let stored: JourneyDocument | null = null;

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
        // The base of a later merge is what the host stored (text trimmed, defaults filled).
        stored = JourneyDocumentSchema.parse(document);
        retryDelay = SAVE_RETRY_MS.first;
        set((state) => ({
          saveState: dirty ? 'pending' : 'saved',
          saveError: null,
          documentVersion: state.document?.id === summary.id ? summary.version : state.documentVersion,
        }));
        get().noteJourneySaved(summary);
      } catch (error) {
        dirty = true;
        const conflict = error instanceof ApiError && error.conflict?.kind === 'journey' && error.conflict.id === document.id ? error.conflict : null;
        if (conflict) {
          resolveConflict(conflict.stored, conflict.storedVersion);
        } else {
          // The store only holds documents the host accepts, so this is disk or host
          // trouble: keep the edit and try again, later each time.
          set({ saveState: 'error', saveError: messageOf(error) });
          scheduleSave(retryDelay);
          retryDelay = Math.min(retryDelay * 2, SAVE_RETRY_MS.max);
        }
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
    if (dirty && get().saveState === 'pending') scheduleSave();
  };

  /**
   * Another editor saved this journey meanwhile. Edits to different steps and parts are
   * merged, and the save status says so; otherwise the edit stays here unsaved, nothing stored
   * is overwritten, and the user chooses: reload, or keep this version as a copy. After a
   * merge the undo history starts afresh: undoing the merge, or an older edit of a step the
   * other editor has changed since, would overwrite their saved work without a word.
   */
  const resolveConflict = (theirs: JourneyDocument, theirVersion: number) => {
    const mine = get().document!;
    const merged = stored ? mergeDocuments(stored, mine, theirs) : null;
    if (merged?.ok) {
      stored = theirs;
      set({ documentVersion: theirVersion, saveConflict: null, mergedNote: { mine: merged.mine, theirs: merged.theirs }, history: emptyHistory() });
      replaceDocument(merged.document);
      return;
    }
    const reason = merged && !merged.ok && merged.reason === 'samePart' ? 'settings' : 'steps';
    set({ saveState: 'conflict', saveError: null, saveConflict: { storedVersion: theirVersion, stored: theirs, both: merged && !merged.ok ? merged.ids : [], what: reason } });
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
      saveState: get().saveState === 'saving' || get().saveState === 'conflict' ? get().saveState : 'pending',
    });
    // While a conflict waits for the user's choice, saving again would only be refused again.
    if (get().saveState !== 'conflict') scheduleSave();
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
    saveConflict: null,
    mergedNote: null,
    history: emptyHistory(),
    problems: [],
    journeyRevisions: [],
    viewingRevision: null,
    problemsByNode: new Map(),
    problemsByEdge: new Set(),

    async openJourney(id) {
      // A conflicting edit waits for the user's choice; leaving it, or loading it afresh, would drop it.
      if (get().saveState === 'conflict') return get().report('editor', new Error('conflict'), 'editor.conflict.resolveFirst');
      await saveNow();
      set({ loadingJourneyId: id });
      try {
        const { document, version } = await backend.call('journeys:load', { id });
        if (get().loadingJourneyId !== id) return; // another journey was chosen meanwhile
        rememberOpened(id);
        stored = document;
        dirty = false;
        // Loading is not an edit: the history starts empty.
        set({ document, documentVersion: version, history: emptyHistory(), viewingRevision: null, journeyRevisions: [], loadingJourneyId: null, selectedNodeIds: [], selectedEdgeIds: [], saveState: 'saved', saveError: null, saveConflict: null, mergedNote: null });
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
      const adopted = version === (documentVersion ?? 0) + 1;
      if (adopted && stored) stored = { ...stored, name };
      set({ document: { ...document, name }, documentVersion: adopted ? version : documentVersion });
    },

    async reloadStored() {
      const id = get().document?.id;
      if (!id) return;
      clearTimeout(timer);
      dirty = false; // the user chose to drop this editor's changes
      set({ saveState: 'saved', saveConflict: null });
      await get().openJourney(id);
    },

    async keepMineAsCopy(copyWord) {
      const document = get().document;
      if (!document) return;
      try {
        const copy = await backend.call('journeys:saveCopy', { document, name: copyName(document.name, copyWord) });
        clearTimeout(timer);
        dirty = false; // kept in the copy; the stored journey stays as the other editor left it
        set({ saveState: 'saved', saveConflict: null });
        await get().refreshJourneys();
        await get().openJourney(copy.id);
      } catch (error) {
        get().report('editor', error);
      }
    },

    closeJourney() {
      clearTimeout(timer);
      dirty = false;
      stored = null;
      set({ document: null, documentVersion: null, history: emptyHistory(), selectedNodeIds: [], selectedEdgeIds: [], saveState: 'saved', saveError: null, saveConflict: null, mergedNote: null });
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
        // Restoring over a conflicting edit would drop it; the user chooses first.
        if (get().saveState === 'conflict') return get().report('editor', new Error('conflict'), 'editor.conflict.resolveFirst');
        const { document, version } = await backend.call('journeys:restoreRevision', { id, revision });
        stored = document;
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

    journeyTab: 'settings',
    showJourneyTab(tab) {
      set({ journeyTab: tab, selectedNodeIds: [], selectedEdgeIds: [] });
    },

    flushSave: saveNow,
  };
};
