import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { eventNames, operationNames } from '../../shared/contract';
import { CorpusStore } from '../../electron/services/corpus/store';
import { writeExport } from '../../electron/services/exchange/write-export';
import { type PackedDocument, unpackDocument } from '../../shared/domain/packed-document';
import { ExportRequest } from '../../shared/exchange/request';
import { seedExchangeCorpus } from '../helpers/exchange-corpus';
import { ARABIC_ARTICLE } from '../helpers/fixtures';
import { APP_URL, type Desktop, openDesktop } from './desktop-shim';
import { watchConsole } from './serve';

/**
 * The desktop path as far as it runs without Electron's binary: the real preload bundle and
 * the real IPC handlers (see desktop-shim.ts), driving the real renderer in Chromium.
 */
const test = base.extend<{ dirs: { corpusDir: string; saveDir: string }; problems: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  dirs: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'isnad-desktop-'));
    await use({ corpusDir: join(root, 'corpus'), saveDir: root });
    await rm(root, { recursive: true, force: true });
  },
  problems: async ({ page }, use) => {
    const problems = watchConsole(page);
    await use(problems);
    expect(problems, 'page errors or CSP violations').toEqual([]);
  },
});

async function open(
  page: Parameters<typeof openDesktop>[0],
  dirs: { corpusDir: string; saveDir: string },
  faults: Pick<Parameters<typeof openDesktop>[1], 'withoutHandlers' | 'alterPreload' | 'hold'> = {},
): Promise<Desktop> {
  const desktop = await openDesktop(page, { ...dirs, ...faults });
  await page.goto(APP_URL);
  return desktop;
}

/**
 * Opens the app on the shim, runs `body`, and closes it whatever happened; then neither main
 * (the IPC side) nor the page may have logged a problem.
 */
async function inDesktop(
  page: Parameters<typeof openDesktop>[0],
  dirs: { corpusDir: string; saveDir: string },
  problems: string[],
  body: (desktop: Desktop) => Promise<void>,
  faults: Pick<Parameters<typeof openDesktop>[1], 'hold'> = {},
): Promise<void> {
  const desktop = await open(page, dirs, faults);
  try {
    await body(desktop);
  } finally {
    await desktop.close();
  }
  expect(desktop.problems).toEqual([]);
  expect(problems).toEqual([]);
}

test('the preload exposes every contract operation and on(), and each reaches its IPC handler and comes back cloned', async ({
  page,
  dirs,
  problems,
}) => {
  await inDesktop(page, dirs, problems, async (desktop) => {
    const keys = await page.evaluate(() => Object.keys(window.isnad ?? {}).sort());
    expect(keys).toEqual([...operationNames, 'on'].sort());
    // Every operation, called with empty input: an answer (a value, or the validation error)
    // from the real dispatcher, never "No handler registered" or a value that cannot cross.
    const answers = await page.evaluate(async (names) => {
      const bridge = window.isnad as unknown as Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>;
      const out: Record<string, string> = {};
      for (const name of names) {
        try {
          const envelope = await bridge[name]?.({});
          out[name] = envelope?.ok ? 'ok' : `error:${envelope?.error?.code}`;
        } catch (err) {
          out[name] = `threw:${(err as Error).message}`;
        }
      }
      return out;
    }, operationNames);
    for (const [name, answer] of Object.entries(answers))
      expect(answer, name).toMatch(/^(ok|error:(invalid_input|not_found|unavailable|conflict))$/);
    expect(answers.getAppInfo).toBe('ok');
    // Events: every declared one may be subscribed to; an unknown one is refused by the preload.
    const subscribed = await page.evaluate((names) => names.map((n) => typeof window.isnad?.on(n as never, () => {})), eventNames);
    expect(subscribed).toEqual(eventNames.map(() => 'function'));
    await expect(page.evaluate(() => window.isnad?.on('shutdown' as never, () => {}))).rejects.toThrow(/no event "shutdown"/);
  });
});

test('an opened document crosses IPC as its JSON text, parsed once by the screen, and shows its annotations', async ({
  page,
  dirs,
  problems,
}) => {
  await inDesktop(page, dirs, problems, async (desktop) => {
    const store = desktop.services.ctx.store;
    const doc = await store.addDocument({ title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
    const at = doc.text.indexOf('الوضع');
    await store.createAnnotation({ documentId: doc.id, type: 'quote', start: at, end: at + 5, text: doc.text.slice(at, at + 5) });
    // What the bridge hands the page: the payload's text, not an object cloned annotation by annotation.
    const wire = await page.evaluate(async (id) => {
      const envelope = (await window.isnad?.getPackedDocument({ id })) as { ok: boolean; value?: unknown };
      return { ok: envelope.ok, type: typeof envelope.value, text: String(envelope.value) };
    }, doc.id);
    expect(wire).toMatchObject({ ok: true, type: 'string' });
    expect(unpackDocument(JSON.parse(wire.text) as PackedDocument)).toEqual(await store.getDocument(doc.id));
    // The screen opens it from there.
    await page.reload();
    await page.locator('.document-item', { hasText: 'بيان وزارة الصحة' }).click();
    const article = page.getByRole('article', { name: 'بيان وزارة الصحة' });
    await expect(article.locator('p.paragraph').first()).toHaveText(/وزارة الصحة/);
    await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(1);
  });
});

test('in desktop mode the real renderer stores an annotation, follows menu commands and saves an export where the dialog says', async ({
  page,
  dirs,
  problems,
}) => {
  const http: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) http.push(request.url());
  });
  await inDesktop(page, dirs, problems, async (desktop) => {
    await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible();
    // The renderer chose the bridge, not HTTP: there is no server here to answer it.
    expect(await page.evaluate(() => typeof window.isnad)).toBe('object');

    await page.getByRole('button', { name: 'Paste text' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste text' });
    await paste.getByLabel('Title').fill('بيان وزارة الصحة');
    await paste.getByLabel('Text').fill(ARABIC_ARTICLE);
    await paste.getByRole('button', { name: 'Add document' }).click();
    const article = page.getByRole('article', { name: 'بيان وزارة الصحة' });
    await expect(article.locator('p.paragraph').first()).toHaveText(/وزارة الصحة/);

    // Mark a quote with the keyboard: select the first word, press Q. Saved over IPC.
    await article.locator('p.paragraph').first().click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('q');
    await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(1);
    await expect(page.getByText('All changes saved')).toBeVisible();
    const [summary] = desktop.services.ctx.store.listDocuments();
    expect(summary?.counts.quote).toBe(1);

    // A change from elsewhere (a sync) arrives as documentChanged over IPC: the view reloads.
    const stored = await desktop.services.ctx.store.getDocument(summary?.id as string);
    const start = stored.text.indexOf('الوضع');
    await desktop.services.ctx.store.createAnnotation({
      documentId: stored.id,
      type: 'figure',
      start,
      end: start + 5,
      text: stored.text.slice(start, start + 5),
    });
    await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(2);

    // The menu's Find… arrives as the menuCommand event.
    desktop.services.ctx.events.emit('menuCommand', 'find');
    await expect(page.getByRole('searchbox', { name: 'Search words' })).toBeFocused();

    // Export: the save dialog (here: the temp folder) chooses the path; the job's progress
    // arrives as events; the file is where the dialog said.
    await page
      .getByRole('list', { name: 'Documents' })
      .getByRole('button', { name: /بيان وزارة الصحة/ })
      .click();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: /^Export/ }).click();
    await expect(dialog.getByRole('status')).toContainText('Exported 2 annotations from 1 document.');
    const saved = (await dialog.getByRole('status').textContent()) ?? '';
    const fileName = /(\d{4}-\d\d-\d\d-\d{4} بيان وزارة الصحة\.csv)/.exec(saved)?.[1] ?? '';
    const csv = await readFile(join(dirs.saveDir, fileName), 'utf8');
    expect(csv.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(csv).toContain('بيان وزارة الصحة');
    // Everything went over IPC: not one HTTP API call or event stream.
    expect(http).toEqual([]);
  });
});

/** A promise the test settles itself: a call held on its way to main until the test has looked at the page. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

test('in desktop mode Import dataset… sends the file in pieces with a progress bar that Stop ends, then imports it', async ({
  page,
  dirs,
  problems,
}) => {
  // A .json export of a corpus of five documents, and a file of 12 MB: two pieces and a half.
  const source = await CorpusStore.open(join(dirs.saveDir, 'source'));
  await seedExchangeCorpus(source);
  const exported = join(dirs.saveDir, 'export.json');
  await writeExport(source, ExportRequest.parse({ format: 'json', filter: { includeExcluded: true } }), exported, { appVersion: '1.0.0' });
  await source.close();
  const big = join(dirs.saveDir, 'big.json');
  await writeFile(big, Buffer.alloc(12 * 1024 * 1024, ' '));
  // The upload's temp folders are this process's (the services run here): `isnad-upload-<pid>-…`.
  const uploads = async () => (await readdir(tmpdir())).filter((n) => n.startsWith(`isnad-upload-${process.pid}-`));

  const secondPiece = gate();
  const check = gate();
  let holdCheck = false;
  const http: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) http.push(request.url());
  });
  // Held on their way to main: the upload's second piece, and the check of the export.
  const hold: Parameters<typeof openDesktop>[1]['hold'] = (channel, input) => {
    if (channel === 'isnad:appendDatasetUpload' && (input as { offset: number }).offset > 0) return secondPiece.opened;
    if (channel === 'isnad:finishDatasetUpload' && holdCheck) return check.opened;
    return undefined;
  };
  await inDesktop(
    page,
    dirs,
    problems,
    async (desktop) => {
      await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible();
      // File → Import Dataset… in the desktop menu.
      desktop.services.ctx.events.emit('menuCommand', 'importDataset');
      const dialog = page.getByRole('dialog', { name: 'Import dataset' });
      const input = dialog.getByLabel('Export file (.json, .jsonl)');

      // The large file: its first piece is in, the second on its way; the bar shows how much.
      await input.setInputFiles(big);
      const bar = dialog.getByRole('progressbar', { name: 'Reading the file' });
      await expect(bar).toHaveAttribute('value', String(8 * 1024 * 1024));
      await expect(dialog.locator('.job-progress-text')).toHaveText('8 MB of 12 MB read');
      await page.screenshot({ path: test.info().outputPath('desktop-import-progress.png') });
      expect(await uploads()).toHaveLength(1);
      await dialog.getByRole('button', { name: 'Stop reading' }).click();
      // Main let go of the file at once, with the piece still on its way.
      await expect.poll(uploads).toEqual([]);
      secondPiece.open();
      await expect(dialog.getByRole('alert')).toHaveText('reading big.json was stopped; nothing was imported');
      await expect(bar).toBeHidden();
      await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

      // The export: one piece, then main checks it (held here, to see what the dialog says meanwhile).
      holdCheck = true;
      await input.setInputFiles(exported);
      await expect(dialog.locator('.job-progress-text')).toHaveText(/^All .* read; checking the file…$/);
      check.open();
      await expect(dialog.getByRole('status')).toContainText('export.json: 5 documents, 17 annotations');
      await expect(dialog.getByRole('alert')).toBeHidden();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'Dataset imported' })).toContainText('5 documents, 17 annotations');
      await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(5);
      expect(await uploads()).toEqual([]);
      expect(http).toEqual([]);
    },
    { hold },
  );
});

test('what Electron would refuse is refused here: a missing handler, a value that cannot be cloned', async ({ page, dirs, problems }) => {
  const desktop = await open(page, dirs, { withoutHandlers: ['isnad:listDocuments'] });
  try {
    // Without its handler, the library cannot load, and the user is told.
    await expect(page.getByRole('alert')).toContainText('Could not load the library');
    await expect(page.getByRole('alert')).toContainText("No handler registered for 'isnad:listDocuments'");
    // A function cannot cross IPC.
    await expect(page.evaluate(() => window.isnad?.getDocument({ id: 'x', extra: () => 1 } as never))).rejects.toThrow(
      /could not be cloned/,
    );
  } finally {
    await desktop.close();
  }
  problems.length = 0;
});

test('a preload that needs more than a sandboxed preload may require exposes no bridge, and the app says it cannot work', async ({
  page,
  dirs,
  problems,
}) => {
  const desktop = await open(page, dirs, { alterPreload: (source) => `require('node:fs');\n${source}` });
  try {
    expect(await page.evaluate(() => typeof window.isnad)).toBe('undefined');
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load the library' })).toContainText('Could not load the library');
    expect(problems.join('\n')).toMatch(/a sandboxed preload cannot require "node:fs"/);
  } finally {
    await desktop.close();
  }
  problems.length = 0;
});
