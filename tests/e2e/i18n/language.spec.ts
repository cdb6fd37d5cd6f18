import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { apiStore } from '../api';
import { expect, restartUnder, test } from '../serve';

test('switching to Arabic in Settings mirrors the app at once, Arabic digits follow the setting, and the choice survives a server restart', async ({
  page,
  server,
  problems,
}) => {
  const store = apiStore(server);
  for (const title of ['Council budget', 'Port strike', 'Rail fares'])
    await store.addDocument({ title, text: `${title}\n\n${ENGLISH_ARTICLE}` });
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library).toContainText('3 documents');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'العربية' }).check();
  // No reload: the open dialog itself is now Arabic, the page right to left.
  await expect(page.getByRole('dialog', { name: 'الإعدادات' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const arabicLibrary = page.getByRole('navigation', { name: 'المكتبة' });
  await expect(arabicLibrary).toContainText('٣ مستندات');
  await expect(page.getByRole('toolbar', { name: 'شريط الأدوات الرئيسي' }).getByRole('button', { name: 'استيراد…' })).toBeVisible();

  await page.getByRole('radio', { name: /لاتينية/ }).check();
  await expect(arabicLibrary).toContainText('3 مستندات');
  await page.getByRole('button', { name: 'تم' }).click();

  // The chrome mirrors: the library sits on the right of the workspace in Arabic.
  const libraryBox = await arabicLibrary.boundingBox();
  const workspaceBox = await page.getByRole('main').boundingBox();
  expect(libraryBox && workspaceBox && libraryBox.x > workspaceBox.x).toBe(true);

  await restartUnder(page, server);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'المكتبة' })).toContainText('3 مستندات');

  // And back: English, left to right, from the same dialog.
  await page.keyboard.press('Control+,');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('3 documents');
  expect(problems).toEqual([]);
});

test.describe('a first start in an Arabic browser', () => {
  test.use({ locale: 'ar-EG' });
  test('opens in Arabic, right to left, until the journalist chooses otherwise', async ({ page, server, problems }) => {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'المدوّنة فارغة' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'المكتبة' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
