import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api } from '../api';
import { expect, test } from '../serve';
import { ARABIC_NEWS, QUOTE } from '../splitview/fixtures';
import { dragSelect } from '../splitview/helpers';

// Screenshots go where the other specs put theirs, never into a folder of the developer's machine.
const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

/** A document holding `count` figures (the word "75" repeated), for the plural forms. */
async function documentWith(server: Parameters<typeof api>[0], title: string, count: number): Promise<void> {
  const text = Array.from({ length: Math.max(1, count) }, (_, i) => `${title}، الفقرة ${i + 1}: بلغ العدد 75 شخصاً.`).join('\n\n');
  const doc = await api<{ id: string }>(server, 'addDocument', { title, text });
  let from = 0;
  for (let i = 0; i < count; i++) {
    const start = text.indexOf('75', from);
    from = start + 2;
    await api(server, 'createAnnotation', { documentId: doc.id, type: 'figure', start, end: start + 2, text: '75' });
  }
}

test('a journalist works in Arabic: switches the language, marks a quote with Q, accepts a suggestion with A, exports, and reads counts in the right plural', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(180_000);
  // Documents with 0, 1, 2, 3, 11 and 100 annotations: each Arabic plural form.
  for (const [title, n] of [
    ['صفر', 0],
    ['واحد', 1],
    ['اثنان', 2],
    ['ثلاثة', 3],
    ['أحد عشر', 11],
    ['مئة', 100],
  ] as const)
    await documentWith(server, title, n);
  await api(server, 'addDocument', { title: 'بيان البيت الأبيض', text: ARABIC_NEWS });
  await page.goto(server.url);
  await expect(page.locator('.document-item')).toHaveCount(7);

  await page.keyboard.press('Control+,');
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'العربية' }).check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'تم' }).click();

  // Mark a quote: select it, press Q (the same physical key as in English).
  await page
    .getByRole('navigation', { name: 'المكتبة' })
    .getByRole('button', { name: /بيان البيت الأبيض/ })
    .click();
  await expect(page.getByRole('article', { name: 'بيان البيت الأبيض' })).toBeVisible();
  await expect(page.getByText('لا تعليقات توضيحية بعد.', { exact: false })).toBeVisible();
  const start = ARABIC_NEWS.indexOf(QUOTE);
  await dragSelect(page, start, start + QUOTE.length, { edges: true });
  await page.keyboard.press('q');
  const quoteCard = page.getByRole('group', { name: /^اقتباس: «نحن نعمل/ });
  await expect(quoteCard).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'حُفظت كل التغييرات' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'تصفية التعليقات التوضيحية' })).toContainText('الاقتباسات ١');

  // Review a suggestion: G opens the review, A accepts the current one.
  await page.locator('.source-pane').focus();
  await page.keyboard.press('g');
  const suggestions = page.getByRole('region', { name: 'الاقتراحات' });
  await expect(suggestions).toContainText(/اقتراح|اقتراحات|اقتراحان/);
  const current = page.locator('.card-suggestion.selected');
  await expect(current.getByRole('button', { name: /قبول/ })).toBeVisible();
  await expect(current).toContainText('مقترَح');
  await page.keyboard.press('a');
  await expect(page.locator('.suggestion-notice')).toContainText('قُبل');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/i18n-ui-walkthrough-review-ar.png` });

  // Export: the dialog in Arabic, counts in the right plural per document.
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  await expect(dialog.getByRole('heading', { name: 'تصدير التعليقات التوضيحية' })).toBeVisible();
  await dialog.getByRole('radio', { name: /مستندات مختارة/ }).check();
  const list = dialog.getByRole('group', { name: 'المستندات المراد تصديرها' });
  const countOf = (title: string) => list.locator('label', { hasText: title }).locator('.hint');
  await expect(countOf('صفر')).toHaveText('لا تعليقات توضيحية');
  await expect(countOf('واحد')).toHaveText('تعليق توضيحي واحد');
  await expect(countOf('اثنان')).toHaveText('تعليقان توضيحيان');
  await expect(countOf('ثلاثة')).toHaveText('٣ تعليقات توضيحية');
  await expect(countOf('أحد عشر')).toHaveText('١١ تعليقًا توضيحيًا');
  await expect(countOf('مئة')).toHaveText('١٠٠ تعليق توضيحي');
  await dialog.getByRole('radio', { name: /المدوّنة كلها/ }).check();
  await expect(dialog).toContainText('(٧ مستندات،');
  await page.screenshot({ path: `${SHOTS}/i18n-ui-export-ar.png` });
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(/^صُدّر .* من ٧ مستندات\./);
  await expect(dialog.getByRole('link', { name: /^تنزيل / })).toBeVisible();
  expect(problems).toEqual([]);
});
