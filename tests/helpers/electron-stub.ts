/**
 * A stand-in for the `electron` module, whose binary is absent on these machines: the one
 * place a stub is right. It records what the main process asks of Electron (windows, IPC
 * handlers, session handlers, menus) so tests can drive them; everything behind it (services,
 * store, dispatch) is real. Use it from `vi.mock('electron', …)`.
 */
import { vi } from 'vitest';

export type Listener = (...args: unknown[]) => unknown;

export function createElectronStub(options: { isPackaged?: boolean } = {}) {
  const listeners = (): Map<string, Listener[]> => new Map();
  const on = (map: Map<string, Listener[]>) => (event: string, listener: Listener) => {
    map.set(event, [...(map.get(event) ?? []), listener]);
  };
  const state = {
    windows: [] as Array<{ options: Record<string, unknown>; webContents: Record<string, unknown>; loaded: string }>,
    ipcHandlers: new Map<string, Listener>(),
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    headersListener: null as Listener | null,
    appListeners: listeners(),
    menuTemplate: null as unknown,
    ready: null as null | (() => void),
    userData: '',
    /** The button a message box answers with (1: the last, "Quit"), and the boxes shown. */
    messageBoxResponse: 1,
    messageBoxes: [] as Array<Record<string, unknown>>,
  };

  function makeWebContents() {
    const events = listeners();
    const mainFrame = { url: '', parent: null };
    return {
      events,
      mainFrame,
      windowOpenHandler: null as Listener | null,
      on: on(events),
      setWindowOpenHandler(handler: Listener) {
        this.windowOpenHandler = handler;
      },
      send: vi.fn(),
    };
  }

  class BrowserWindow {
    webContents = makeWebContents();
    constructor(public options: Record<string, unknown>) {
      const entry = { options, webContents: this.webContents as unknown as Record<string, unknown>, loaded: '' };
      state.windows.push(entry);
      // Electron fires web-contents-created for each new window's contents.
      for (const l of state.appListeners.get('web-contents-created') ?? []) l({}, this.webContents);
    }
    once() {}
    on() {}
    show() {}
    async loadFile(file: string) {
      state.windows.at(-1)!.loaded = file;
      this.webContents.mainFrame.url = `file://${file}`;
    }
    async loadURL(url: string) {
      state.windows.at(-1)!.loaded = url;
      this.webContents.mainFrame.url = url;
    }
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged ?? false,
      requestSingleInstanceLock: () => true,
      on: on(state.appListeners),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      getPath: () => state.userData,
      getVersion: () => '9.9.9',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (state.permissionRequestHandler = h),
        setPermissionCheckHandler: (h: Listener) => (state.permissionCheckHandler = h),
        webRequest: { onHeadersReceived: (h: Listener) => (state.headersListener = h) },
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => ((state.menuTemplate = t), t), setApplicationMenu: vi.fn() },
    // The OS keychain stands in as a reversible transform: tests see that a token is never
    // stored as written, and that it reads back.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from([...text].reverse().join(''), 'utf8'),
      decryptString: (data: Buffer) => [...data.toString('utf8')].reverse().join(''),
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: async (options: Record<string, unknown>) => {
        state.messageBoxes.push(options);
        return { response: state.messageBoxResponse };
      },
    },
  };
  return { state, electron };
}

export type ElectronStub = ReturnType<typeof createElectronStub>;
