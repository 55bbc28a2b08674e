// Simulation in the editor: start a run of the open journey, follow its progress, cancel
// it, and keep its results for the canvas overlay, the charts, the replay of one prospect,
// the comparison of two runs and the exports. A test prospect's run is held the same way.
import type { SimulationResults } from '../../../shared/simulation/results';
import { runTestProspect } from '../../../shared/simulation/testProspect';
import { prospectSetNameOf } from '../../../shared/simulation/csv';
import { defaultRunForm } from '../../../shared/simulation/runForm';
import { messageOf } from './messageOf';
import type { SliceCreator } from './state';
import type { SimulationSlice } from './state/simulation';

export const PROGRESS_POLL_MS = 250;

export const createSimulationSlice: SliceCreator<SimulationSlice> = (set, get, backend) => {
  let poll: ReturnType<typeof setInterval> | undefined;
  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };
  const failed = (error: unknown) => set({ simulationError: messageOf(error) });
  // Results of stored runs do not change: fetch each once (the comparison asks for two).
  const resultCache = new Map<string, Promise<SimulationResults>>();
  const fetchResults = (runId: string) => {
    let cached = resultCache.get(runId);
    if (!cached) {
      cached = backend.call('simulation:result', { runId }).then((r) => r.results);
      cached.catch(() => resultCache.delete(runId));
      resultCache.set(runId, cached);
    }
    return cached;
  };
  return {
    simulationOpen: false,
    simulationTab: 'run',
    prospectSets: [],
    personaSet: null,
    runProgress: null,
    runResults: null,
    simulationError: null,
    replay: null,
    resultsView: null,
    runHistory: [],
    runForm: defaultRunForm(),
    editRunForm: (change) => set({ runForm: { ...get().runForm, ...change } }),
    drawingImage: false,
    exportingCsv: false,

    setDrawingImage(drawingImage) {
      set({ drawingImage });
    },

    toggleSimulation(open) {
      const next = open ?? !get().simulationOpen;
      set(next ? { simulationOpen: true } : { simulationOpen: false, replay: null, resultsView: null });
      if (!next) return;
      void backend.call('prospectSets:list', {}).then((prospectSets) => set({ prospectSets }), failed);
      if (!get().personaSet) void backend.call('personas:list', {}).then((personaSet) => set({ personaSet }), failed);
    },

    setSimulationTab: (simulationTab) => set({ simulationTab }),

    async importProspectFile(fileName, content) {
      try {
        const outcome = await backend.call('prospectSets:importCsv', { name: prospectSetNameOf(fileName), content });
        set({ prospectSets: await backend.call('prospectSets:list', {}), simulationError: null });
        if (outcome.set) get().editRunForm({ source: outcome.set.id });
        return { fileName, imported: outcome.imported, setName: outcome.set?.name ?? null, errors: outcome.errors };
      } catch (error) {
        failed(error);
        return null;
      }
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
        set({ simulationError: null, replay: null, runProgress: { runId, status: 'running', done: 0, total: 0, elapsedSeconds: 0, etaSeconds: null, error: null } });
        stopPolling();
        poll = setInterval(() => {
          void (async () => {
            try {
              const progress = await backend.call('simulation:progress', { runId });
              set({ runProgress: progress });
              if (progress.status === 'running') return;
              stopPolling();
              if (progress.status === 'done') {
                const results = await fetchResults(runId);
                set({ runResults: { journeyId: journey.id, results, runId } });
                void get().loadRunHistory();
              } else if (progress.status === 'failed') set({ simulationError: progress.error });
            } catch (error) {
              stopPolling();
              failed(error);
            }
          })();
        }, PROGRESS_POLL_MS);
      } catch (error) {
        failed(error);
      }
    },

    async cancelRun() {
      const runId = get().runProgress?.runId;
      if (!runId) return;
      try {
        await backend.call('simulation:cancel', { runId });
      } catch (error) {
        failed(error);
      }
    },

    clearResults: () => set({ runResults: null, replay: null, resultsView: null }),

    async runTest(script, options) {
      const journey = get().document;
      if (!journey) return;
      try {
        const personas = get().personaSet ?? (await backend.call('personas:list', {}));
        // The document as drawn, unsaved edits included: a test runs here in milliseconds.
        const { results, timeline } = await runTestProspect(journey, personas.personas, script, options);
        set({ personaSet: personas, simulationError: null, runResults: { journeyId: journey.id, results, runId: null }, replay: { timeline, position: 0 }, simulationTab: 'replay' });
      } catch (error) {
        failed(error);
      }
    },

    startReplay: (timeline) => set({ replay: { timeline, position: 0 } }),
    moveReplay(position) {
      const replay = get().replay;
      if (!replay) return;
      const clamped = Math.max(0, Math.min(replay.timeline.steps.length - 1, position));
      if (clamped !== replay.position) set({ replay: { ...replay, position: clamped } });
    },
    stopReplay: () => set({ replay: null }),

    showResultsView(resultsView) {
      set({ resultsView });
      if (resultsView === 'compare') void get().loadRunHistory();
    },

    async loadRunHistory() {
      try {
        set({ runHistory: (await backend.call('simulation:list', {})).filter((r) => r.status === 'done') });
      } catch (error) {
        failed(error);
      }
    },

    fetchRunResults: fetchResults,

    async exportRunCsv() {
      const runId = get().runResults?.runId;
      if (!runId || get().exportingCsv) return;
      set({ exportingCsv: true });
      try {
        // The host streams the CSV (a million prospects make about 52 MB) into the file.
        const { fileName, ticket } = await backend.call('simulation:exportCsv', { runId });
        await backend.files.saveDownload(ticket, fileName, ['csv']);
      } catch (error) {
        failed(error);
      } finally {
        set({ exportingCsv: false });
      }
    },

    async saveImage(fileName, bytes) {
      try {
        await backend.files.saveBytes(fileName, bytes, ['png']);
      } catch (error) {
        failed(error);
      }
    },
  };
};
