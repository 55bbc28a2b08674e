// Saving an export over an existing file: write beside it and rename over it, so a failed
// write (a full disk, say) leaves the file already there as it was, never half-written.
import fs from 'node:fs/promises';

export async function writeWhole(filePath: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${filePath}.${process.pid}.${Date.now()}.part`;
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true, recursive: true });
    throw error;
  }
}
