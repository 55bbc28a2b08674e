// Electron main process: one window, the app:// protocol, IPC wired to the same services
// the HTTP host uses. The services never import 'electron'; this file is the only glue.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import { dispatch } from '../../shared/api/dispatch';
import { createServices, type Services } from '../services';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { wireFileDialogs } from './fileDialogs';
import { installMenu } from './menu';
import { APP_ORIGIN, hardenApp, isTrustedSender } from './security';
import { DesktopPreferences } from './desktopPreferences';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../renderer');
const PRELOAD_FILE = path.join(here, '../preload/index.cjs');
// Worker threads cannot start from inside the asar archive; electron-builder unpacks it.
const SIMULATION_WORKER = path.join(here, 'simWorker.js').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

// Tests and power users can point the app at another data folder.
if (process.env.NURTURE_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.NURTURE_USER_DATA_DIR));

registerAppScheme();

let services: Services | undefined;

function wireIpc(current: Services): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'unauthorized', message: 'IPC is answered only for the app window.' } };
      }
      return dispatch(current.handlers, channel, request, (error) => console.error(`[${channel}]`, error));
    });
  }
}

function createMainWindow(desktopPreferences: DesktopPreferences): BrowserWindow {
  const window = new BrowserWindow({
    ...desktopPreferences.initialBounds(),
    minWidth: 900,
    minHeight: 600,
    title: 'Nurture Studio',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: PRELOAD_FILE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (desktopPreferences.wasMaximized) window.maximize();
  desktopPreferences.track(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    // A second process would write the same SQLite file; hand over to the first one.
    app.quit();
    return;
  }
  await app.whenReady();
  hardenApp();
  serveRenderer(RENDERER_DIR);
  const desktopPreferences = new DesktopPreferences(app.getPath('userData'));
  try {
    services = createServices({
      dataDir: path.join(app.getPath('userData'), 'data'),
      simulationWorkerScript: SIMULATION_WORKER,
      preferences: desktopPreferences.appPreferences(),
    });
  } catch (error) {
    dialog.showErrorBox('Nurture Studio could not open its data', (error as Error).message);
    app.exit(1);
    return;
  }
  wireIpc(services);
  const { simulations } = services;
  wireFileDialogs((ticket) => simulations.openDownload(ticket));
  installMenu();
  let mainWindow = createMainWindow(desktopPreferences);
  for (const notice of services.notices) {
    void dialog.showMessageBox(mainWindow, { type: 'warning', message: 'Nurture Studio', detail: notice });
  }

  app.on('second-instance', () => {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(desktopPreferences);
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => void services?.close());

void start();
