import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../helpers/fixtures';
import { api } from './api';
import { expect, test } from './serve';

/**
 * The contract's events in browser mode (Server-Sent Events): the screen follows changes
 * made elsewhere, and long jobs report progress without the renderer polling for it.
 */

test('a change made in another window shows in the open document and in the library without a reload', async ({
  page,
  server,
  problems,
}) => {
  const doc = await api<{ id: string; text: string }>(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  const cards = page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]');
  await expect(page.getByRole('article', { name: 'بيان وزارة الصحة' }).locator('p.paragraph').first()).toBeVisible();
  await expect(cards).toHaveCount(0);

  // Another window (a second tab, the CLI's serve, a sync) marks a quote in the same document.
  const start = ARABIC_ARTICLE.indexOf('وزارة');
  const quote = await api<{ annotation: { id: string } }>(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'quote',
    start,
    end: start + 'وزارة الصحة'.length,
    text: 'وزارة الصحة',
  });
  await expect(page.locator(`[data-card-id="${quote.annotation.id}"]`)).toBeVisible();
  await expect(cards).toHaveCount(1);

  // And adds a document: the library lists it.
  await api(server, 'addDocument', { title: 'Council budget', text: ENGLISH_ARTICLE });
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Council budget/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an import reports its progress as events: the renderer reads the job once instead of polling it', async ({
  page,
  server,
  problems,
  corpusDir,
}) => {
  const folder = join(corpusDir, '..', 'batch');
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < 600; i++)
    await writeFile(
      join(folder, `${String(i).padStart(3, '0')}.txt`),
      `Report ${i}\n\nThe board met on day ${i} and approved ${i % 9} motions.`,
    );
  const reads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/getJob') reads.push(request.url());
  });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Folder to import').setInputFiles(folder);
  await expect(dialog.getByRole('status').filter({ hasText: '600 documents imported' })).toBeVisible({ timeout: 60_000 });
  // One read when the job starts (it may have moved before the screen listened); polling every 150 ms would make dozens.
  expect(reads.length).toBeLessThanOrEqual(2);
  expect(problems).toEqual([]);
});
