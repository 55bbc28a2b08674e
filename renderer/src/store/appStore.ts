// One zustand store per app window, built from typed slices and created with its backend,
// so tests and the two transports get the same behaviour.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Backend } from '../../../shared/api/contract';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createJourneysSlice, type JourneysSlice } from './journeysSlice';
import { createTemplatesSlice, type TemplatesSlice } from './templatesSlice';
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice';

export type AppState = JourneysSlice & EditorSlice & TemplatesSlice & PreferencesSlice;
export type AppStore = StoreApi<AppState>;
export type SliceCreator<T> = (
  set: AppStore['setState'],
  get: AppStore['getState'],
  backend: Backend,
) => T;

export function createAppStore(backend: Backend): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...createJourneysSlice(set, get, backend),
    ...createEditorSlice(set, get, backend),
    ...createTemplatesSlice(set, get, backend),
    ...createPreferencesSlice(set, get, backend),
  }));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
