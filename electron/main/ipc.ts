import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/define';
import type { Dispatch } from '../../shared/contract/dispatch';

/**
 * One ipcMain.handle per contract operation. Input validation happens in the dispatcher;
 * here, calls from anything but our own top-level frame are refused before it runs.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of operationNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown) => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'IPC call from an untrusted frame was refused' } };
      }
      return dispatch(name, input);
    });
  }
}
