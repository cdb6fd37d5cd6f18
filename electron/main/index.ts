import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron';
import { type Services, openServices } from '../services/api';
import { desktopCredentials } from './credentials';
import { devRendererUrl } from './dev-env';
import { forwardEvents, registerIpcHandlers } from './ipc';
import { confirmTakeover, openWithTakeover } from './lock-prompt';
import { menuTemplate } from './menu';
import { type InterfaceSettings, defaultSettings } from '../../shared/i18n/locale';
import { createTranslator } from '../../shared/i18n/translate';
import { readInterfaceSettings } from '../services/interface-settings';
import { hardenSession, hardenWebContents, isTrustedSender } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererUrl = devRendererUrl(process.env, app.isPackaged);
const appUrl = rendererUrl ?? pathToFileURL(join(here, '../renderer/')).href;

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

/** The native save dialog for exports; the chosen path is the only place an export may be written. */
async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function start(): Promise<void> {
  const corpusDir = process.env.ISNAD_CORPUS || join(app.getPath('userData'), 'corpus');
  try {
    const open = () =>
      openServices({
        corpusDir,
        mode: 'desktop',
        version: app.getVersion(),
        owner: 'Isnad desktop',
        saveDialog: chooseSavePath,
        credentials: desktopCredentials(),
      });
    services = await openWithTakeover(open, corpusDir, (holder) => confirmTakeover(holder, corpusDir));
  } catch (err) {
    dialog.showErrorBox('Isnad cannot start', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  registerIpcHandlers(ipcMain, services.dispatch, (event) => isTrustedSender(mainWindow, event, appUrl));
  const { events } = services.ctx;
  forwardEvents(events, () => (mainWindow ? (channel, payload) => mainWindow?.webContents.send(channel, payload) : null));
  // The menu speaks the interface's language, and is built again when the journalist changes it.
  const showMenu = (settings: InterfaceSettings) => {
    const menu = menuTemplate((command) => events.emit('menuCommand', command), process.platform === 'darwin', createTranslator(settings));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  };
  showMenu(readInterfaceSettings(services.ctx.store.dir) ?? defaultSettings([app.getLocale?.() ?? 'en']));
  events.subscribe((name, payload) => {
    if (name === 'interfaceSettingsChanged') showMenu(payload as InterfaceSettings);
  });

  // webPreferences written out here, as a literal at the call, so that a static checker
  // (Electronegativity) sees every one of them rather than a function's return value.
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Isnad',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      // The preload only exposes the contract's operations through contextBridge (electron/preload).
      preload: join(here, '../preload/index.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would open a link in a new window; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (rendererUrl) await mainWindow.loadURL(rendererUrl);
  else await mainWindow.loadFile(join(here, '../renderer/index.html'));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !services) return;
    // Flush batched index writes and release the corpus lock before exiting.
    event.preventDefault();
    closing = true;
    void services.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
