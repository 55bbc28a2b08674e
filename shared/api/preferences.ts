// User preferences the renderer can read and change (window bounds stay in the main process).
import { z } from 'zod';

const Theme = z.enum(['light', 'dark', 'system']);
const Language = z.enum(['en', 'de', 'system']);

export const Preferences = z.object({
  theme: Theme.default('system'),
  language: Language.default('system'),
});
export type Preferences = z.infer<typeof Preferences>;

/** A change names only what changes: no defaults, or they would reset the rest. */
export const PreferencesChange = z.object({ theme: Theme.optional(), language: Language.optional() });

/** Where preferences are kept: electron-store in the desktop app, a JSON file for the web host. */
export interface PreferencesStore {
  read(): Preferences;
  write(preferences: Preferences): void;
}
