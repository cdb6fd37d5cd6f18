import { AR_CAIRO, AR_DIPLOMACY, AR_HEALTH, EN_BUDGET, EN_STATE } from '../helpers/search-fixtures';
import { api } from './api';
import { expect, test } from './serve';

test('search across Arabic and English documents finds both spellings and jumps to the hit', async ({ page, server, problems }) => {
  for (const [title, text, outlet] of [
    ['بلينكن في الدوحة', AR_DIPLOMACY, 'الأسبوع'],
    ['لقاء القاهرة', AR_CAIRO, 'الاتحاد'],
    ['الصحة', AR_HEALTH, ''],
    ['Secretary in Doha', EN_STATE, 'Wire'],
    ['Council budget', EN_BUDGET, ''],
  ] as const) {
    await api(server, 'addDocument', { title, text, source: { outlet } });
  }
  await page.goto(server.url);
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(5);

  await page.keyboard.press('Control+F');
  const input = page.getByLabel('Search words');
  await expect(input).toBeFocused();
  await input.fill('وزير الخارجية الأمريكي');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(page.getByRole('status').filter({ hasText: /documents/ })).toContainText('2 documents');
  await expect(results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'بلينكن في الدوحة' }) })).toHaveCount(1);
  // The keyword line typed with Persian ی and ک is found and highlighted as typed.
  await expect(results.locator('mark', { hasText: 'وزیر الخارجیة الأمریکی' })).toHaveCount(1);
  await expect(results.locator('mark', { hasText: 'وزير الخارجية الأمريكي' })).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/search-arabic.png' });

  // Clicking a hit opens its document (the split view scrolls to the span).
  await results
    .getByRole('button')
    .filter({ has: page.locator('mark', { hasText: 'وزیر الخارجیة الأمریکی' }) })
    .click();
  await expect(page.getByRole('article', { name: 'بلينكن في الدوحة' })).toBeVisible();

  // Back in search, the query is still there; within this document every hit is listed.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Search' }).click();
  await expect(input).toHaveValue('وزير الخارجية الأمريكي');
  await page.getByRole('radio', { name: /This document/ }).check();
  const hits = page.getByRole('list', { name: 'Hits in this document' });
  await expect(hits.locator('mark', { hasText: /^وز[يی]ر الخارج[يی]ة الأمر[يی]ک?ك?[يی]$/ })).toHaveCount(2);
  await page.getByRole('radio', { name: 'All documents' }).check();

  // English and digits: ٧٥ in the Arabic article matches 75 in the English one.
  await input.fill('75');
  await expect(page.getByRole('status').filter({ hasText: /documents/ })).toContainText('2 documents');
  await expect(results.locator('mark', { hasText: '٧٥' })).toHaveCount(1);

  // Clitics only when asked.
  await input.fill('"الخارجية المصرية"');
  await expect(page.getByRole('status').filter({ hasText: /No documents match/ })).toBeVisible();
  await page.getByRole('checkbox', { name: /Match attached/ }).check();
  await expect(results.locator('mark', { hasText: 'وبالخارجية المصرية' })).toHaveCount(1);
  await results.getByRole('button', { name: 'لقاء القاهرة' }).click();
  await expect(page.getByRole('article', { name: 'لقاء القاهرة' })).toBeVisible();

  // A search of punctuation alone says why it finds nothing.
  await page.keyboard.press('Control+F');
  await input.fill('؟!');
  await expect(page.getByRole('alert')).toContainText('type a word to search for');
  expect(problems).toEqual([]);
});
