import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';
import { type Translator, englishTranslator } from '../../shared/i18n/translate';

/**
 * The application menu in the interface's language (main/index.ts rebuilds it when the
 * journalist changes the language). Every item has our own label, the built-in roles too:
 * Electron would word those in the system's language, not the one chosen in Settings.
 * Undo/Redo go to the renderer, which decides between undoing text editing in a field and
 * undoing an annotation change; the built-in roles would only ever do the former.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  { t }: Translator = englishTranslator(),
): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menus.file'),
      submenu: [
        { label: t('menus.file.import'), accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: t('menus.file.importDataset'), click: () => send('importDataset') },
        { label: t('menus.file.export'), accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menus.file.close') } : { role: 'quit', label: t('menus.file.quit') },
      ],
    },
    {
      label: t('menus.edit'),
      submenu: [
        { label: t('menus.edit.undo'), accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: t('menus.edit.redo'), accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menus.edit.cut') },
        { role: 'copy', label: t('menus.edit.copy') },
        { role: 'paste', label: t('menus.edit.paste') },
        { role: 'selectAll', label: t('menus.edit.selectAll') },
        { type: 'separator' },
        { label: t('menus.edit.find'), accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      ],
    },
    {
      label: t('menus.view'),
      submenu: [
        { role: 'resetZoom', label: t('menus.view.resetZoom') },
        { role: 'zoomIn', label: t('menus.view.zoomIn') },
        { role: 'zoomOut', label: t('menus.view.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menus.view.fullScreen') },
      ],
    },
  ];
}
