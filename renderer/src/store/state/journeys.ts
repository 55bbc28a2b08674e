// The journeys library: the list, what it does with journeys, imports and exports.
import type { JourneySummary, ResponseOf } from '../../../../shared/api/contract';
import type { ApiProblem } from '../../../../shared/api/errors';
import type { ExportTarget } from '../../../../shared/export/targetNames';

export interface JourneysSlice {
  journeys: JourneySummary[];
  listLoaded: boolean;
  loadJourneys(): Promise<void>;
  createJourney(name: string): Promise<JourneySummary | null>;
  renameJourney(id: string, name: string): Promise<void>;
  duplicateJourney(id: string): Promise<void>;
  deleteJourney(id: string): Promise<void>;
  /** Reads the list of journeys again. */
  refreshJourneys(): Promise<void>;
  /** A save of the open journey stored it: the list shows its new summary. */
  noteJourneySaved(summary: JourneySummary): void;
  /** Problems of the last import that was refused, per file, until dismissed. */
  importProblems: { file: string; problems: ApiProblem[] }[];
  /** An imported journey the library already has (same id or name), waiting for the user's answer. */
  importQuestion: { file: string; existing: { id: string; name: string } } | null;
  answerImportQuestion(answer: 'replace' | 'copy' | 'skip'): void;
  exportJourney(id: string): Promise<void>;
  /** The journey as a sending platform's file, with its capability report (saved only when the user confirms). */
  exportForPlatform(id: string, target: ExportTarget): Promise<ResponseOf<'journeys:exportPlatform'> | null>;
  saveExportFile(fileName: string, content: string): Promise<boolean>;
  importJourneys(): Promise<void>;
  dismissImportProblems(): void;
}

