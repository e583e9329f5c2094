// Composition root: app lifecycle, single-instance lock, data folder, services, IPC, window and menu.
import { join } from 'node:path';
import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import type { Language } from '@shared/domain/settings';
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/ipc/contract';
import { createDispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register-ipc';
import { buildMenuTemplate } from './menu/app-menu';
import { menuLabels } from './menu/menu-labels';
import { createElectronExportPorts } from './export/electron-ports';
import { removeLeftoverSheetFiles } from './export/sheet-temp-file';
import { createServices, type Services } from './services/create-services';
import { resolveDataDir } from './store/data-dir';
import { DataLockedError } from './store/data-lock';
import { quitAfterFlush } from './lifecycle/quit-after-flush';
import { devServerUrl as devServerUrlOf, isDevelopmentRun } from './lifecycle/run-mode';
import { registerAppScheme, serveAppScheme } from './window/app-protocol';
import { createMainWindow } from './window/create-window';
import { APP_ORIGIN } from './window/security';

const runFacts = { isPackaged: app.isPackaged, isDevBuild: import.meta.env.DEV === true, env: process.env };
const isDevelopment = isDevelopmentRun(runFacts);
const devServerUrl = devServerUrlOf(runFacts);
let mainWindow: BrowserWindow | null = null;

// --user-data-dir gives a run its own profile (tests, a second portable copy): window state and the
// single-instance lock live there, so it neither collides with the user's open Parley nor moves its window.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', userDataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(fail);
}

function uiLanguage(services: Services): Language {
  return services.settings.get().language ?? (app.getLocale().startsWith('zh') ? 'zh-CN' : 'en');
}

function installMenu(services: Services): void {
  const send = (command: MenuCommand): void => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command);
  const template = buildMenuTemplate(menuLabels(uiLanguage(services)), {
    send,
    showDataFolder: () => void shell.openPath(services.context.store.dataDir),
    isMac: process.platform === 'darwin',
    isDevelopment,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  // A print or PDF export cut short by a crash may have left the full sheet (walk-away included) in the temp folder.
  void removeLeftoverSheetFiles();
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const rendererDir = join(import.meta.dirname, '../renderer');
  const services = await createServices({
    dataDir,
    version: app.getVersion(),
    emit: (name, payload) => mainWindow?.webContents.send(name, payload),
    // A build carries the bundled fonts in the renderer folder; the dev server uses the repository's.
    export: { ports: createElectronExportPorts(() => mainWindow), ...(devServerUrl ? {} : { fontsDir: rendererDir }) },
  });
  // Autosaves sent as the window closes may still be on their way to disk: wait for them, then release the lock.
  app.on(
    'before-quit',
    quitAfterFlush({
      flush: services.flush,
      close: services.close,
      quit: () => app.quit(),
      flushTimeoutMs: 15_000,
      report: console.warn,
    }),
  );

  const dispatch = createDispatch(createHandlers(services));
  registerIpc(async (channel, input) => {
    const result = await dispatch(channel, input);
    if (channel === 'settings:update' && result.ok) installMenu(services);
    return result;
  }, devServerUrl);

  serveAppScheme(rendererDir);
  installMenu(services);
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => (mainWindow = null));
}

function fail(error: unknown): void {
  // The lock's message names the folder, the lock file and what to do.
  const message =
    error instanceof DataLockedError
      ? error.message
      : `Parley could not start: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Parley', message);
  app.exit(1);
}
