// The application menu: File / Edit / View / Go / Help with the usual shortcuts.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/contract';
import type { MenuLabels } from './menu-labels';

export type MenuActions = {
  send: (command: MenuCommand) => void;
  showDataFolder: () => void;
  isMac: boolean;
  /** DevTools are offered only in a development run. */
  isDevelopment: boolean;
};

export function buildMenuTemplate(
  labels: MenuLabels,
  { send, showDataFolder, isMac, isDevelopment }: MenuActions,
): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Parley',
          submenu: [
            { role: 'about', label: labels.about },
            { type: 'separator' },
            { label: labels.settings, accelerator: 'Cmd+,', click: () => send('open-settings') },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: labels.quit },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: labels.file,
      submenu: [
        { label: labels.newDeal, accelerator: 'CmdOrCtrl+N', click: () => send('new-deal') },
        { type: 'separator' },
        { label: labels.dataFolder, click: showDataFolder },
        ...(isMac
          ? []
          : ([
              { label: labels.settings, accelerator: 'Ctrl+,', click: () => send('open-settings') },
              { type: 'separator' },
              { role: 'quit', label: labels.quit, accelerator: 'Ctrl+Q' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    { label: labels.edit, role: 'editMenu' },
    {
      label: labels.go,
      submenu: [
        { label: labels.deals, accelerator: 'CmdOrCtrl+1', click: () => send('go-deals') },
        { label: labels.rehearse, accelerator: 'CmdOrCtrl+2', click: () => send('go-rehearse') },
        { label: labels.history, accelerator: 'CmdOrCtrl+3', click: () => send('go-history') },
        { label: labels.playbook, accelerator: 'CmdOrCtrl+4', click: () => send('go-playbook') },
      ],
    },
    {
      label: labels.view,
      submenu: [
        // The page handles the key itself (it works the same outside Electron); the menu only shows it.
        {
          label: labels.privacyScreen,
          accelerator: 'CmdOrCtrl+Shift+H',
          registerAccelerator: false,
          click: () => send('toggle-privacy'),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDevelopment ? ([{ role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: labels.help, role: 'help', submenu: [{ role: 'about', label: labels.about }] },
  ];
}
