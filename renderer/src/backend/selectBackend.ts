// Chosen once at start-up: the Electron preload's bridge when present, otherwise the local
// HTTP host with the token from the address it printed. Components never ask which.
import type { Backend, NurtureBridge } from '../../../shared/api/contract';
import { createHttpBackend } from './httpBackend';
import { createIpcBackend } from './ipcBackend';

const TOKEN_KEY = 'nurture.hostToken';

export type BackendChoice = { backend: Backend } | { problem: 'missing-token' };

export function selectBackend(): BackendChoice {
  const bridge = (window as unknown as { nurture?: NurtureBridge }).nurture;
  if (bridge) return { backend: createIpcBackend(bridge) };

  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    // Keep the token for reloads of this tab, but out of the address bar and history.
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
  return token ? { backend: createHttpBackend(token) } : { problem: 'missing-token' };
}
