import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../shared/contract';
import type { Dispatch } from '../../shared/contract/dispatch';
import { ipcChannel, ipcEventChannel } from '../../shared/contract/transport';
import type { EventHub } from '../services/events';

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

/**
 * Every contract event goes to the window on its own channel (the preload's `on` listens
 * there). `send` is the window's webContents.send, or nothing while there is no window.
 */
export function forwardEvents(
  events: Pick<EventHub, 'subscribe'>,
  send: () => ((channel: string, payload: unknown) => void) | null,
): () => void {
  return events.subscribe((name, payload) => send()?.(ipcEventChannel(name), payload));
}
