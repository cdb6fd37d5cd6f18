import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARABIC_SCRAPED_PAGE, LONG_ARABIC, LONG_ENGLISH } from '../helpers/import-fixtures';
import { dropFiles } from './drop';
import { expect, test } from './serve';

/** Screenshots to look at by eye (outside test-results, which Playwright empties on each run). */
const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

async function api<T>(page: Page, url: string, name: string, input: unknown = {}): Promise<T> {
  const token = new URL(url).searchParams.get('token') as string;
  const response = await page.request.post(new URL(`/api/${name}`, url).href, { headers: { 'x-isnad-token': token }, data: input });
  const envelope = (await response.json()) as { ok: boolean; value: T };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

test('dropping a scraped page shows its two articles, the boilerplate count and the outlet, and splits it on request', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible();

  // The overlay invites the drop while files are dragged over the window.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'x.txt'));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-drop-overlay.png` });

  await dropFiles(page, [{ name: 'صفحة-مجمعة.txt', text: ARABIC_SCRAPED_PAGE }]);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('heading', { name: 'Import report' })).toBeVisible();
  await expect(page.getByText('Drop to import')).toBeHidden();
  const row = dialog.getByRole('listitem', { name: 'صفحة-مجمعة.txt' });
  await expect(row.getByText('Imported', { exact: true })).toBeVisible();
  await expect(row.getByText('5 boilerplate blocks marked')).toBeVisible();
  await expect(row.getByText('Outlet: الوكالة الوطنية للإعلام')).toBeVisible();
  const offer = row.getByRole('region', { name: 'Split offer' });
  await expect(offer).toContainText('2 articles run together');
  const articles = offer.getByRole('listitem');
  await expect(articles).toHaveCount(2);
  await expect(articles.nth(0)).toContainText('أعلنت وزارة الصحة اللبنانية');
  await expect(articles.nth(1)).toContainText('الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة');
  await expect(articles.nth(1)).toContainText('رويترز');
  expect(await articles.nth(1).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await page.screenshot({ path: `${SHOTS}/import-report-split-offer.png` });

  // What was stored: one document with its regions marked and the outlet filled in.
  const [stored] = await api<Array<{ id: string; source: { outlet: string } }>>(page, server.url, 'listDocuments');
  expect(stored!.source.outlet).toBe('الوكالة الوطنية للإعلام');
  const whole = await api<{ regions: Array<{ kind: string; excluded: boolean }> }>(page, server.url, 'getDocument', { id: stored!.id });
  expect(whole.regions.filter((r) => r.excluded).map((r) => r.kind)).toEqual(['read-also', 'source-line', 'tags', 'related', 'related']);

  await offer.getByRole('button', { name: 'Split into 2 documents' }).click();
  await expect(row.getByText('Split into 2 linked documents:')).toBeVisible();
  const library = page.getByRole('list', { name: 'Documents' });
  await expect(library.getByRole('button')).toHaveCount(2);
  await expect(library.getByRole('button', { name: /الحكومة تقر خطة/ })).toContainText('رويترز');
  const pieces = await api<Array<{ id: string; title: string }>>(page, server.url, 'listDocuments');
  const second = await api<{ links: Array<{ documentId: string; relation: string }> }>(page, server.url, 'getDocument', {
    id: pieces[1]!.id,
  });
  expect(second.links).toEqual([{ documentId: pieces[0]!.id, relation: 'previous-article' }]);

  await row.getByRole('button', { name: /الحكومة تقر خطة/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: 'الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-split-document-open.png` });
  expect(problems).toEqual([]);
});

test('a folder with good and bad files imports the good ones and names each bad one with its reason', async ({
  page,
  server,
  problems,
  corpusDir,
}) => {
  const folder = join(corpusDir, '..', 'inbox');
  await mkdir(join(folder, 'ar'), { recursive: true });
  await writeFile(join(folder, 'ar', 'حصاد.txt'), LONG_ARABIC);
  await writeFile(join(folder, 'harvest.md'), LONG_ENGLISH);
  await writeFile(join(folder, 'binary.txt'), Buffer.from([0x00, 0x9f, 0x92, 0x96, 0x00]));
  await writeFile(join(folder, 'empty.txt'), '');
  await writeFile(join(folder, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  await writeFile(join(folder, 'broken.json'), '[\n {"text": "a"},\n {"text": }\n]');
  await writeFile(join(folder, 'scripts.html'), '<html><body><script>alert("x")</script></body></html>');
  await writeFile(join(folder, 'letter.docx'), 'not a zip at all');
  await writeFile(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible();
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('heading', { name: 'Import articles' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-pick.png` });
  await dialog.getByLabel('Folder to import').setInputFiles(folder);
  await expect(dialog.getByRole('heading', { name: 'Import report' })).toBeVisible();
  await expect(dialog.getByText('2 documents imported from 9 files · 7 failed')).toBeVisible();
  const reasons: Record<string, RegExp> = {
    'inbox/binary.txt': /binary data, not text/,
    'inbox/empty.txt': /the file is empty \(0 bytes\)/,
    'inbox/latin1.txt': /not valid UTF-8 text: byte 3 \(0xE9\)/,
    'inbox/broken.json': /malformed JSON at line 3/,
    'inbox/scripts.html': /the page has no readable text/,
    'inbox/letter.docx': /not a Word document/,
    'inbox/photo.png': /unsupported file type "\.png"/,
  };
  await dialog.getByRole('button', { name: 'Problems (7)' }).click();
  for (const [name, reason] of Object.entries(reasons)) {
    const row = dialog.getByRole('listitem', { name });
    await expect(row.getByText('Failed', { exact: true })).toBeVisible();
    await expect(row).toContainText(reason);
  }
  await page.screenshot({ path: `${SHOTS}/import-report-problems.png` });
  await dialog.getByRole('button', { name: 'All (9)' }).click();
  await expect(dialog.getByRole('listitem', { name: 'inbox/ar/حصاد.txt' })).toContainText('ar · RTL');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(2);
  expect(problems).toEqual([]);
});

test('a dataset with unknown field names asks which field is which, then imports its records', async ({
  page,
  server,
  problems,
  corpusDir,
}) => {
  const file = join(corpusDir, '..', 'wire.csv');
  const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await writeFile(
    file,
    `hed,copy,paper\n${quoted('حصاد مبكر في الوادي')},${quoted(LONG_ARABIC)},${quoted('صحيفة الوادي')}\nHarvest starts early,${quoted(LONG_ENGLISH)},Valley Times\n`,
  );
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Files to import').setInputFiles(file);
  const row = dialog.getByRole('listitem', { name: 'wire.csv' });
  await expect(row.getByText('Needs fields')).toBeVisible();
  await row.getByRole('button', { name: 'Choose fields…' }).click();
  const form = row.getByRole('form', { name: 'Choose fields' });
  await expect(form.getByRole('row', { name: /paper/ })).toContainText('صحيفة الوادي');
  await form.getByLabel('Article text (required)').selectOption('copy');
  await form.getByLabel('Title').selectOption('hed');
  await form.getByLabel('Outlet').selectOption('paper');
  await page.screenshot({ path: `${SHOTS}/import-field-mapping.png` });
  await form.getByRole('button', { name: 'Import with these fields' }).click();
  await expect(row.getByText('Imported', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'حصاد مبكر في الوادي' })).toBeVisible();
  await expect(row.getByText('Outlet: Valley Times')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(2);
  expect(problems).toEqual([]);
});

test('a long import shows its progress and can be cancelled, keeping what was imported', async ({ page, server, problems, corpusDir }) => {
  test.setTimeout(120_000);
  const folder = join(corpusDir, '..', 'many');
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < 1500; i++)
    await writeFile(
      join(folder, `${String(i).padStart(4, '0')}.txt`),
      `Story ${i}\n\nThe council met on day ${i} and voted ${i % 7} times.`,
    );
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Folder to import').setInputFiles(folder);
  const bar = dialog.getByRole('progressbar');
  // The browser first reads the 1,500 files ("Reading files: n of 1,500"); on a loaded machine
  // that alone can take longer than the usual wait, so the import phase is given longer.
  await expect(bar).toHaveAttribute('aria-label', /^Importing: [1-9]\d* of 1,500 files$/, { timeout: 45_000 });
  await page.screenshot({ path: `${SHOTS}/import-progress.png` });
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog.getByText(/The import was cancelled/)).toBeVisible();
  const summary = await dialog.getByRole('status').filter({ hasText: 'imported from 1,500 files' }).textContent();
  const imported = Number(/^([\d,]+) documents? imported/.exec(summary ?? '')?.[1]?.replace(/,/g, ''));
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(1500);
  await dialog.getByRole('button', { name: /^Problems/ }).click();
  await expect(dialog.getByText('Not imported').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const listed = await api<unknown[]>(page, server.url, 'listDocuments');
  expect(listed).toHaveLength(imported);
  expect(problems).toEqual([]);
});

test('pasted text with several articles gets the same split offer', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Text').fill(ARABIC_SCRAPED_PAGE);
  await paste.getByRole('button', { name: 'Add document' }).click();
  const report = page.getByRole('dialog', { name: 'Import' });
  await expect(report.getByRole('region', { name: 'Split offer' })).toContainText('2 articles run together');
  await report.getByRole('button', { name: 'Keep as one' }).click();
  await expect(report.getByText('Kept as one document.')).toBeVisible();
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(1);
  expect(problems).toEqual([]);
});
