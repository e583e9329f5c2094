// The one app window: secure preferences, no navigation, no new windows, no permissions, remembered bounds.
import { BrowserWindow, screen, session, shell } from 'electron';
import { decideNavigation, secureWebPreferences } from './security';
import { loadWindowState, MIN_SIZE, restoreBounds, saveWindowState } from './window-state';

export type WindowOptions = { preloadPath: string; url: string; stateFile: string; iconPath?: string };

export function createMainWindow({ preloadPath, url, stateFile, iconPath }: WindowOptions): BrowserWindow {
  const saved = loadWindowState(stateFile);
  const window = new BrowserWindow({
    ...restoreBounds(
      saved,
      screen.getAllDisplays().map((display) => display.workArea),
    ),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Parley',
    backgroundColor: '#f6f7f9',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (saved?.isMaximized) window.maximize();

  const contents = window.webContents;
  const leave = (target: string): void => {
    if (decideNavigation(target).openExternally) void shell.openExternal(target);
  };
  contents.on('will-navigate', (event, target) => {
    event.preventDefault();
    leave(target);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url: target }) => {
    leave(target);
    return { action: 'deny' };
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  window.on('close', () =>
    saveWindowState(stateFile, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() }),
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
