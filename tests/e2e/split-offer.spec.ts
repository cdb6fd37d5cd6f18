import type { Page } from '@playwright/test';
import { api } from './api';
import { SCRAPED_TITLE, expect, test } from './article';
import type { Server } from './serve';
import { cards } from './splitview/helpers';

/** The ids of the documents the server holds, in its order. */
async function storedIds(server: Server): Promise<string[]> {
  return (await api<Array<{ id: string }>>(server, 'listDocuments', {})).map((d) => d.id);
}

/** The library lists the page's two articles: the split is done. */
async function expectTwoInLibrary(page: Page): Promise<void> {
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(2);
}

test('a page imported whole keeps offering the split on the document screen; keeping it whole is remembered', async ({
  page,
  server,
  problems,
  openScrapedPage,
}) => {
  const { id, offer } = await openScrapedPage(server);
  await expect(offer.getByRole('listitem')).toHaveCount(2);

  await offer.getByRole('button', { name: 'Keep as one' }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.getByRole('article', { name: SCRAPED_TITLE })).toBeVisible();
  await expect(offer).toBeHidden();
  expect(await storedIds(server)).toEqual([id]);
  expect(problems).toEqual([]);
});

test('splitting from the document screen replaces the page with linked articles and opens the first', async ({
  page,
  server,
  problems,
  openScrapedPage,
}) => {
  const { offer, split } = await openScrapedPage(server);
  await split();
  await expectTwoInLibrary(page);
  const documents = await api<Array<{ id: string; title: string }>>(server, 'listDocuments', {});
  expect(documents).toHaveLength(2);
  const first = await api<{ links: Array<{ documentId: string; relation: string }> }>(server, 'getDocument', { id: documents[0]?.id });
  expect(first.links).toContainEqual({ documentId: documents[1]?.id, relation: 'next-article' });
  await expect(page.getByRole('article', { name: documents[0]?.title })).toBeVisible();
  await expect(offer).toBeHidden();
  expect(problems).toEqual([]);
});

test('an annotation marked just before splitting is saved first and lands in its piece', async ({
  page,
  server,
  problems,
  openScrapedPage,
}) => {
  const { split } = await openScrapedPage(server);
  // The save is held on its way to the server, as a slow disk holds it, until Split has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/applyAnnotationEdits', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('region', { name: 'Source text' }).focus();
  await page.keyboard.press('Control+Home'); // the first word, «أعلنت»
  await page.keyboard.press('f');
  await expect(cards(page)).toHaveCount(1);
  await split();
  release();
  await expectTwoInLibrary(page);
  const [first] = await storedIds(server);
  const piece = await api<{ annotations: Array<{ type: string; text: string }> }>(server, 'getDocument', { id: first });
  expect(piece.annotations.map((a) => [a.type, a.text])).toEqual([['figure', 'أعلنت']]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a page changed elsewhere since it was opened is not split; the refusal says so and the page shows the change', async ({
  page,
  server,
  problems,
  openScrapedPage,
}) => {
  // This window misses the other window's change: its event stream stays silent (a stream
  // that broke, say). With events flowing, the page would reload before the split
  // (events.spec.ts); the store's revision check is what guards when they do not.
  await page.route('**/api/events?**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 60000\n\n' }),
  );
  const { id, split } = await openScrapedPage(server);
  // Another window marks a figure meanwhile.
  const { text } = await api<{ text: string }>(server, 'getDocument', { id });
  const start = text.indexOf('120 شخصاً');
  await api(server, 'createAnnotation', { documentId: id, type: 'figure', start, end: start + '120 شخصاً'.length, text: '120 شخصاً' });

  await split();
  await expect(page.getByRole('alert')).toContainText('Could not split the document: it changed meanwhile');
  await expect(page.getByRole('alert')).toContainText('Nothing was split and nothing was lost');
  expect(await storedIds(server)).toEqual([id]);
  // The screen now shows the stored page, with the other window's figure; splitting again works.
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await split();
  await expectTwoInLibrary(page);
  expect(problems).toEqual([]);
});
