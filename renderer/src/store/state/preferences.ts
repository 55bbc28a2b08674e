// Theme and language.
import type { Preferences } from '../../../../shared/api/preferences';

export interface PreferencesSlice {
  preferences: Preferences;
  loadPreferences(): Promise<void>;
  setPreferences(change: Partial<Preferences>): Promise<void>;
}

