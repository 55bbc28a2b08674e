// Simulation in the editor: runs, tests, results, replay, comparison and exports.
import type { ProspectSetSummary, RunProgress, RunSummary } from '../../../../shared/api/contract';
import type { AttributeValue } from '../../../../shared/journey/primitives';
import type { Timeline } from '../../../../shared/simulation/aggregate';
import type { PersonaSet, Script } from '../../../../shared/simulation/model';
import type { CsvRowError } from '../../../../shared/simulation/csv';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { RunForm, RunRequest } from '../../../../shared/simulation/runForm';

export type SimulationTab = 'run' | 'test' | 'replay';

/** What a prospect file brought: the set made of it (null: nothing could be read), and each row left out or changed. */
export interface ProspectFileImport {
  fileName: string;
  imported: number;
  setName: string | null;
  errors: CsvRowError[];
}

export interface HeldResults {
  journeyId: string;
  results: SimulationResults;
  /** The stored run; null for a test prospect, which is never stored. */
  runId: string | null;
}

export interface ReplayState {
  timeline: Timeline;
  /** Index into timeline.steps of the step on screen. */
  position: number;
}

export interface SimulationSlice {
  simulationOpen: boolean;
  simulationTab: SimulationTab;
  prospectSets: ProspectSetSummary[];
  personaSet: PersonaSet | null;
  runProgress: RunProgress | null;
  /** Results of the last finished run (or test), for the journey they belong to. */
  runResults: HeldResults | null;
  simulationError: string | null;
  replay: ReplayState | null;
  /** The large view over the canvas: charts of the held results, or two runs compared. */
  resultsView: 'charts' | 'compare' | null;
  runHistory: RunSummary[];
  runForm: RunForm;
  editRunForm(change: Partial<RunForm>): void;
  /** True while the canvas is drawn into a PNG: large journeys then draw every step, not just those in view. */
  drawingImage: boolean;
  setDrawingImage(drawing: boolean): void;
  /** True while a run's CSV is being written (a million prospects take seconds). */
  exportingCsv: boolean;
  toggleSimulation(open?: boolean): void;
  setSimulationTab(tab: SimulationTab): void;
  startRun(request: RunRequest): Promise<void>;
  /** Imports a prospect file (CSV) as a prospect set and picks it for the next run; what was imported and what not (per row), or null when the host refused it. */
  importProspectFile(fileName: string, content: string): Promise<ProspectFileImport | null>;
  cancelRun(): Promise<void>;
  clearResults(): void;
  runTest(script: Script, options: { name: string; horizonDays: number; personaId?: string; attributes?: Record<string, AttributeValue> }): Promise<void>;
  startReplay(timeline: Timeline): void;
  moveReplay(position: number): void;
  stopReplay(): void;
  showResultsView(view: 'charts' | 'compare' | null): void;
  loadRunHistory(): Promise<void>;
  fetchRunResults(runId: string): Promise<SimulationResults>;
  exportRunCsv(): Promise<void>;
  saveImage(fileName: string, bytes: Uint8Array): Promise<void>;
}

