import { ARABIC_SCRAPED_PAGE } from '../helpers/import-fixtures';
import { api } from './api';
import { expect, test } from './serve';

interface Outcome {
  documents: Array<{ id: string; title: string }>;
}

test('a page imported whole keeps offering the split on the document screen; keeping it whole is remembered', async ({
  page,
  server,
  problems,
}) => {
  const outcome = await api<Outcome>(server, 'importText', { title: 'صفحة مجمعة', text: ARABIC_SCRAPED_PAGE });
  const id = outcome.documents[0]?.id as string;
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /صفحة مجمعة/ }).click();
  const offer = page.getByRole('region', { name: 'Split offer' });
  await expect(offer).toContainText('2 articles run together');
  await expect(offer.getByRole('listitem')).toHaveCount(2);

  await offer.getByRole('button', { name: 'Keep as one' }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.getByRole('article', { name: 'صفحة مجمعة' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Split offer' })).toBeHidden();
  expect((await api<Array<{ id: string }>>(server, 'listDocuments', {})).map((d) => d.id)).toEqual([id]);
  expect(problems).toEqual([]);
});

test('splitting from the document screen replaces the page with linked articles and opens the first', async ({
  page,
  server,
  problems,
}) => {
  await api<Outcome>(server, 'importText', { title: 'صفحة مجمعة', text: ARABIC_SCRAPED_PAGE });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /صفحة مجمعة/ }).click();
  const offer = page.getByRole('region', { name: 'Split offer' });
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
