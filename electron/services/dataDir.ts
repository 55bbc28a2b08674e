// Where Nurture Studio keeps its data when Electron's app.getPath('userData') is not at
// hand (the HTTP host, the CLI). Mirrors Electron's per-platform conventions.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Nurture Studio';

export function platformUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The browser host keeps its own data apart from the desktop app's. */
export function defaultWebDataDir(): string {
  return path.join(platformUserDataDir(), 'web-host');
}
