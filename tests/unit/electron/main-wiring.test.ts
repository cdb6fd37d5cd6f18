/**
 * The Electron binary is absent on these machines, so the main process runs here against a
 * stubbed `electron` module. This is the one place a stub is right: everything behind the
 * stub (services, store, dispatch) is real and writes to a temp corpus.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { operationNames } from '../../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import type { Listener } from '../../helpers/electron-stub';
import { tempDirs } from '../../helpers/temp';

const stub = await vi.hoisted(async () => {
  const { createElectronStub } = await import('../../helpers/electron-stub');
  return createElectronStub();
});

vi.mock('electron', () => ({ ...stub.electron, default: stub.electron }));

const temp = tempDirs();
const { state } = stub;

beforeAll(async () => {
  state.userData = await temp.make('isnad-userdata-');
  delete process.env.ISNAD_CORPUS;
  await import('../../../electron/main/index');
  state.ready?.();
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 10_000 });
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toMatch(/index\.html$/));
});

afterAll(async () => {
  for (const l of state.appListeners.get('before-quit') ?? []) l({ preventDefault() {} });
  await new Promise((r) => setTimeout(r, 200));
  await temp.cleanup();
});

function window0() {
  return state.windows[0] as (typeof state.windows)[number];
}

describe('BrowserWindow security', () => {
  it('is created with context isolation, sandbox, no Node integration and web security', () => {
    const prefs = window0().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('denies navigation, redirects, webviews and window.open', () => {
    const wc = window0().webContents as unknown as {
      events: Map<string, Listener[]>;
      windowOpenHandler: Listener;
    };
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      const handlers = wc.events.get(event) ?? [];
      expect(handlers.length, event).toBeGreaterThan(0);
      for (const h of handlers) h(e, 'https://example.org/');
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    expect(wc.windowOpenHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      state.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(state.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });

  it('adds the strict CSP to every response', () => {
    const callback = vi.fn();
    state.headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('has File, Edit and View menus with Import, Export, Quit, Undo and Redo', () => {
    const menu = state.menuTemplate as Array<{ label?: string; submenu: Array<{ label?: string; role?: string }> }>;
    const labels = menu.map((m) => m.label?.replace('&', ''));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    const items = (name: string) => menu.find((m) => m.label?.replace('&', '') === name)?.submenu.map((i) => i.label ?? i.role) ?? [];
    expect(items('File')).toEqual(expect.arrayContaining(['Import…', 'Export…', 'Quit']));
    expect(items('Edit')).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']));
  });
});

describe('IPC handlers', () => {
  function invoke(name: string, input: unknown, sender: unknown, frame: unknown) {
    const handler = state.ipcHandlers.get(`isnad:${name}`);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler({ sender, senderFrame: frame }, input) as Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
  }

  it('is rebuilt in Arabic when the interface language is set to Arabic, and back in English', async () => {
    const wc = window0().webContents;
    type Item = { label?: string; role?: string; click?: () => void };
    const menu = () => state.menuTemplate as Array<{ label?: string; submenu: Item[] }>;
    await invoke('setInterfaceSettings', { language: 'ar', digits: 'arab' }, wc, wc.mainFrame);
    expect(menu().map((m) => m.label)).toEqual(['&ملف', '&تحرير', '&عرض']);
    const file = menu()[0]?.submenu ?? [];
    expect(file.map((i) => i.label).filter(Boolean)).toEqual(['استيراد…', 'استيراد مجموعة بيانات…', 'تصدير…', 'إنهاء']);
    // Built-in roles carry our label too: Electron would word them in the system's language.
    expect(menu()[1]?.submenu.find((i) => i.role === 'copy')?.label).toBe('نسخ');
    await invoke('setInterfaceSettings', { language: 'en', digits: 'arab' }, wc, wc.mainFrame);
    expect(menu()[0]?.label).toBe('&File');
  });

  it('registers one handler per contract operation', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(operationNames.map((n) => `isnad:${n}`).sort());
  });

  it('serves the app’s own top-level frame from the real corpus in userData', async () => {
    const wc = window0().webContents as unknown as { mainFrame: unknown };
    const added = await invoke('addDocument', { text: ENGLISH_ARTICLE }, wc, wc.mainFrame);
    expect(added).toMatchObject({ ok: true, value: { lang: 'en' } });
    const info = await invoke('getAppInfo', {}, wc, wc.mainFrame);
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop', version: '9.9.9', documentCount: 1 } });
    expect((info.value as { corpusPath: string }).corpusPath).toBe(`${state.userData}/corpus`);
  });

  it('refuses a subframe, a foreign page and another webContents, without running the operation', async () => {
    const wc = window0().webContents as unknown as { mainFrame: { url: string } };
    const subframe = { url: wc.mainFrame.url, parent: wc.mainFrame };
    const foreign = { url: 'https://evil.example/', parent: null };
    const otherContents = { mainFrame: { url: wc.mainFrame.url, parent: null } };
    for (const [sender, frame] of [
      [wc, subframe],
      [wc, foreign],
      [otherContents, otherContents.mainFrame],
      [wc, null],
    ]) {
      const result = await invoke('addDocument', { text: 'sneaky text' }, sender, frame);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const list = await invoke('listDocuments', {}, wc, wc.mainFrame);
    expect((list.value as unknown[]).length).toBe(1);
  });

  it('validates input and names the field', async () => {
    const wc = window0().webContents as unknown as { mainFrame: unknown };
    const result = await invoke('getDocument', { id: '../secrets' }, wc, wc.mainFrame);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
  });

  it('takes a dataset file piece by piece from the app’s own frame only, bytes as Electron clones them, and checks each piece', async () => {
    const wc = window0().webContents as unknown as { mainFrame: { url: string } };
    const foreign = { url: 'https://evil.example/', parent: null };
    // Electron structured-clones what the renderer sends: a Uint8Array arrives as one.
    const send = (name: string, input: unknown, frame: unknown = wc.mainFrame) => invoke(name, deserialize(serialize(input)), wc, frame);
    const dir = await temp.make();
    const source = await CorpusStore.open(join(dir, 'source'));
    await seedExchangeCorpus(source);
    const file = join(dir, 'export.json');
    await writeExport(source, ExportRequest.parse({ format: 'json', filter: { includeExcluded: true } }), file, { appVersion: '1.0.0' });
    await source.close();
    const bytes = new Uint8Array(await readFile(file));

    expect(await send('beginDatasetUpload', { fileName: 'export.json', size: bytes.length }, foreign)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const begun = await send('beginDatasetUpload', { fileName: 'export.json', size: bytes.length });
    const { uploadId } = begun.value as { uploadId: string };
    // A foreign frame cannot add to the journalist's upload, nor finish or stop it.
    for (const [name, input] of [
      ['appendDatasetUpload', { uploadId, offset: 0, chunk: bytes.subarray(0, 10) }],
      ['finishDatasetUpload', { uploadId }],
      ['cancelDatasetUpload', { uploadId }],
    ] as const) {
      expect(await send(name, input, foreign), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // What is not bytes is refused by the contract, naming the field; the upload goes on.
    expect(await send('appendDatasetUpload', { uploadId, offset: 0, chunk: Array.from(bytes.subarray(0, 10)) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'chunk' },
    });
    expect(await send('appendDatasetUpload', { uploadId: '../etc', offset: 0, chunk: bytes })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'uploadId' },
    });
    const half = bytes.length >> 1;
    expect(await send('appendDatasetUpload', { uploadId, offset: 0, chunk: bytes.subarray(0, half) })).toEqual({
      ok: true,
      value: { received: half },
    });
    expect(await send('appendDatasetUpload', { uploadId, offset: half, chunk: bytes.subarray(half) })).toEqual({
      ok: true,
      value: { received: bytes.length },
    });
    const staged = await send('finishDatasetUpload', { uploadId });
    expect(staged).toMatchObject({ ok: true, value: { fileName: 'export.json', documents: 5, annotations: 17 } });
    // Whatever the page says, it names no path: main reads only the file it wrote itself (here, nothing).
    const sneaky = await send('beginDatasetUpload', { fileName: 'passwd', size: 0, path: '/etc/passwd' });
    expect(await send('finishDatasetUpload', sneaky.value)).toMatchObject({ ok: false, error: { message: 'passwd is empty.' } });
  });
});

describe('events to the window', () => {
  type Sent = { mock: { calls: Array<[string, unknown]> } };
  function sent(channel: string): unknown[] {
    const send = (window0().webContents as unknown as { send: Sent }).send;
    return send.mock.calls.filter(([c]) => c === channel).map(([, payload]) => payload);
  }

  it('a menu click reaches the renderer as the menuCommand event, on its contract channel', () => {
    const menu = state.menuTemplate as Array<{ label?: string; submenu: Array<{ label?: string; click?: () => void }> }>;
    const file = menu.find((m) => m.label === '&File');
    file?.submenu.find((i) => i.label === 'Import…')?.click?.();
    expect(sent('isnad:event:menuCommand')).toEqual(['import']);
  });

  it('a change to the corpus reaches the window as documentChanged, with the stored revision', async () => {
    const handler = state.ipcHandlers.get('isnad:addDocument') as Listener;
    const wc = window0().webContents as unknown as { mainFrame: unknown };
    const added = (await handler({ sender: wc, senderFrame: wc.mainFrame }, { text: ARABIC_ARTICLE })) as {
      value: { id: string; revision: number };
    };
    expect(sent('isnad:event:documentChanged')).toContainEqual({
      documentId: added.value.id,
      change: 'added',
      revision: added.value.revision,
    });
  });
});
