// Theme and language, kept by the host (electron-store in the desktop app).
import type { SliceCreator } from './state';
import type { PreferencesSlice } from './state/preferences';

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set, get, backend) => ({
  preferences: { theme: 'system', language: 'system', journeyListOpen: true, inspectorOpen: true },
  async loadPreferences() {
    try {
      set({ preferences: await backend.call('preferences:get', {}) });
    } catch (error) {
      get().report('preferences', error);
    }
  },
  async setPreferences(change) {
    set({ preferences: { ...get().preferences, ...change } }); // show it at once
    try {
      set({ preferences: await backend.call('preferences:set', { preferences: change }) });
    } catch (error) {
      get().report('preferences', error);
    }
  },
});
