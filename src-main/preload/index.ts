// The preload: exposes the contract's channels (and menu commands) to the page, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildParleyApi } from '@shared/ipc/build-api';
import { CHANNELS, MENU_COMMAND_EVENT, MENU_COMMANDS, type MenuCommand } from '@shared/ipc/contract';

contextBridge.exposeInMainWorld(
  'parley',
  buildParleyApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);

contextBridge.exposeInMainWorld('parleyEvents', {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, handler);
    return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, handler);
  },
});
