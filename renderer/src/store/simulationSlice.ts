// Simulation in the editor: start a run of the open journey, follow its progress, cancel
// it, and keep its results for the canvas overlay.
import type { ProspectSetSummary, RunProgress } from '../../../shared/api/contract';
import type { SimulationResults } from '../../../shared/simulation/results';
import { messageOf, type SliceCreator } from './appStore';

export const PROGRESS_POLL_MS = 250;

export interface RunRequest {
  prospects: { kind: 'set'; setId: string } | { kind: 'generate'; count: number };
  seed: number;
  horizonDays: number;
}

export interface SimulationSlice {
  simulationOpen: boolean;
  prospectSets: ProspectSetSummary[];
  runProgress: RunProgress | null;
  /** Results of the last finished run, for the journey they belong to. */
  runResults: { journeyId: string; results: SimulationResults } | null;
  simulationError: string | null;
  toggleSimulation(open?: boolean): void;
  startRun(request: RunRequest): Promise<void>;
  cancelRun(): Promise<void>;
  clearResults(): void;
}

export const createSimulationSlice: SliceCreator<SimulationSlice> = (set, get, backend) => {
  let poll: ReturnType<typeof setInterval> | undefined;
  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };
  return {
    simulationOpen: false,
    prospectSets: [],
    runProgress: null,
    runResults: null,
    simulationError: null,

    toggleSimulation(open) {
      const next = open ?? !get().simulationOpen;
      set({ simulationOpen: next });
      if (next) void backend.call('prospectSets:list', {}).then((prospectSets) => set({ prospectSets }), (e: unknown) => set({ simulationError: messageOf(e) }));
    },

    async startRun(request) {
      const journey = get().document;
      if (!journey) return;
      try {
        await get().flushSave(); // the run sees what the canvas shows
        const { runId } = await backend.call('simulation:start', {
          journeyId: journey.id,
          prospects: request.prospects,
          options: { seed: request.seed, horizonDays: request.horizonDays },
        });
        set({ simulationError: null, runProgress: { runId, status: 'running', done: 0, total: 0, elapsedSeconds: 0, etaSeconds: null, error: null } });
        stopPolling();
        poll = setInterval(() => {
          void (async () => {
            try {
              const progress = await backend.call('simulation:progress', { runId });
              set({ runProgress: progress });
              if (progress.status === 'running') return;
              stopPolling();
              if (progress.status === 'done') {
                const { results } = await backend.call('simulation:result', { runId });
                set({ runResults: { journeyId: journey.id, results } });
              } else if (progress.status === 'failed') set({ simulationError: progress.error });
            } catch (error) {
              stopPolling();
              set({ simulationError: messageOf(error) });
            }
          })();
        }, PROGRESS_POLL_MS);
      } catch (error) {
        set({ simulationError: messageOf(error) });
      }
    },

    async cancelRun() {
      const runId = get().runProgress?.runId;
      if (!runId) return;
      try {
        await backend.call('simulation:cancel', { runId });
      } catch (error) {
        set({ simulationError: messageOf(error) });
      }
    },

    clearResults: () => set({ runResults: null }),
  };
};
