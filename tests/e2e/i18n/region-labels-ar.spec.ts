import { ARABIC_NEWS } from '../splitview/fixtures';
import { api } from '../api';
import { dropFiles } from '../drop';
import { expect, test } from '../serve';
import { openInArabic } from '../arabic';

test('boilerplate found on import is named in the interface language: Arabic words only in Arabic, English only in English', async ({
  page,
  server,
  problems,
}) => {
  await openInArabic(page, server);
  await dropFiles(page, [{ name: 'hudna.txt', text: ARABIC_NEWS }]);
  const report = page.getByRole('dialog', { name: 'استيراد' });
  await expect(report.getByRole('listitem', { name: 'hudna.txt' })).toBeVisible({ timeout: 30_000 });
  await report.getByRole('button', { name: 'تم' }).click();
  await page.getByRole('list', { name: 'المستندات' }).getByRole('button', { name: /hudna/ }).click();

  // The import's "read also" block: its banner reads in Arabic, with no Latin word beside it.
  const readAlso = page.getByRole('group', { name: 'نص متكرر · اقرأ أيضاً' });
  await expect(readAlso).toBeVisible();
  await expect(readAlso).toContainText('مستبعد من التصدير والاقتراحات');
  const banners = await page.locator('.region-title').allTextContents();
  expect(banners.length).toBeGreaterThan(0);
  for (const banner of banners) expect(banner).not.toMatch(/[A-Za-z]/);

  await api(server, 'setInterfaceSettings', { language: 'en', digits: 'latn' });
  await page.reload();
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /hudna/ }).click();
  await expect(page.getByRole('group', { name: 'Boilerplate · Read also' })).toBeVisible();
  for (const banner of await page.locator('.region-title').allTextContents()) expect(banner).not.toMatch(/[\u0600-\u06ff]/);
  expect(problems).toEqual([]);
});
