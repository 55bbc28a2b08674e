// The open journey: its document and version, edits, selection, save state, problems, revisions.
import type { JourneyRevisionSummary } from '../../../../shared/api/contract';
import type { JourneyChange } from '../../../../shared/journey/changes';
import type { EditOutcome } from '../../../../shared/journey/editResult';
import type { History } from '../../../../shared/journey/history';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import type { Problem } from '../../../../shared/journey/validate';

/** The tabs of the journey's own panel (shown when no step is selected). */
export type JourneyTab = 'settings' | 'scoring' | 'routing' | 'sales' | 'costs' | 'accounts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/** The journey was saved elsewhere meanwhile, and both changed the same steps or parts. */
export interface SaveConflictState {
  storedVersion: number;
  stored: JourneyDocument;
  /** What both changed: step or connection ids, or parts (settings, scoring, routing, sales, costs, accounts, name). */
  both: string[];
  /** Whether that is steps and connections, or the journey's own settings. */
  what: 'steps' | 'settings';
}

export interface EditorSlice {
  document: JourneyDocument | null;
  /** The stored version the open document is based on; each save names it (see 'journeys:save'). */
  documentVersion: number | null;
  loadingJourneyId: string | null;
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  saveState: SaveState;
  saveError: string | null;
  /** Set while a save is refused as a conflict that could not be merged; the edit stays here. */
  saveConflict: SaveConflictState | null;
  /** Said once after a conflict was merged: how many changes came from here and from elsewhere. */
  mergedNote: { mine: number; theirs: number } | null;
  /** After a conflict: drops this editor's changes and opens what is stored. */
  reloadStored(): Promise<void>;
  /** After a conflict: keeps this editor's version as a new journey and opens it; the stored one stays. */
  keepMineAsCopy(copyWord?: string): Promise<void>;
  history: History;
  problems: Problem[];
  /** Worst problem severity per step id, for the marks on the canvas. */
  problemsByNode: ReadonlyMap<string, 'error' | 'warning'>;
  problemsByEdge: ReadonlySet<string>;
  openJourney(id: string): Promise<void>;
  closeJourney(): void;
  /** The open journey was renamed in the library; the version moves on only when the rename came right after it. */
  adoptRename(id: string, name: string, version: number): void;
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
  journeyTab: JourneyTab;
  /** Shows one tab of the journey's panel (clearing the selection, which hides it). */
  showJourneyTab(tab: JourneyTab): void;
  /** Writes pending edits now; resolves when the stored document matches the editor. */
  flushSave(): Promise<void>;
}

