import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../electron/main/window';

/** Which pages may call the main process: the IPC sender check, as the desktop app runs it. */
describe('isAppUrl', () => {
  const dev = 'http://localhost:5173';

  it('accepts the dev server’s own pages, with any path, query or hash', () => {
    for (const url of ['http://localhost:5173/', 'http://localhost:5173/index.html?x=1#doc', 'http://LOCALHOST:5173/']) {
      expect(isAppUrl(url, dev), url).toBe(true);
    }
  });

  it('refuses look-alike hosts, userinfo tricks, other ports and other schemes', () => {
    for (const url of [
      'http://localhost:5173.evil/',
      'http://localhost:5173.evil.example/',
      'http://localhost.evil:5173/',
      'http://localhost:5173@evil.example/',
      'http://evil.example/?http://localhost:5173/',
      'http://localhost:51730/',
      'http://localhost:5174/',
      'http://localhost/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'file:///tmp/index.html',
      'javascript:alert(1)//http://localhost:5173/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, dev), url).toBe(false);
    }
  });

  it('accepts the packaged app’s files inside its renderer folder, and nothing beside or above it', () => {
    const app = pathToFileURL('/opt/Isnad/resources/app.asar/out/renderer/').href;
    expect(isAppUrl(pathToFileURL('/opt/Isnad/resources/app.asar/out/renderer/index.html').href, app)).toBe(true);
    for (const url of [
      'file:///opt/Isnad/resources/app.asar/out/renderer-evil/index.html',
      'file:///opt/Isnad/resources/app.asar/out/renderer/../main/index.js',
      'file:///opt/Isnad/resources/app.asar/out/renderer%2F..%2F/x.html',
      'file:///home/user/Downloads/index.html',
      'file://evil.example/opt/Isnad/resources/app.asar/out/renderer/index.html',
      'http://localhost:5173/',
    ]) {
      expect(isAppUrl(url, app), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  const webContents = {};
  const window = { webContents } as never;
  const app = 'http://localhost:5173';

  it('trusts only the top-level frame of our own window showing our own page', () => {
    const top = { url: 'http://localhost:5173/index.html', parent: null };
    expect(isTrustedSender(window, { sender: webContents, senderFrame: top }, app)).toBe(true);
    expect(isTrustedSender(window, { sender: webContents, senderFrame: { ...top, parent: top } }, app)).toBe(false);
    expect(isTrustedSender(window, { sender: {}, senderFrame: top }, app)).toBe(false);
    expect(isTrustedSender(window, { sender: webContents, senderFrame: { url: 'http://localhost:5173.evil/', parent: null } }, app)).toBe(
      false,
    );
    expect(isTrustedSender(null, { sender: webContents, senderFrame: top }, app)).toBe(false);
    expect(isTrustedSender(window, { sender: webContents, senderFrame: null }, app)).toBe(false);
  });
});
