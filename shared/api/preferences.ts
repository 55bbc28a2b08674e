// User preferences the renderer can read and change (window bounds stay in the main process).
import { z } from 'zod';

const Theme = z.enum(['light', 'dark', 'system']);
const Language = z.enum(['en', 'de', 'system']);

export const Preferences = z.object({
  theme: Theme.default('system'),
  language: Language.default('system'),
  /** Whether the journey list and the inspector beside the canvas are shown (either can be folded away for room to draw). */
  journeyListOpen: z.boolean().default(true),
  inspectorOpen: z.boolean().default(true),
});
export type Preferences = z.infer<typeof Preferences>;

/** A change names only what changes: no defaults, or they would reset the rest. */
export const PreferencesChange = z.object({ theme: Theme.optional(), language: Language.optional(), journeyListOpen: z.boolean().optional(), inspectorOpen: z.boolean().optional() });

/** Where preferences are kept: electron-store in the desktop app, a JSON file for the web host. */
export interface PreferencesStore {
  read(): Preferences;
  write(preferences: Preferences): void;
}
