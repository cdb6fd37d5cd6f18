import { api } from './api';
import { SCRAPED_TITLE, expect, test } from './article';

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
  await expect(page.getByRole('region', { name: 'Split offer' })).toBeHidden();
  expect((await api<Array<{ id: string }>>(server, 'listDocuments', {})).map((d) => d.id)).toEqual([id]);
  expect(problems).toEqual([]);
});

test('splitting from the document screen replaces the page with linked articles and opens the first', async ({
  page,
  server,
  problems,
  openScrapedPage,
}) => {
  const { offer } = await openScrapedPage(server);
  await offer.getByRole('button', { name: 'Split into 2 documents' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(2);
  const documents = await api<Array<{ id: string; title: string }>>(server, 'listDocuments', {});
  expect(documents).toHaveLength(2);
  const first = await api<{ id: string; text: string; links: Array<{ documentId: string; relation: string }> }>(server, 'getDocument', {
    id: documents[0]?.id,
  });
  expect(first.links).toContainEqual({ documentId: documents[1]?.id, relation: 'next-article' });
  await expect(page.getByRole('article', { name: first.id === documents[0]?.id ? documents[0]?.title : '' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Split offer' })).toBeHidden();
  expect(problems).toEqual([]);
});

test('an annotation marked just before splitting is saved first and lands in its piece', async ({
  page,
  server,
  problems,
  openScrapedPage,
}) => {
  const { offer } = await openScrapedPage(server);
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
  await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(1);
  await offer.getByRole('button', { name: 'Split into 2 documents' }).click();
  release();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(2);
  const [first] = await api<Array<{ id: string }>>(server, 'listDocuments', {});
  const piece = await api<{ annotations: Array<{ type: string; text: string }> }>(server, 'getDocument', { id: first?.id });
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
  const { id, offer } = await openScrapedPage(server);
  // Another window marks a figure meanwhile.
  const { text } = await api<{ text: string }>(server, 'getDocument', { id });
  const start = text.indexOf('120 شخصاً');
  await api(server, 'createAnnotation', { documentId: id, type: 'figure', start, end: start + '120 شخصاً'.length, text: '120 شخصاً' });

  await offer.getByRole('button', { name: 'Split into 2 documents' }).click();
  await expect(page.getByRole('alert')).toContainText('Could not split the document: it changed meanwhile');
  await expect(page.getByRole('alert')).toContainText('Nothing was split and nothing was lost');
  expect((await api<Array<{ id: string }>>(server, 'listDocuments', {})).map((d) => d.id)).toEqual([id]);
  // The screen now shows the stored page, with the other window's figure; splitting again works.
  await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(1);
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await offer.getByRole('button', { name: 'Split into 2 documents' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(2);
  expect(problems).toEqual([]);
});
