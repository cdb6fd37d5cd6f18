import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { api, apiStore } from '../api';
import { expect, test } from '../serve';

/**
 * The library writes a document's date out for the reader, as a <time> that keeps the ISO
 * value: the month in words, the digits as the settings say, the same day in every time zone.
 */
test.use({ timezoneId: 'Pacific/Honolulu' });

test('library and trash dates are written out in the interface language, digits as set, on the day the source gave', async ({
  page,
  server,
  problems,
}) => {
  const store = apiStore(server);
  const doc = await store.addDocument({ title: 'وزارة الصحة', text: ARABIC_ARTICLE, source: { publishedAt: '2024-10-07' } });
  const published = page.locator('.document-item .published time');

  await page.goto(server.url);
  // Honolulu is ten hours behind UTC: a date read as midnight UTC would show the 6th.
  await expect(published).toHaveText('Oct 7, 2024');
  await expect(published).toHaveAttribute('datetime', '2024-10-07');

  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
  await page.reload();
  await expect(published).toHaveText('٧ أكتوبر ٢٠٢٤');
  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'latn' });
  await page.reload();
  await expect(published).toHaveText('7 أكتوبر 2024');

  // The trash says when a document was deleted, in the same words.
  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
  await api(server, 'deleteDocument', { id: doc.id });
  await page.reload();
  await page.locator('.library-footer button').last().click();
  const deleted = page.locator('.trash-list time');
  await expect(deleted).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(deleted).toHaveText(/^[٠-٩]+ [\u0600-\u06FF]+ [٠-٩]{4}،? [٠-٩]{1,2}:[٠-٩]{2}/);
  expect(problems).toEqual([]);
});

test('in Arabic, an impossible date or a bad address is refused with the reason in Arabic, and nothing is stored', async ({
  page,
  server,
  problems,
}) => {
  const { id } = await apiStore(server).addDocument({ title: 'وزارة الصحة', text: ARABIC_ARTICLE, source: { publishedAt: '2024-02-29' } });
  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
  await page.goto(server.url);
  await page.locator('.document-item').first().click();
  const published = page.getByLabel('تاريخ النشر');
  await published.fill('2024-02-30');
  await published.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'عدد أيام شهر فبراير من عام \u20682024\u2069 هو ٢٩' })).toBeVisible();
  await published.press('Escape');
  const address = page.getByLabel('الرابط');
  await address.fill('ليس رابطاً');
  await address.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'ليس عنوان ويب' })).toBeVisible();
  await address.press('Escape');
  expect((await api<{ source: { publishedAt: string; url: string } }>(server, 'getDocument', { id })).source).toMatchObject({
    publishedAt: '2024-02-29',
    url: '',
  });

  await page.getByRole('button', { name: 'التعليقات التوضيحية', exact: true }).click();
  await page.getByLabel('من تاريخ').fill('2024-13-45');
  await expect(page.getByRole('alert').filter({ hasText: 'لا يوجد شهر رقمه ١٣' })).toBeVisible();
  expect(problems).toEqual([]);
});
