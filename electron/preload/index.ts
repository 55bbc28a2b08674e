// Sandboxed preload: exposes one named function per API channel and nothing else — never
// ipcRenderer itself. Built as CommonJS because sandboxed preloads cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { NurtureBridge } from '../../shared/api/contract';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)]),
) as unknown as NurtureBridge['api'];

const bridge: NurtureBridge = { api, platform: process.platform };
contextBridge.exposeInMainWorld('nurture', bridge);
