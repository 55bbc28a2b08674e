// Sandboxed preload: exposes one named function per API channel and nothing else — never
// ipcRenderer itself. Built as CommonJS because sandboxed preloads cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { NurtureBridge } from '../../shared/api/contract';
import { type ApiResult, toApiError } from '../../shared/api/errors';
import type { FileChannel, FileResponses } from '../../shared/api/fileChannels';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)]),
) as unknown as NurtureBridge['api'];

// The file channels answer with ApiResults, like the API; the renderer gets the value or an error.
const fileCall = async <C extends FileChannel>(channel: C, request: unknown): Promise<FileResponses[C]> => {
  const result = (await ipcRenderer.invoke(channel, request)) as ApiResult<FileResponses[C]>;
  if (result.ok) return result.value;
  throw toApiError(result.error);
};

const files: NurtureBridge['files'] = {
  saveText: (suggestedName, content, extensions) => fileCall('files:saveText', { suggestedName, content, extensions }),
  saveBytes: (suggestedName, bytes, extensions) => fileCall('files:saveBytes', { suggestedName, bytes, extensions }),
  saveDownload: (ticket, suggestedName, extensions) => fileCall('files:saveDownload', { ticket, suggestedName, extensions }),
  openText: (extensions, multiple) => fileCall('files:openText', { extensions, multiple }),
};

const bridge: NurtureBridge = { api, files, platform: process.platform };
contextBridge.exposeInMainWorld('nurture', bridge);
