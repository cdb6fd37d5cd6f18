import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { api, apiStore } from '../api';
import { type Server, expect, test } from '../serve';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

/**
 * The shell, library and import screens in both languages, saved as i18n-<screen>-<language>.png
 * for looking at by eye. Each also checks what a reader would see first: the page's direction,
 * and no chrome text cut off at its box's edge.
 */
async function seed(server: Server): Promise<void> {
  const store = apiStore(server);
  const health = await store.addDocument({
    title: 'وزارة الصحة: الوضع تحت السيطرة',
    text: ARABIC_ARTICLE,
    source: { outlet: 'الأسبوع', publishedAt: '2024-10-07' },
    tags: ['صحة', 'غزة'],
  });
  await store.addDocument({
    title: 'Council budget grows by 4%',
    text: ENGLISH_ARTICLE,
    source: { outlet: 'Reuters', publishedAt: '2024-11-02' },
  });
  const quote = '«الوضع تحت السيطرة»';
  const at = ARABIC_ARTICLE.indexOf(quote);
  await store.createAnnotation({ documentId: health.id, type: 'quote', start: at, end: at + quote.length, text: quote });
}

/** Chrome text whose box is narrower than its text (cut off or overflowing), by its text. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, h1, h2, label, legend, .hint, .badge, .count')]
      .filter((el) => el.checkVisibility() && !el.closest('[data-user-content]') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el.textContent ?? '').trim()),
  );
}

for (const language of ['en', 'ar'] as const) {
  test(`the shell, library, settings, trash and import screens read right in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({
    page,
    server,
    problems,
  }) => {
    await api(server, 'setInterfaceSettings', { language, digits: 'arab' });
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('.empty h2')).toBeVisible();
    const shot = async (name: string) => {
      expect(await clipped(page), `clipped text on ${name}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/i18n-${name}-${language}.png` });
    };
    await shot('first-start');
    await seed(server);
    await page.reload();
    await expect(page.locator('.document-item')).toHaveCount(2);
    await shot('library');
    await page.keyboard.press('Control+,');
    await shot('settings');
    await page.keyboard.press('Escape');
    await page.locator('.document-item').first().focus();
    await page.keyboard.press('F2');
    await shot('rename');
    await page.keyboard.press('Escape');
    await page.locator('.document-item').last().focus();
    await page.keyboard.press('Delete');
    await page.locator('.library-footer button').last().click();
    await expect(page.locator('.trash-list li')).toHaveCount(1);
    await shot('trash');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+o');
    await shot('import');
    const text = 'Council votes on budget\n\nThe council said on Monday that the budget would grow by 4 percent.';
    await page
      .locator('.import-pick input[type="file"]')
      .first()
      .setInputFiles([
        { name: 'budget.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
        { name: 'نسخة.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      ]);
    await expect(page.locator('.import-report')).toBeVisible();
    await shot('import-report');
    await page.locator('.import-report .dialog-actions .primary').click();
    await page.keyboard.press('Control+Shift+V');
    await shot('paste');
    expect(problems).toEqual([]);
  });
}
