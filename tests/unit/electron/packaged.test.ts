/**
 * The packaged app (app.isPackaged) with a hostile environment: the main process runs
 * against the stubbed `electron` module (the binary is absent here), everything behind it is real.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_ONLY_ENV, devRendererUrl } from '../../../electron/main/dev-env';
import { tempDirs } from '../../helpers/temp';

const stub = await vi.hoisted(async () => {
  const { createElectronStub } = await import('../../helpers/electron-stub');
  return { current: createElectronStub({ isPackaged: true }) };
});
vi.mock('electron', () => ({ ...stub.current.electron, default: stub.current.electron }));

const temp = tempDirs();
const EVIL = 'http://127.0.0.1:6666/';

beforeAll(async () => {
  process.env.ELECTRON_RENDERER_URL = EVIL;
  delete process.env.ISNAD_CORPUS;
  const userData = await temp.make('isnad-userdata-');
  await import('../../../electron/main/index');
  const state = stub.current.state;
  state.userData = userData;
  state.ready?.();
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
});

afterAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  for (const l of stub.current.state.appListeners.get('before-quit') ?? []) l({ preventDefault() {} });
  await new Promise((r) => setTimeout(r, 200));
  await temp.cleanup();
});

describe('a packaged app ignores development settings', () => {
  it('loads its own index.html, not ELECTRON_RENDERER_URL', () => {
    expect(stub.current.state.windows[0]!.loaded).toMatch(/renderer[\\/]index\.html$/);
  });

  it('refuses IPC from a page at ELECTRON_RENDERER_URL, which no longer counts as the app', async () => {
    const state = stub.current.state;
    const wc = state.windows[0]!.webContents as unknown as { mainFrame: { url: string } };
    const handler = state.ipcHandlers.get('isnad:listDocuments')!;
    const foreign = await handler({ sender: wc, senderFrame: { url: `${EVIL}index.html`, parent: null } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = await handler({ sender: wc, senderFrame: wc.mainFrame }, {});
    expect(own).toMatchObject({ ok: true });
  });

  it('only a development build on this machine honours a loopback dev server address', () => {
    expect(DEV_ONLY_ENV).toContain('ELECTRON_RENDERER_URL');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toBeUndefined();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined();
  });
});

describe('electron-builder’s effective configuration sets the fuses', () => {
  const root = new URL('../../../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf-8'));

  it('has no separate config file that would replace package.json’s "build"', () => {
    for (const name of [
      'electron-builder.yml',
      'electron-builder.yaml',
      'electron-builder.json',
      'electron-builder.json5',
      'electron-builder.js',
      'electron-builder.cjs',
      'electron-builder.mjs',
      'electron-builder.toml',
      'electron-builder.config.js',
    ]) {
      expect(existsSync(new URL(name, root)), name).toBe(false);
    }
  });

  it('turns off RunAsNode, NODE_OPTIONS and --inspect, and loads only an integrity-checked ASAR, with encrypted cookies', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    // onlyLoadAppFromAsar needs the app packed into an ASAR, electron-builder's default.
    expect(pkg.build.asar).not.toBe(false);
  });

  it('names only fuses electron-builder knows', () => {
    const scheme = JSON.parse(readFileSync(new URL('node_modules/app-builder-lib/scheme.json', root), 'utf-8'));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const fuse of Object.keys(pkg.build.electronFuses)) expect(known).toContain(fuse);
  });
});
