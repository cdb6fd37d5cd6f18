import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { searchIndexFiles } from '../../electron/services/search/cache';
import { api } from './api';
import { expect, test } from './serve';

const PARAGRAPH = 'The ceasefire held overnight, officials said, and aid trucks crossed at dawn.';

test('a result lists all its hits on request, boilerplate can be left out, and a document search cannot read is named', async ({
  page,
  server,
  problems,
}) => {
  const text = [PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, 'Read also: ceasefire talks in Cairo; ceasefire map.'].join('\n\n');
  const start = text.indexOf('Read also');
  const long = await api<{ id: string }>(server, 'addDocument', { title: 'Ceasefire holds', text });
  await api(server, 'updateDocument', {
    id: long.id,
    regions: [{ id: 'r1', start, end: text.length, kind: 'read-also', label: 'Read also', excluded: true }],
  });
  await api(server, 'addDocument', { title: 'Short note', text: 'A ceasefire was announced.' });
  const broken = await api<{ id: string }>(server, 'addDocument', {
    title: 'هدنة في غزة',
    text: 'The ceasefire in Gaza, in another words.',
  });
  // A document file damaged on disk, and the search index to be built again from the files.
  await server.stop();
  await writeFile(join(server.corpusDir, 'documents', `${broken.id}.json`), '{"id": "dam');
  for (const file of Object.values(searchIndexFiles(server.corpusDir))) await rm(file, { force: true });
  const restarted = await server.restart();
  try {
    await page.goto(restarted.url);
    // The app has loaded (its library answered) before the shortcut is pressed.
    await expect(page.getByRole('heading', { name: 'Pick a document' })).toBeVisible();
    await page.keyboard.press('Control+F');
    await page.getByLabel('Search words').fill('ceasefire');
    await expect(page.getByRole('status').filter({ hasText: /documents/ })).toContainText('2 documents');
    const notice = page.locator('details.search-unsearchable');
    await expect(notice).toContainText('1 document is not searchable');
    await notice.locator('summary').click();
    await expect(notice).toContainText('هدنة في غزة');
    await expect(notice).toContainText('could not be read');

    const results = page.getByRole('list', { name: 'Search results' });
    const card = results.locator('li.result').filter({ has: page.getByRole('button', { name: 'Ceasefire holds' }) });
    await expect(card).toContainText('7 hits');
    await expect(card.locator('.snippet-button')).toHaveCount(3);
    await card.getByRole('button', { name: 'Show all 7 hits' }).click();
    await expect(card.locator('.snippet-button')).toHaveCount(7);
    await page.screenshot({ path: test.info().outputPath('search-all-hits.png'), fullPage: true });
    await card.getByRole('button', { name: 'Show fewer hits' }).click();
    await expect(card.locator('.snippet-button')).toHaveCount(3);

    // Leaving out the "read also" block: its two mentions no longer count.
    await page.getByRole('checkbox', { name: /Leave out boilerplate/ }).check();
    await expect(card).toContainText('5 hits');
    await card.getByRole('button', { name: 'Show all 5 hits' }).click();
    await expect(card.locator('.snippet-button')).toHaveCount(5);
    await expect(card.locator('mark', { hasText: 'ceasefire' })).toHaveCount(5);
    expect(problems).toEqual([]);
  } finally {
    await restarted.stop();
  }
});
