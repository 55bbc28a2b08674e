// File access in a browser: saving is a download, opening is a file picker.
import { DOWNLOAD_PATH, type FileAccess, type TextFile } from '../../../shared/api/contract';
import { formatMegabytes, LIMITS } from '../../../shared/api/limits';
import { downloadFrom, downloadText } from './download';

export const browserFiles: FileAccess = {
  async saveText(suggestedName, content) {
    downloadText(suggestedName, content, suggestedName.endsWith('.csv') ? 'text/csv' : 'application/json');
    return true;
  },
  async saveBytes(suggestedName, bytes) {
    downloadText(suggestedName, new Uint8Array(bytes), 'application/octet-stream');
    return true;
  },
  // The host streams it into the browser's download; the page never holds it.
  async saveDownload(ticket, suggestedName) {
    downloadFrom(`${DOWNLOAD_PATH}${encodeURIComponent(ticket)}`, suggestedName);
    return true;
  },
  openText(extensions, multiple) {
    return new Promise<TextFile[]>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = extensions.map((e) => `.${e}`).join(',');
      input.multiple = multiple;
      input.addEventListener('change', () => {
        // The same limit as the desktop's picker: a larger file is named with the reason, not read.
        const read = async (file: File): Promise<TextFile> =>
          file.size > LIMITS.openFileBytes
            ? { name: file.name, content: '', error: `The file is ${formatMegabytes(file.size)}; files may be at most ${formatMegabytes(LIMITS.openFileBytes)}.` }
            : { name: file.name, content: await file.text() };
        void Promise.all([...(input.files ?? [])].map(read)).then(resolve);
      });
      input.addEventListener('cancel', () => resolve([]));
      input.click();
    });
  },
};
