// Finds the Electron binary without triggering its first-use download (requiring the
// 'electron' package from Node would start one). Returns why it is missing otherwise.
import fs from 'node:fs';
import path from 'node:path';

export function findElectronBinary(): { path: string } | { missing: string } {
  const pkgDir = path.resolve('node_modules/electron');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return fs.existsSync(candidate) ? { path: candidate } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no binary at ${candidate}` };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return { missing: `the Electron binary is not installed (no ${path.relative('.', pathFile)}); it downloads on first launch, which this machine cannot do` };
  }
  const binary = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? { path: binary } : { missing: `the Electron binary named in path.txt is missing: ${binary}` };
}
