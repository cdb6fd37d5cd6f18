import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Page } from '@playwright/test';
import { readStatic } from '../../electron/host/static';
import { forwardEvents, registerIpcHandlers } from '../../electron/main/ipc';
import { isTrustedSender } from '../../electron/main/window';
import { type Services, openServices } from '../../electron/services/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { BUILT_PRELOAD } from '../../scripts/build-outputs';

/**
 * The desktop app without the Electron binary: the REAL preload bundle (out/preload/index.cjs)
 * runs in Chromium over a shim of `contextBridge` and `ipcRenderer`, and the REAL IPC
 * registration (electron/main/ipc.ts, with the real sender check) answers it over a shim of
 * `ipcMain`, on real services and a temp corpus. Every value crossing the shim is structured-
 * cloned, as Electron's IPC does, and contextBridge's copying is imitated: a preload that
 * throws or requires more than `electron`, a missing handler, or a value that cannot be
 * cloned fails here as it would in the app.
 */

/** Where the page is served from; the sender check compares the frame's origin with it. */
export const APP_URL = 'http://isnad.desktop/';
const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** Runs in the page before any of its scripts: the shim, then the preload bundle as Electron would. */
function pageShim(preload: string): string {
  return `(() => {
  const invoke = window.__isnadIpcInvoke;
  delete window.__isnadIpcInvoke;
  const listeners = new Map();
  const ipcRenderer = {
    invoke(channel, ...args) {
      // Electron serializes IPC arguments with the structured clone algorithm.
      let cloned;
      try { cloned = structuredClone(args); } catch (err) { return Promise.reject(new Error('An object could not be cloned.')); }
      return invoke(channel, cloned);
    },
    on(channel, listener) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener); return ipcRenderer; },
    removeListener(channel, listener) { listeners.get(channel)?.delete(listener); return ipcRenderer; },
  };
  Object.defineProperty(window, '__isnadIpcDeliver', { value(channel, payload) {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, structuredClone(payload));
  } });
  // contextBridge copies values between the preload's world and the page's: functions are
  // proxied (their arguments and results copied in turn), promises resolve to copies,
  // errors keep their message, plain objects and arrays are copied, the rest is cloned.
  const copy = (value, across) => {
    if (typeof value === 'function') return (...args) => copy(value(...args.map((a) => copy(a, !across))), across);
    if (value instanceof Promise) return value.then((v) => copy(v, across), (e) => { throw copy(e, across); });
    if (value instanceof Error) return new Error(value.message);
    if (Array.isArray(value)) return value.map((v) => copy(v, across));
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v, across)]));
    }
    return structuredClone(value);
  };
  const contextBridge = {
    exposeInMainWorld(key, api) { Object.defineProperty(window, key, { value: copy(api, true), enumerable: true }); },
  };
  // A sandboxed preload may require only 'electron' (and nothing the bundle should need).
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('a sandboxed preload cannot require "' + name + '"');
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}

/** Structured clone in Node, as the main process's side of IPC does it. */
function cloneForIpc(value: unknown): unknown {
  return deserialize(serialize(value));
}

export interface Desktop {
  services: Services;
  /** Anything that went wrong outside a test's view (an event that could not be delivered). */
  problems: string[];
  close(): Promise<void>;
}

export async function openDesktop(
  page: Page,
  options: {
    corpusDir: string;
    saveDir: string;
    /** Channels left without a handler, to see what a forgotten one does. */
    withoutHandlers?: string[];
    /** Changes the preload's code before it runs, to see what a broken one does. */
    alterPreload?: (source: string) => string;
    /** Holds a call on its way to main until the promise settles (a slow crossing, to see what the page shows meanwhile). */
    hold?: (channel: string, input: unknown) => Promise<void> | undefined;
  },
): Promise<Desktop> {
  const problems: string[] = [];
  const services = await openServices({
    corpusDir: options.corpusDir,
    mode: 'desktop',
    version: '0.0.0-desktop-shim',
    owner: 'desktop shim',
    // A confirmed annotator, as a desktop that has been used before: the first-start
    // "who is annotating" dialog would otherwise stand in front of the test.
    annotator: 'Desktop Reporter <desk@example.org>',
    log: (message) => problems.push(message),
    saveDialog: async (suggestedName) => join(options.saveDir, suggestedName),
  });

  let delivering = Promise.resolve();
  const webContents = {
    send(channel: string, payload: unknown) {
      const cloned = cloneForIpc(payload);
      delivering = delivering
        .then(() =>
          page.evaluate(([c, p]) => (window as unknown as { __isnadIpcDeliver(c: string, p: unknown): void }).__isnadIpcDeliver(c, p), [
            channel,
            cloned,
          ] as const),
        )
        .catch((err: unknown) => {
          if (!page.isClosed()) problems.push(`event ${channel} not delivered: ${String(err)}`);
        });
    },
  };
  const window = { webContents };

  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = {
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      if (!options.withoutHandlers?.includes(channel)) handlers.set(channel, handler);
    },
  };
  registerIpcHandlers(ipcMain as never, services.dispatch, (event) => isTrustedSender(window as never, event as never, APP_URL));
  const stopEvents = forwardEvents(services.ctx.events, () => (channel, payload) => webContents.send(channel, payload));

  await page.exposeBinding('__isnadIpcInvoke', async ({ frame }, channel: string, args: unknown[]) => {
    const handler = handlers.get(channel);
    // Electron's own words for a channel nobody handles.
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    await options.hold?.(channel, args[0]);
    const event = { sender: webContents, senderFrame: { url: frame.url(), parent: frame.parentFrame() ? {} : null } };
    return cloneForIpc(await handler(event, ...args));
  });
  const preload = await readFile(BUILT_PRELOAD, 'utf8');
  await page.addInitScript({ content: pageShim(options.alterPreload ? options.alterPreload(preload) : preload) });
  // The window's pages, with the CSP header the desktop session adds to every response.
  await page.route(`${APP_URL}**`, async (route) => {
    const file = await readStatic(RENDERER_DIR, new URL(route.request().url()).pathname);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: file.body,
      contentType: file.contentType,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });

  return {
    services,
    problems,
    async close() {
      stopEvents();
      await delivering;
      await services.close();
    },
  };
}
