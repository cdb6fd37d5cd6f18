import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dropFiles } from '../drop';
import { expect, test } from '../serve';
import { ARABIC_NEWS, FIGURE_YEARS } from '../splitview/fixtures';
import { dragSelect } from '../splitview/helpers';
import { openInArabic } from '../arabic';

// Screenshots go where the other specs put theirs, never into a folder of the developer's machine.
const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

const HEADLINE = 'الأمم المتحدة تعلن جولة محادثات جديدة بشأن السودان';

async function downloaded(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  return readFile((await file.path()) as string, 'utf-8');
}

/**
 * The "done when": a journalist switched to Arabic does the whole workflow in it.
 * Import a .txt file, mark a figure, fact-check it in a session, read the session's printable
 * report, search, and export: every step found by its Arabic name, with Arabic-Indic digits.
 * (Reviewing suggestions and the plural forms: arabic-walkthrough.spec.ts.)
 */
test('in Arabic, a journalist imports an article, marks a figure, fact-checks it, reads the report, searches and exports', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await openInArabic(page, server);

  // Import: a .txt file whose first line is its headline, dropped on the window.
  await dropFiles(page, [{ name: 'بيان-جنيف.txt', text: `${HEADLINE}\n\n${ARABIC_NEWS}\n` }]);
  const report = page.getByRole('dialog', { name: 'استيراد' });
  await expect(report.getByRole('heading', { name: 'تقرير الاستيراد' })).toBeVisible({ timeout: 60_000 });
  await expect(report.getByRole('status')).toHaveText('استُورد مستند واحد من ملف واحد');
  await expect(report.getByRole('listitem', { name: 'بيان-جنيف.txt' })).toContainText('مُستورد');
  await page.screenshot({ path: `${SHOTS}/i18n-workflow-import-ar.png` });
  await report.getByRole('button', { name: 'تم' }).click();

  // Annotate: open it by its headline, select "75 عامًا" and press F (the same key as in English).
  await page
    .getByRole('list', { name: 'المستندات' })
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click();
  await expect(page.getByRole('article', { name: HEADLINE })).toBeVisible();
  // Numbers in the chrome follow the digits setting (the version badge printed its numbers as given before).
  await expect(page.locator('.version-badge')).toHaveText('النسخة ١ من ١');
  const start = ARABIC_NEWS.indexOf(FIGURE_YEARS) + HEADLINE.length + 2;
  await dragSelect(page, start, start + FIGURE_YEARS.length, { edges: true });
  await page.keyboard.press('f');
  await expect(page.getByRole('group', { name: /^رقم: / })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'حُفظت كل التغييرات' })).toBeVisible();

  // Fact-check: the annotations table, unchecked figures, a session, a verdict by key 1.
  await page.getByRole('toolbar', { name: 'شريط الأدوات الرئيسي' }).getByRole('button', { name: 'التعليقات التوضيحية' }).click();
  const filters = page.getByRole('group', { name: 'عوامل التصفية' });
  await filters.getByRole('group', { name: 'النوع' }).getByRole('button', { name: 'الأرقام' }).click();
  await page.getByRole('button', { name: 'التحقق من هذه…' }).click();
  const start_ = page.getByRole('dialog', { name: 'بدء جلسة تحقق' });
  await expect(start_.getByRole('status')).toContainText('ادعاء واحد للتحقق منه');
  await page.keyboard.type('أرقام بيان جنيف');
  await start_.getByLabel('تحقّق منه').fill('ريم حداد');
  await start_.getByLabel('تحقّق منه').press('Enter');
  const runner = page.getByRole('region', { name: 'جلسة تحقق' });
  await expect(runner.getByRole('heading', { name: 'أرقام بيان جنيف' })).toBeVisible();
  await expect(runner).toContainText('تُحقّق من ٠ / ١');
  await page.screenshot({ path: `${SHOTS}/i18n-workflow-session-ar.png` });
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('1');
  await expect(runner).toContainText('تُحقّق من ١ / ١');
  await expect(page.getByText('لكل ادعاء في هذه الجلسة حكم.')).toBeVisible();
  await runner.getByRole('button', { name: 'إنهاء' }).click();
  await expect(runner.getByText('منتهية')).toBeVisible();

  // Report: the printable page is Arabic, right to left, with the verdict in Arabic.
  const html = await downloaded(page, 'صفحة للطباعة');
  expect(html).toMatch(/<html lang="ar[^"]*" dir="rtl">/);
  expect(html).toContain('صحيح');
  expect(html).toContain('ريم حداد');
  expect(html).not.toMatch(/>\s*(Verified|Checked by|of \d+ checked)\s*</);
  // The notice of the download says so in Arabic (it was English before).
  await expect(page.getByText('جارٍ تنزيل \u2068أرقام بيان جنيف.html\u2069')).toBeVisible();
  await expect(page.getByText('صف واحد')).toBeVisible();
  await expect(page.getByText(/Downloading|1 row/)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/i18n-workflow-report-ar.png` });

  // Search: Ctrl+F, a word of the article, one document found.
  await page.keyboard.press('Control+F');
  const input = page.getByLabel('كلمات البحث');
  await expect(input).toBeFocused();
  await input.fill('الهدنة');
  const results = page.getByRole('list', { name: 'نتائج البحث' });
  await expect(results.getByRole('button', { name: HEADLINE })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'مستند واحد' })).toBeVisible();
  await expect(results.locator('mark', { hasText: 'الهدنة' }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/i18n-workflow-search-ar.png` });

  // Export: from the toolbar, the whole corpus, a file to download.
  await page.getByRole('toolbar', { name: 'شريط الأدوات الرئيسي' }).getByRole('button', { name: 'تصدير' }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  await expect(dialog.getByRole('heading', { name: 'تصدير التعليقات التوضيحية' })).toBeVisible();
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(/^صُدّر /);
  await expect(dialog.getByRole('link', { name: /^تنزيل / })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/i18n-workflow-export-ar.png` });
  expect(problems).toEqual([]);
});
