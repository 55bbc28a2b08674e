// Theme and language, kept by the host (electron-store in the desktop app).
import type { Preferences } from '../../../shared/api/preferences';
import { messageOf, type SliceCreator } from './appStore';

export interface PreferencesSlice {
  preferences: Preferences;
  loadPreferences(): Promise<void>;
  setPreferences(change: Partial<Preferences>): Promise<void>;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set, get, backend) => ({
  preferences: { theme: 'system', language: 'system' },
  async loadPreferences() {
    try {
      set({ preferences: await backend.call('preferences:get', {}) });
    } catch (error) {
      set({ libraryError: messageOf(error) });
    }
  },
  async setPreferences(change) {
    set({ preferences: { ...get().preferences, ...change } }); // show it at once
    try {
      set({ preferences: await backend.call('preferences:set', { preferences: change }) });
    } catch (error) {
      set({ libraryError: messageOf(error) });
    }
  },
});
