// Electron's security checklist, applied once for every window the app creates.
import { app, session, shell, type WebFrameMain } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nurture';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Origin as scheme://host; Node's URL gives "null" as origin for custom schemes. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** IPC is answered only for the app's own page in its main frame. */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && originOf(frame.url) === APP_ORIGIN;
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);

export function openExternalSafely(url: string): void {
  try {
    if (EXTERNAL_PROTOCOLS.has(new URL(url).protocol)) void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}

export function hardenApp(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (originOf(url) !== APP_ORIGIN) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (originOf(url) !== APP_ORIGIN) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
  });
}
