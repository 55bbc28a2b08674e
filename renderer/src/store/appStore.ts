// One zustand store per app window, built from typed slices and created with its backend,
// so tests and the two transports get the same behaviour.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Backend } from '../../../shared/api/contract';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createJourneysSlice, type JourneysSlice } from './journeysSlice';
import { createTemplatesSlice, type TemplatesSlice } from './templatesSlice';
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice';
import { createSimulationSlice, type SimulationSlice } from './simulationSlice';

export type AppState = JourneysSlice & EditorSlice & TemplatesSlice & PreferencesSlice & SimulationSlice;
export type AppStore = StoreApi<AppState>;
export type SliceCreator<T> = (
  set: AppStore['setState'],
  get: AppStore['getState'],
  backend: Backend,
) => T;

export function createAppStore(backend: Backend): AppStore {
  return createStore<AppState>()((set, get) => {
    const slices = [
      createJourneysSlice(set, get, backend),
      createEditorSlice(set, get, backend),
      createTemplatesSlice(set, get, backend),
      createPreferencesSlice(set, get, backend),
      createSimulationSlice(set, get, backend),
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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
