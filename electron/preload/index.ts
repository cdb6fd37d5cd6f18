import { contextBridge, ipcRenderer } from 'electron';
import { MENU_CHANNEL, MENU_COMMANDS, type MenuCommand, operationNames } from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/define';

/**
 * window.isnad: one method per contract operation and nothing else. ipcRenderer itself is
 * never exposed, so the page can reach no channel that the contract does not declare.
 */
const bridge: Record<string, unknown> = {};
for (const name of operationNames) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input);
}
bridge.onMenuCommand = (listener: (command: MenuCommand) => void) => {
  const handler = (_event: unknown, command: MenuCommand) => {
    if (MENU_COMMANDS.includes(command)) listener(command);
  };
  ipcRenderer.on(MENU_CHANNEL, handler);
  return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
};

contextBridge.exposeInMainWorld('isnad', bridge);
