// Saves text as a file through the browser's download (in Electron: its download handling).
export function downloadText(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  downloadFrom(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts the browser's download of an address of this app (the browser writes it to disk as it arrives). */
export function downloadFrom(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
}
