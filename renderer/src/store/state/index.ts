// The whole store's state, and what a slice may do with it: read everything, write its own keys.
import type { Backend } from '../../../../shared/api/contract';
import type { AppSlice } from './app';
import type { EditorSlice } from './editor';
import type { JourneysSlice } from './journeys';
import type { PreferencesSlice } from './preferences';
import type { SimulationSlice } from './simulation';
import type { TemplatesSlice } from './templates';

export type AppState = AppSlice & JourneysSlice & EditorSlice & TemplatesSlice & PreferencesSlice & SimulationSlice;

/** A slice's `set`: only its own keys, so no slice writes another's state (it calls its actions). */
export type SetOwn<Own> = (partial: Partial<Own> | ((state: AppState) => Partial<Own>)) => void;

export type SliceCreator<Own> = (set: SetOwn<Own>, get: () => AppState, backend: Backend) => Own;
