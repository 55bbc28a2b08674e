// Native save and open dialogs for the renderer's file access (export and import). The
// renderer never touches the file system; it gets text in and hands text out, or names a
// download the services prepared, which is streamed here into the chosen file. Requests are
// checked by the file channels' schemas (shared/api/fileChannels.ts) through the same
// dispatch as the API, and answered as ApiResults.
import fs from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { dispatchWith } from '../../shared/api/dispatch';
import { FILE_CHANNELS, type FileHandlers, fileRequestSchemas, type TextFile } from '../../shared/api/fileChannels';
import { formatMegabytes, LIMITS } from '../../shared/api/limits';
import { writeWhole } from '../common/writeWhole';
import type { CsvExport } from '../services/simulation/csvExport';
import { writeFileStreamed } from '../services/simulation/csvExport';
import { isTrustedSender } from './security';

/** `openDownload` redeems a ticket of the services (SimulationService.openDownload). */
export function wireFileDialogs(openDownload: (ticket: string) => CsvExport): void {
  const windowOf = (event: Electron.IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const filters = (extensions: string[]) => [{ name: 'Nurture Studio', extensions }];

  /** Asks where to save; the path, or null when the user cancelled. */
  const ask = async (window: BrowserWindow | undefined, suggestedName: string, extensions: string[]) => {
    const options = { defaultPath: suggestedName.replace(/[\\/:*?"<>|]/g, '_').slice(0, 120) || 'export', filters: filters(extensions) };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  const handlersFor = (event: Electron.IpcMainInvokeEvent): FileHandlers => {
    const window = windowOf(event);
    const save = async (suggestedName: string, extensions: string[], data: string | Uint8Array) => {
      const filePath = await ask(window, suggestedName, extensions);
      if (filePath === null) return false;
      await writeWhole(filePath, data); // written beside the target and renamed over it
      return true;
    };
    return {
      'files:saveText': ({ suggestedName, content, extensions }) => save(suggestedName, extensions, content),
      'files:saveBytes': ({ suggestedName, bytes, extensions }) => save(suggestedName, extensions, bytes),
      // The ticket is redeemed first (an unknown one fails before any dialog), then streamed.
      'files:saveDownload': async ({ ticket, extensions }) => {
        const download = openDownload(ticket);
        const filePath = await ask(window, download.fileName, extensions);
        if (filePath === null) return false;
        await writeFileStreamed(filePath, download.pieces());
        return true;
      },
      'files:openText': async ({ extensions, multiple }) => {
        const options: Electron.OpenDialogOptions = { properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'], filters: filters(extensions) };
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        if (result.canceled) return [];
        const files: TextFile[] = [];
        for (const filePath of result.filePaths) {
          const { size } = await fs.stat(filePath);
          const name = filePath.split(/[\\/]/).pop() ?? filePath;
          files.push(
            size > LIMITS.openFileBytes
              ? { name, content: '', error: `The file is ${formatMegabytes(size)}; files may be at most ${formatMegabytes(LIMITS.openFileBytes)}.` }
              : { name, content: await fs.readFile(filePath, 'utf8') },
          );
        }
        return files;
      },
    };
  };

  for (const channel of FILE_CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'unauthorized', message: 'IPC is answered only for the app window.' } };
      return dispatchWith(fileRequestSchemas, handlersFor(event), channel, request, (error) => console.error(`[${channel}]`, error));
    });
  }
}
