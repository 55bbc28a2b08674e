// Preferences in a small JSON file (the web host and tests; the desktop app uses electron-store).
import fs from 'node:fs';
import path from 'node:path';
import { Preferences, type PreferencesStore } from '../../../shared/api/preferences';

export function jsonFilePreferences(file: string): PreferencesStore {
  return {
    read() {
      try {
        return Preferences.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
      } catch {
        return Preferences.parse({}); // missing or damaged: defaults
      }
    },
    write(preferences) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename, so a crash never leaves half a file.
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(preferences, null, 2));
      fs.renameSync(`${file}.tmp`, file);
    },
  };
}
