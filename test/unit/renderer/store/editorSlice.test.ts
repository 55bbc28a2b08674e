import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices, type Services } from '../../../../electron/services';
import { AUTOSAVE_DELAY_MS, SAVE_RETRY_MS } from '../../../../renderer/src/store/editorSlice';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import type { Backend } from '../../../../shared/api/contract';
import { dispatch } from '../../../../shared/api/dispatch';
import { toApiError } from '../../../../shared/api/errors';
import { createNode } from '../../../../shared/journey/nodeTypes';
import { tempDir } from '../../../support/tempDir';

// The store against the real services, through the same dispatch both transports use.
function inProcessBackend(services: Services, calls: string[]): Backend {
  return {
    transport: 'http',
    files: { saveText: async () => true, saveBytes: async () => true, saveDownload: async () => true, openText: async () => [] },
    async call(channel, request) {
      calls.push(channel);
      const result = await dispatch(services.handlers, channel, JSON.parse(JSON.stringify(request)));
      if (!result.ok) throw toApiError(result.error);
      return result.value as never;
    },
  };
}

describe('editor store autosave', () => {
  let services: Services;
  const calls: string[] = [];

  beforeEach(() => {
    const memory = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
    });
    vi.useFakeTimers();
    services = createServices({ dataDir: tempDir() });
    calls.length = 0;
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    services.close();
  });

  it('opens the last journey, debounces edits into one save, and keeps every edit', async () => {
    const store = createAppStore(inProcessBackend(services, calls));
    await store.getState().loadJourneys();
    const doc = store.getState().document!;
    expect(doc.id).toBe(store.getState().journeys[0]!.id);

    for (let i = 0; i < 5; i++) {
      store.getState().applyEdit([{ kind: 'addNode', node: createNode('wait', `n_w${i}`, { x: i * 10, y: 0 }) }]);
    }
    expect(store.getState().saveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(calls.filter((c) => c === 'journeys:save')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.filter((c) => c === 'journeys:save')).toHaveLength(1);
    expect(store.getState().saveState).toBe('saved');
    expect(services.journeys.load(doc.id).nodes).toHaveLength(doc.nodes.length + 5);
  });

  it('flushes pending edits before switching journeys', async () => {
    const store = createAppStore(inProcessBackend(services, calls));
    await store.getState().loadJourneys();
    const first = store.getState().document!;
    store.getState().applyEdit([{ kind: 'moveNodes', moves: [{ id: 'entry', position: { x: -500, y: 5 } }] }]);
    await store.getState().createJourney('Second');
    expect(store.getState().document?.name).toBe('Second');
    expect(services.journeys.load(first.id).nodes[0]!.position).toEqual({ x: -500, y: 5 });
  });

  it('refuses an edit the schema refuses, with the reason, and never saves it', async () => {
    const store = createAppStore(inProcessBackend(services, calls));
    await store.getState().loadJourneys();
    const doc = store.getState().document!;
    const bad = { ...createNode('wait', 'n_bad', { x: 0, y: 0 }), params: { mode: 'duration' as const, amount: -1, unit: 'days' as const } };
    const outcome = store.getState().applyEdit([{ kind: 'addNode', node: bad }]);
    expect(outcome).toMatchObject({ ok: false, problem: { path: 'params.amount', code: 'tooSmall', limit: 0 } });
    expect(store.getState().document).toBe(doc);
    expect(store.getState().history.past).toHaveLength(0);
    // 21 topics on an email step: refused, the step keeps its topics.
    const email = createNode('sendEmail', 'n_mail', { x: 0, y: 0 });
    expect(store.getState().applyEdit([{ kind: 'addNode', node: email }]).ok).toBe(true);
    const topics = Array.from({ length: 21 }, (_, i) => `topic${i}`);
    expect(store.getState().applyEdit([{ kind: 'updateNode', node: { ...email, params: { ...email.params, topics } } }])).toMatchObject({
      ok: false,
      problem: { path: 'params.topics', code: 'tooMany', limit: 20 },
    });
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('saved');
    const saved = services.journeys.load(doc.id);
    expect(saved.nodes.find((n) => n.id === 'n_mail')).toEqual(email);
    expect(saved.nodes.some((n) => n.id === 'n_bad')).toBe(false);
  });

  it('keeps an edit the host could not save and retries until it is saved', async () => {
    let failures = 2;
    const backend = inProcessBackend(services, calls);
    const flaky: Backend = {
      ...backend,
      call: async (channel, request) => {
        if (channel === 'journeys:save' && failures > 0) {
          failures--;
          throw new Error('disk I/O error');
        }
        return backend.call(channel, request);
      },
    };
    const store = createAppStore(flaky);
    await store.getState().loadJourneys();
    const doc = store.getState().document!;
    store.getState().applyEdit([{ kind: 'addNode', node: createNode('wait', 'n_kept', { x: 0, y: 0 }) }]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(store.getState().saveState).toBe('error');
    expect(store.getState().saveError).toMatch(/disk I\/O error/);
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS.first + 10); // second failure
    expect(store.getState().saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS.first * 2 + 10); // third try succeeds
    expect(store.getState().saveState).toBe('saved');
    expect(services.journeys.load(doc.id).nodes.some((n) => n.id === 'n_kept')).toBe(true);
  });
  it('bases each save on the version the last answer gave, and a window whose journey changed elsewhere is refused, keeping its edit', async () => {
    const a = createAppStore(inProcessBackend(services, calls));
    const b = createAppStore(inProcessBackend(services, calls));
    await a.getState().loadJourneys();
    await b.getState().loadJourneys();
    const id = a.getState().document!.id;
    expect(b.getState().document!.id).toBe(id);
    const moveEntry = (x: number) => a.getState().applyEdit([{ kind: 'moveNodes', moves: [{ id: 'entry', position: { x, y: 0 } }] }]);
    moveEntry(1);
    await a.getState().flushSave();
    moveEntry(2);
    await a.getState().flushSave();
    await a.getState().renameJourney(id, 'Renamed in A');
    moveEntry(3);
    await a.getState().flushSave();
    expect([a.getState().saveState, a.getState().documentVersion]).toEqual(['saved', 5]);

    // B, still on version 1, adds a step of its own: the host refuses the save as a conflict,
    // and B merges — A's moves and rename with B's new step — and says so.
    b.getState().applyEdit([{ kind: 'addNode', node: createNode('wait', 'n_from_b', { x: 0, y: 0 }) }]);
    await b.getState().flushSave();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    await b.getState().flushSave();
    expect(b.getState().saveState).toBe('saved');
    expect(b.getState().mergedNote).toEqual({ mine: 1, theirs: 2 });
    expect(b.getState().documentVersion).toBe(6);
    const stored = services.journeys.load(id);
    expect(stored.name).toBe('Renamed in A');
    expect(stored.nodes.find((n) => n.id === 'entry')!.position).toEqual({ x: 3, y: 0 });
    expect(stored.nodes.some((n) => n.id === 'n_from_b')).toBe(true);
    // Undo starts afresh after a merge: undoing it (or an older edit of a step A has changed
    // since) would overwrite A's saved work without a word.
    expect(b.getState().history.past).toHaveLength(0);
    b.getState().undo();
    expect(b.getState().document!.nodes.find((n) => n.id === 'entry')!.position).toEqual({ x: 3, y: 0 });
  });

  it('keeps a conflicting edit (both changed the same step) unsaved until the user reloads or keeps a copy', async () => {
    const a = createAppStore(inProcessBackend(services, calls));
    const b = createAppStore(inProcessBackend(services, calls));
    await a.getState().loadJourneys();
    await b.getState().loadJourneys();
    const id = a.getState().document!.id;
    const label = (store: typeof a, text: string) => {
      const entry = store.getState().document!.nodes.find((n) => n.id === 'entry')!;
      store.getState().applyEdit([{ kind: 'updateNode', node: { ...entry, label: text } }]);
    };
    label(a, 'From A');
    await a.getState().flushSave();
    label(b, 'From B');
    await b.getState().flushSave();
    expect(b.getState().saveState).toBe('conflict');
    expect(b.getState().saveConflict).toMatchObject({ storedVersion: 2, both: ['entry'], what: 'steps' });
    expect(services.journeys.load(id).nodes.find((n) => n.id === 'entry')!.label).toBe('From A');
    // Further edits stay in B, and nothing is sent that would be refused again.
    const saves = calls.filter((c) => c === 'journeys:save').length;
    label(b, 'From B, again');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(calls.filter((c) => c === 'journeys:save').length).toBe(saves);
    // Opening another journey is refused while the choice is open.
    const other = (await a.getState().createJourney('Other'))!;
    await b.getState().openJourney(other.id);
    expect(b.getState().document!.id).toBe(id);
    expect(b.getState().notice?.key).toBe('editor.conflict.resolveFirst');
    // So is opening this one again (a click on it in the list), which would load what is stored over it.
    await b.getState().openJourney(id);
    expect(b.getState().saveState).toBe('conflict');
    expect(b.getState().document!.nodes.find((n) => n.id === 'entry')!.label).toBe('From B, again');

    await b.getState().keepMineAsCopy();
    const copy = b.getState().document!;
    expect(copy.id).not.toBe(id);
    expect(copy.name).toMatch(/\(copy\)$/);
    expect(copy.nodes.find((n) => n.id === 'entry')!.label).toBe('From B, again');
    expect(services.journeys.load(copy.id).nodes.find((n) => n.id === 'entry')!.label).toBe('From B, again');
    expect(services.journeys.load(id).nodes.find((n) => n.id === 'entry')!.label).toBe('From A');

    // The other way: reload drops this editor's version for the stored one.
    await a.getState().openJourney(id);
    label(a, 'A once more');
    await b.getState().openJourney(id);
    label(b, 'B once more');
    await a.getState().flushSave();
    await b.getState().flushSave();
    expect(b.getState().saveState).toBe('conflict');
    await b.getState().reloadStored();
    expect(b.getState().saveState).toBe('saved');
    expect(b.getState().document!.nodes.find((n) => n.id === 'entry')!.label).toBe('A once more');
  });

  it('does not let a rename carry the editor past a change stored elsewhere in between', async () => {
    const store = createAppStore(inProcessBackend(services, calls));
    await store.getState().loadJourneys();
    const id = store.getState().document!.id;
    const elsewhere = services.journeys.loadVersioned(id);
    services.journeys.save({ ...elsewhere.document, nodes: elsewhere.document.nodes.map((n) => (n.id === 'entry' ? { ...n, label: 'Changed elsewhere' } : n)) }, elsewhere.version);
    await store.getState().renameJourney(id, 'Renamed here');
    store.getState().applyEdit([{ kind: 'moveNodes', moves: [{ id: 'entry', position: { x: 9, y: 9 } }] }]);
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('conflict');
    expect(services.journeys.load(id).nodes.find((n) => n.id === 'entry')!.label).toBe('Changed elsewhere');
  });
});
