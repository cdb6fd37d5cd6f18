import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Isnad',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** No permission (camera, notifications, geolocation…) is ever granted, and headers carry the CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** The window never leaves the app: navigation, new windows and webviews are refused. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface SenderInfo {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/** The IPC sender check: only the top-level frame of our own window, showing our own page. */
export function isTrustedSender(
  window: Pick<BrowserWindow, 'webContents'> | null,
  event: SenderInfo,
  appUrlPrefix: string,
): boolean {
  const frame = event.senderFrame;
  if (!window || !frame || event.sender !== window.webContents) return false;
  return frame.parent === null && frame.url.startsWith(appUrlPrefix);
}
