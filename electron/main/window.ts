import type { BrowserWindow, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

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

/**
 * Whether a page URL belongs to the app: the same origin as the app's URL (the dev server's
 * http://localhost:5173), or, for the packaged app's file:// pages (whose origin is opaque),
 * a file inside the app's renderer folder. URLs are parsed, never compared as strings, so
 * http://localhost:5173.evil, http://localhost:5173@evil.example and other ports all fail.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let page: URL;
  let app: URL;
  try {
    page = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    const folder = app.pathname.endsWith('/') ? app.pathname : `${app.pathname}/`;
    return page.protocol === 'file:' && page.host === app.host && page.pathname.startsWith(folder);
  }
  return page.origin === app.origin;
}

/** The IPC sender check: only the top-level frame of our own window, showing our own page. */
export function isTrustedSender(window: Pick<BrowserWindow, 'webContents'> | null, event: SenderInfo, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!window || !frame || event.sender !== window.webContents) return false;
  return frame.parent === null && isAppUrl(frame.url, appUrl);
}
