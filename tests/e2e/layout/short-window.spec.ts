import type { Page } from '@playwright/test';
import { ARABIC_SCRAPED_PAGE } from '../../helpers/import-fixtures';
import { api } from '../api';
import { openInArabic } from '../arabic';
import { shot } from '../desk/fixtures';
import { expect, test } from '../serve';

// A 1280×720 laptop: the text must keep most of the window, with the split offer shown too.
test.use({ viewport: { width: 1280, height: 720 } });

/** Invented: a short article with its source filled in. */
const ARTICLE = 'قال الوزير إن 75 شخصاً أصيبوا في الحادث.\n\nوأضاف أن الوضع تحت السيطرة رغم الأضرار.';
const SOURCE = { outlet: 'صحيفة المساء', url: 'https://news.example/a', publishedAt: '2024-03-10', author: 'رنا عزيز' };

const paneShare = (page: Page) =>
  page.evaluate(() => (document.querySelector('.source-pane')?.getBoundingClientRect().height ?? 0) / window.innerHeight);

async function open(page: Page, title: RegExp) {
  await page
    .getByRole('list', { name: /Documents|المستندات/ })
    .getByRole('button', { name: title })
    .click();
  await expect(page.locator('.source-pane')).toBeVisible();
}

test('at 1280×720 the text keeps at least 60% of the height; the source fields and the articles are one click away', async ({
  page,
  server,
  problems,
}) => {
  const doc = await api<{ id: string }>(server, 'addDocument', { title: 'مقال قصير', text: ARTICLE });
  await api(server, 'updateDocument', { id: doc.id, source: SOURCE });
  await api(server, 'importText', { title: 'صفحة مجمعة', text: ARABIC_SCRAPED_PAGE });
  await page.goto(server.url);

  await open(page, /مقال قصير/);
  const plain = await paneShare(page);
  expect(plain).toBeGreaterThanOrEqual(0.6);
  // The source fields are folded behind one button that says what they hold.
  const toggle = page.getByRole('button', { name: /^Source/ });
  await expect(toggle).toContainText('صحيفة المساء');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Source' })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  const fields = page.getByRole('group', { name: 'Source' });
  await expect(fields.getByLabel('URL')).toHaveValue(SOURCE.url);
  await fields.getByLabel('Author').fill('رنا عزيز الحلبي');
  await fields.getByLabel('Author').press('Enter');
  await shot(page, 'layout-short-source-open');
  await page.getByRole('button', { name: /Source/, expanded: true }).click();
  await expect(fields).toBeHidden();
  await expect(page.getByRole('button', { name: /Source/ })).toContainText('رنا عزيز الحلبي');

  await open(page, /صفحة مجمعة/);
  const offer = page.getByRole('region', { name: 'Split offer' });
  await expect(offer).toContainText('2 articles run together');
  const withOffer = await paneShare(page);
  expect(withOffer).toBeGreaterThanOrEqual(0.6);
  await shot(page, 'layout-short-offer');
  // The articles are behind a disclosure, the buttons on the same line.
  await expect(offer.getByRole('listitem')).toHaveCount(0);
  await offer.getByText('The 2 articles').click();
  await expect(offer.getByRole('listitem')).toHaveCount(2);
  await expect(offer.getByRole('button', { name: 'Split into 2 documents' })).toBeVisible();
  console.log(`text pane at 1280×720: ${Math.round(plain * 720)} px plain, ${Math.round(withOffer * 720)} px with the split offer`);
  expect(problems).toEqual([]);
});

test('the same in Arabic: mirrored, and the text still keeps 60% of the height', async ({ page, server, problems }) => {
  await api(server, 'importText', { title: 'صفحة مجمعة', text: ARABIC_SCRAPED_PAGE });
  await openInArabic(page, server);
  await open(page, /صفحة مجمعة/);
  await expect(page.getByRole('region', { name: 'عرض التقسيم' })).toBeVisible();
  await shot(page, 'layout-short-offer-arabic');
  expect(await paneShare(page)).toBeGreaterThanOrEqual(0.6);
  const toggle = page.locator('.source-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Mirrored: the button sits on the inline end's side of the title, on the left in Arabic.
  const title = await page.locator('.title-field').boundingBox();
  const button = await toggle.boundingBox();
  expect((button?.x ?? 0) + (button?.width ?? 0)).toBeLessThanOrEqual((title?.x ?? 0) + 1);
  expect(problems).toEqual([]);
});
