import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../helpers/fixtures';
import { api, apiStore } from './api';
import { expect, test, restartUnder, stopUnder } from './serve';

const SUDAN = 'هدنة السودان: 75 عاماً من النزاع\n\nقال الوزير إن المفاوضات ستستمر حتى نهاية الشهر.';

test('library: filter, sort, rename and tag, delete with Undo, trash, all from the keyboard', async ({ page, server, problems }) => {
  const store = apiStore(server);
  const health = await store.addDocument({
    title: 'وزارة الصحة',
    text: ARABIC_ARTICLE,
    source: { outlet: 'الأسبوع', publishedAt: '2024-10-07' },
  });
  await store.addDocument({ title: 'هدنة السودان', text: SUDAN, source: { outlet: 'رويترز', publishedAt: '2024-11-02' } });
  await store.addDocument({ title: 'Council budget', text: ENGLISH_ARTICLE });
  const quote = '«الوضع تحت السيطرة»';
  await store.createAnnotation({
    documentId: health.id,
    type: 'quote',
    start: ARABIC_ARTICLE.indexOf(quote),
    end: ARABIC_ARTICLE.indexOf(quote) + quote.length,
    text: quote,
  });

  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: 'Library' });
  const documents = library.getByRole('list', { name: 'Documents', exact: true });
  await expect(documents.getByRole('button')).toHaveCount(3);
  await expect(documents.locator('.document-title')).toHaveText(['Council budget', 'هدنة السودان', 'وزارة الصحة']);

  // Sort: by publication date (undated last), by annotations, by title; the choice is remembered.
  await library.getByLabel('Sort by').selectOption('published');
  await expect(documents.locator('.document-title')).toHaveText(['هدنة السودان', 'وزارة الصحة', 'Council budget']);
  await library.getByLabel('Sort by').selectOption('annotations');
  await expect(documents.locator('.document-title').first()).toHaveText('وزارة الصحة');
  await library.getByLabel('Sort by').selectOption('title');
  await page.reload();
  await expect(library.getByLabel('Sort by')).toHaveValue('title');

  // Filter: Arabic folded as search folds it (الاسبوع finds الأسبوع), Escape clears.
  const filter = library.getByLabel('Filter documents');
  await filter.fill('الاسبوع');
  await expect(documents.locator('.document-title')).toHaveText(['وزارة الصحة']);
  await expect(library).toContainText('1 of 3 documents');
  await filter.fill('nothing-like-this');
  await expect(library.getByRole('status')).toContainText('No document matches');
  await filter.press('Escape');
  await expect(documents.getByRole('button')).toHaveCount(3);

  // Rename and tag with F2; a bad tag is refused with the reason and nothing changes.
  await documents.getByRole('button', { name: /هدنة السودان/ }).focus();
  await page.keyboard.press('F2');
  const dialog = page.getByRole('dialog', { name: 'Rename and tag' });
  await dialog.getByLabel('Title').fill('هدنة السودان: 75 عاماً');
  await dialog.getByLabel(/^Tags/).fill(`السودان، ${'x'.repeat(41)}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('at most 40 characters');
  await dialog.getByLabel('Title').fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('title cannot be empty');
  await dialog.getByLabel('Title').fill('هدنة السودان: 75 عاماً');
  await dialog.getByLabel(/^Tags/).fill('السودان، نزاع');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const sudan = documents.getByRole('button', { name: /هدنة السودان: 75 عاماً/ });
  await expect(sudan.locator('.tag-chip')).toHaveText(['السودان', 'نزاع']);
  await filter.fill('#نزاع');
  await expect(documents.getByRole('button')).toHaveCount(1);
  await filter.fill('');

  // Delete with the Delete key: gone from the library and from search; Undo brings it back.
  await documents.getByRole('button', { name: /وزارة الصحة/ }).focus();
  await page.keyboard.press('Delete');
  await expect(documents.getByRole('button')).toHaveCount(2);
  const notice = page.getByRole('status').filter({ hasText: 'Moved to the trash' });
  await expect(notice).toContainText('وزارة الصحة');
  expect((await api<{ documents: unknown[] }>(server, 'searchCorpus', { query: 'السيطرة' })).documents).toHaveLength(0);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(documents.getByRole('button')).toHaveCount(3);
  await expect
    .poll(async () => (await api<{ documents: unknown[] }>(server, 'searchCorpus', { query: 'السيطرة' })).documents.length)
    .toBe(1);
  await documents.getByRole('button', { name: /وزارة الصحة/ }).click();
  await expect(page.getByRole('article', { name: 'وزارة الصحة' })).toBeVisible();

  // Delete the open document from the footer; it closes; restore it from the Trash; empty the trash.
  await library.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('article', { name: 'وزارة الصحة' })).toBeHidden();
  await documents.getByRole('button', { name: /Council budget/ }).focus();
  await page.keyboard.press('Delete');
  await expect(documents.getByRole('button')).toHaveCount(1);
  await library.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await expect(trash.getByRole('list', { name: 'Deleted documents' }).getByRole('listitem')).toHaveCount(2);
  await trash.getByRole('button', { name: /^Restore \W?وزارة الصحة\W?$/ }).click();
  await expect(documents.getByRole('button', { name: /وزارة الصحة/ })).toBeVisible();
  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  await trash.getByRole('button', { name: 'Delete 1 document for good' }).click();
  await expect(trash).toContainText('The trash is empty');
  await trash.getByRole('button', { name: 'Close' }).click();
  await expect(documents.locator('.document-title')).toHaveText(['هدنة السودان: 75 عاماً', 'وزارة الصحة']);
  // After a restart, what was restored stays and the opened document keeps its annotation.
  const restarted = await restartUnder(page, server);
  await expect(documents.getByRole('button')).toHaveCount(2);
  await expect(documents.getByRole('button', { name: /وزارة الصحة/ })).toContainText('1 annotation');
  await stopUnder(page, restarted);
  expect(problems).toEqual([]);
});

test('dates: impossible ones are refused in the header and the filters, with the reason', async ({ page, server, problems }) => {
  await apiStore(server).addDocument({ title: 'Council budget', text: ENGLISH_ARTICLE, source: { publishedAt: '2024-02-29' } });
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /Council budget/ })
    .click();
  const published = page.getByLabel('Published');
  for (const [bad, reason] of [
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2024-13-45', 'there is no month 13'],
  ] as const) {
    await published.fill(bad);
    await published.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible();
  }
  await published.press('Escape');
  await expect(published).toHaveValue('2024-02-29');

  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  const from = page.getByLabel('From date');
  await expect(from).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await from.fill('2024-02-30');
  await expect(page.getByRole('alert').filter({ hasText: 'February 2024 has 29 days' })).toBeVisible();
  await from.fill('2024-02-01');
  await expect(page.getByRole('alert').filter({ hasText: 'February 2024' })).toBeHidden();
  expect(problems).toEqual([]);
});
