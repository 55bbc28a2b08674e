// One zustand store per app window, built from typed slices and created with its backend,
// so tests and the two transports get the same behaviour. Each slice writes only its own
// keys (its `set` is typed so) and reaches the others through their actions.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Backend } from '../../../shared/api/contract';
import { createAppSlice } from './appSlice';
import { createEditorSlice } from './editorSlice';
import { createJourneysSlice } from './journeysSlice';
import { createPreferencesSlice } from './preferencesSlice';
import { createSimulationSlice } from './simulationSlice';
import type { AppState, SetOwn } from './state';
import { createTemplatesSlice } from './templatesSlice';

export type { AppState } from './state';
export type AppStore = StoreApi<AppState>;

export function createAppStore(backend: Backend): AppStore {
  return createStore<AppState>()((set, get) => {
    // The same zustand `set` for every slice; its type limits each to its own keys.
    const own = <Own,>() => set as unknown as SetOwn<Own>;
    const slices = [
      createAppSlice(own(), get, backend),
      createJourneysSlice(own(), get, backend),
      createEditorSlice(own(), get, backend),
      createTemplatesSlice(own(), get, backend),
      createPreferencesSlice(own(), get, backend),
      createSimulationSlice(own(), get, backend),
    ];
    // Slices share one namespace: a name used twice would silently replace the other's.
    const seen = new Set<string>();
    for (const slice of slices) {
      for (const key of Object.keys(slice)) {
        if (seen.has(key)) throw new Error(`Two store slices define "${key}".`);
        seen.add(key);
      }
    }
    return Object.assign({}, ...slices) as AppState;
  });
}
