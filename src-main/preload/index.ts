// The preload: exposes the contract's channels (and menu commands) to the page, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildParleyApi } from '@shared/ipc/build-api';
import {
  CHANNELS,
  EVENTS,
  MENU_COMMAND_EVENT,
  MENU_COMMANDS,
  type EventName,
  type MenuCommand,
  type ParleyEvents,
} from '@shared/ipc/contract';

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
  /** Events of the contract's list only; listeners get the payload, never Electron's event object. */
  on<E extends EventName>(name: E, listener: (payload: ParleyEvents[E]) => void): () => void {
    if (!(EVENTS as readonly string[]).includes(name)) return () => undefined;
    const handler = (_event: IpcRendererEvent, payload: ParleyEvents[E]): void => listener(payload);
    ipcRenderer.on(name, handler);
    return () => ipcRenderer.removeListener(name, handler);
  },
});
