// Runs the real desktop app through Playwright's Electron support, where the Electron
// binary is installed. Elsewhere the tests are skipped and say why.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, expect, test } from '@playwright/test';
import { AppPage } from '../support/appPage';
import { findElectronBinary } from '../support/electronBinary';

const binary = findElectronBinary();
const skipReason = 'missing' in binary ? `Electron end-to-end tests skipped: ${binary.missing}.` : '';
if (skipReason) console.log(skipReason);
test.skip(!!skipReason, skipReason);

async function launch(userDataDir: string): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: (binary as { path: string }).path,
    args: [path.resolve('out/main/index.js'), ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, NURTURE_USER_DATA_DIR: userDataDir },
  });
}

test('the desktop app opens the seeded journey with the security settings on', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-electron-'));
  const electronApp = await launch(userDataDir);
  try {
    const page = await electronApp.firstWindow();
    const app = new AppPage(page);
    await expect(page.getByTestId('app-ready')).toBeVisible();
    await expect(app.journey('Whitepaper follow-up (sample)')).toBeVisible();
    await expect(app.nodes()).toHaveCount(13);

    const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      // Undocumented in electron.d.ts but present at run time: the preferences in force.
      type Prefs = { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean };
      const p = (contents as unknown as { getLastWebPreferences(): Prefs | null }).getLastWebPreferences();
      return { url: contents.getURL(), contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
    });
    expect(prefs).toEqual({ url: 'app://nurture/index.html', contextIsolation: true, sandbox: true, nodeIntegration: false });

    const exposed = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { nurture: { api: object } }).nurture.api).sort(),
      opened: window.open('https://example.com') === null,
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.bridge).toContain('journeys:save');
    expect(exposed.opened).toBe(true);
  } finally {
    await electronApp.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('edits made in the desktop app are there after a restart', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-electron-'));
  try {
    let electronApp = await launch(userDataDir);
    let app = new AppPage(await electronApp.firstWindow());
    await expect(app.journey('Whitepaper follow-up (sample)')).toBeVisible();
    await app.createJourney('Desktop journey');
    const email = await app.addStep('sendEmail');
    await app.waitUntilSaved();
    await electronApp.close();

    electronApp = await launch(userDataDir);
    app = new AppPage(await electronApp.firstWindow());
    await expect(app.title).toHaveText('Desktop journey');
    await expect(app.page.getByTestId(`node-${email}`)).toBeVisible();
    await electronApp.close();
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a simulation in the desktop app: worker threads, the canvas overlay, and the CSV and PNG saved through the native dialog', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nurture-electron-'));
  const electronApp = await launch(userDataDir);
  try {
    const page = await electronApp.firstWindow();
    const app = new AppPage(page);
    await app.journey('Whitepaper follow-up (sample)').locator('.journey-item__open').click();
    await page.getByTestId('simulate-button').click();
    await page.getByTestId('simulation-source').selectOption('sample_prospects');
    await page.getByTestId('simulation-run').click();
    await expect(page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('overlay-entry')).toHaveAttribute('data-entered', '500');

    // Answer the save dialog in the main process, as a user picking a file would.
    const target = (name: string) => path.join(userDataDir, name);
    const saveAs = (file: string) =>
      electronApp.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, file);
    await saveAs(target('run.csv'));
    await page.getByTestId('export-csv').click();
    await expect.poll(() => fs.existsSync(target('run.csv'))).toBe(true);
    expect(fs.readFileSync(target('run.csv'), 'utf8').trim().split('\r\n')).toHaveLength(501);
    await saveAs(target('journey.png'));
    await page.getByTestId('export-png').click();
    await expect.poll(() => fs.existsSync(target('journey.png'))).toBe(true);
    expect(fs.readFileSync(target('journey.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  } finally {
    await electronApp.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});
