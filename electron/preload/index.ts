// Sandboxed preload: exposes one named function per API channel and nothing else — never
// ipcRenderer itself. Built as CommonJS because sandboxed preloads cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { NurtureBridge, TextFile } from '../../shared/api/contract';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)]),
) as unknown as NurtureBridge['api'];

const files: NurtureBridge['files'] = {
  saveText: (suggestedName, content, extensions) => ipcRenderer.invoke('files:saveText', { suggestedName, content, extensions }) as Promise<boolean>,
  saveBytes: (suggestedName, bytes, extensions) => ipcRenderer.invoke('files:saveBytes', { suggestedName, bytes, extensions }) as Promise<boolean>,
  saveDownload: (ticket, suggestedName, extensions) => ipcRenderer.invoke('files:saveDownload', { ticket, suggestedName, extensions }) as Promise<boolean>,
  openText: (extensions, multiple) => ipcRenderer.invoke('files:openText', { extensions, multiple }) as Promise<TextFile[]>,
};

const bridge: NurtureBridge = { api, files, platform: process.platform };
contextBridge.exposeInMainWorld('nurture', bridge);
