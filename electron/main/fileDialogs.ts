// Native save and open dialogs for the renderer's file access (export and import). The
// renderer never touches the file system; it gets text in and hands text out, or names a
// download the services prepared, which is streamed here into the chosen file.
import fs from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { writeWhole } from '../common/writeWhole';
import type { CsvExport } from '../services/simulation/csvExport';
import { writeFileStreamed } from '../services/simulation/csvExport';
import { isTrustedSender } from './security';

const MAX_OPEN_BYTES = 20 * 1024 * 1024;
const MAX_SAVE_BYTES = 200 * 1024 * 1024;
const safeExtensions = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string' && /^[a-z0-9]{1,8}$/i.test(e)).slice(0, 8) : [];

/** `openDownload` redeems a ticket of the services (SimulationService.openDownload). */
export function wireFileDialogs(openDownload: (ticket: string) => CsvExport): void {
  /** Asks where to save; the path, or null when the user cancelled. */
  const ask = async (event: Electron.IpcMainInvokeEvent, suggestedName: unknown, extensions: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const name = typeof suggestedName === 'string' ? suggestedName.replace(/[\\/:*?"<>|]/g, '_').slice(0, 120) : 'export';
    const options = { defaultPath: name, filters: [{ name: 'Nurture Studio', extensions: safeExtensions(extensions) }] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  // Both write what the renderer handed over; nothing else is written.
  const save = async (event: Electron.IpcMainInvokeEvent, suggestedName: unknown, extensions: unknown, data: string | Uint8Array) => {
    const filePath = await ask(event, suggestedName, extensions);
    if (filePath === null) return false;
    await writeWhole(filePath, data);
    return true;
  };

  // A prepared download: the ticket is redeemed first (an unknown one fails before any dialog),
  // then the pieces are streamed into the chosen file.
  ipcMain.handle('files:saveDownload', async (event, request: { ticket?: unknown; suggestedName?: unknown; extensions?: unknown }) => {
    if (!isTrustedSender(event.senderFrame)) return false;
    if (typeof request?.ticket !== 'string') return false;
    const download = openDownload(request.ticket);
    const filePath = await ask(event, download.fileName, request.extensions);
    if (filePath === null) return false;
    await writeFileStreamed(filePath, download.pieces());
    return true;
  });

  ipcMain.handle('files:saveText', async (event, request: { suggestedName?: unknown; content?: unknown; extensions?: unknown }) => {
    if (!isTrustedSender(event.senderFrame)) return false;
    if (typeof request?.content !== 'string') return false;
    return save(event, request.suggestedName, request.extensions, request.content);
  });

  ipcMain.handle('files:saveBytes', async (event, request: { suggestedName?: unknown; bytes?: unknown; extensions?: unknown }) => {
    if (!isTrustedSender(event.senderFrame)) return false;
    if (!(request?.bytes instanceof Uint8Array) || request.bytes.byteLength > MAX_SAVE_BYTES) return false;
    return save(event, request.suggestedName, request.extensions, request.bytes);
  });

  ipcMain.handle('files:openText', async (event, request: { extensions?: unknown; multiple?: unknown }) => {
    if (!isTrustedSender(event.senderFrame)) return [];
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const options: Electron.OpenDialogOptions = {
      properties: request?.multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: [{ name: 'Nurture Studio', extensions: safeExtensions(request?.extensions) }],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (result.canceled) return [];
    const files = [];
    for (const filePath of result.filePaths) {
      const stat = await fs.stat(filePath);
      const name = filePath.split(/[\\/]/).pop() ?? filePath;
      if (stat.size > MAX_OPEN_BYTES) {
        files.push({ name, content: '', error: `The file is ${Math.round(stat.size / 1024 / 1024)} MB; files may be at most 20 MB.` });
      } else files.push({ name, content: await fs.readFile(filePath, 'utf8') });
    }
    return files;
  });
}
