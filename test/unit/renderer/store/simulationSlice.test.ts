import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../../electron/services';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import type { Backend } from '../../../../shared/api/contract';
import { dispatch } from '../../../../shared/api/dispatch';
import { toApiError } from '../../../../shared/api/errors';
import { pathScript } from '../../../../shared/simulation/testProspect';
import { tempDir } from '../../../support/tempDir';

// The simulation slice against the real services: a test prospect, its replay, and the saved CSV.
describe('simulation store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs a test prospect on the document as drawn and opens its replay; a stored run exports its CSV', async () => {
    const memory = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) });
    const services = createServices({ dataDir: tempDir() });
    const saved: { name: string; content: string }[] = [];
    const backend: Backend = {
      transport: 'http',
      files: {
        saveText: async () => true,
        saveBytes: async () => true,
        // As the hosts do: redeem the ticket and take the streamed pieces.
        saveDownload: async (ticket, name) => (saved.push({ name, content: [...services.simulations.openDownload(ticket).pieces()].join('') }), true),
        openText: async () => [],
      },
      async call(channel, request) {
        const result = await dispatch(services.handlers, channel, JSON.parse(JSON.stringify(request)));
        if (!result.ok) throw toApiError(result.error);
        return result.value as never;
      },
    };
    const store = createAppStore(backend);
    await store.getState().openJourney('sample_whitepaper');
    const document = store.getState().document!;

    await store.getState().runTest(pathScript(document, 'yes'), { name: 'Yes-sayer', horizonDays: 60 });
    const { runResults, replay, simulationTab } = store.getState();
    expect(runResults).toMatchObject({ journeyId: 'sample_whitepaper', runId: null });
    expect(replay!.timeline.name).toBe('Yes-sayer');
    expect(simulationTab).toBe('replay');
    // Moving is clamped to the timeline.
    store.getState().moveReplay(10_000);
    expect(store.getState().replay!.position).toBe(replay!.timeline.steps.length - 1);
    store.getState().moveReplay(-3);
    expect(store.getState().replay!.position).toBe(0);

    // A stored run: results held with their run id, and the CSV goes to the file access.
    const { runId } = await backend.call('simulation:start', { journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: 50 } });
    await services.simulations.settled(runId);
    store.setState({ runResults: { journeyId: 'sample_whitepaper', runId, results: await store.getState().fetchRunResults(runId) } });
    // While it is written the panel says so, and a second click does not write it twice.
    const first = store.getState().exportRunCsv();
    expect(store.getState().exportingCsv).toBe(true);
    await store.getState().exportRunCsv();
    await first;
    expect(store.getState().exportingCsv).toBe(false);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/\.csv$/);
    expect(saved[0]!.content.trim().split('\r\n')).toHaveLength(51);
    await services.close();
  });
});
