import { contextBridge, ipcRenderer } from 'electron';
import { isEventName, operationNames } from '../../shared/contract';
import { ipcChannel, ipcEventChannel } from '../../shared/contract/transport';

/**
 * window.isnad: one method per contract operation, and `on` for the contract's events, and
 * nothing else. ipcRenderer itself is never exposed, so the page can reach no channel that
 * the contract does not declare.
 */
const bridge: Record<string, unknown> = {};
for (const name of operationNames) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input);
}
bridge.on = (name: unknown, listener: (payload: unknown) => void) => {
  if (!isEventName(name)) throw new Error(`Isnad has no event "${String(name)}"`);
  if (typeof listener !== 'function') throw new Error('on(event, listener) needs a listener function');
  const channel = ipcEventChannel(name);
  // The IPC event object (with its sender) stays here: the page gets the payload only.
  const handler = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
};

contextBridge.exposeInMainWorld('isnad', bridge);
