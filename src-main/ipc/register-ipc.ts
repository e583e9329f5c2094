// Registers every contract channel with Electron, after checking that the call comes from the app's own page.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/ipc/contract';
import type { IpcResult } from '@shared/ipc/result';
import { isTrustedSender } from '../window/security';
import type { Dispatch } from './dispatch';

export function registerIpc(dispatch: Dispatch, devServerUrl: string | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<IpcResult<unknown>> => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null, devServerUrl)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'forbidden-sender', message: 'Calls are accepted only from the Parley window.' },
        });
      }
      return dispatch(channel, input);
    });
  }
}
