import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { manyPages } from '../../helpers/pdf-writer';
import { api } from '../api';
import { dropFiles } from '../drop';
import { expect, test } from '../serve';
import { chooseFromMore } from '../toolbar';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

/** A PDF as an interrupted download leaves it: its end-of-file marker is gone. */
function cutShort(pdf: Buffer): Buffer {
  const at = pdf.lastIndexOf('%%EOF');
  return Buffer.concat([pdf.subarray(0, at), pdf.subarray(at + 5)]);
}

test('in Arabic, the import report gives a PDF’s warnings and a newer dataset’s refusal in Arabic, and a W3C file made on another article is refused in Arabic', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
  await api(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const newer = JSON.stringify({ format: 'isnad-export', version: 99, exportedAt: '2026-12-01T10:00:00Z', documents: [] });
  await dropFiles(page, [
    { name: 'محضر-المجلس.pdf', bytes: cutShort(manyPages(4, [3])), type: 'application/pdf' },
    { name: 'تصدير-قديم.json', text: newer, type: 'application/json' },
  ]);
  const pdf = page.getByRole('listitem', { name: 'محضر-المجلس.pdf' });
  await expect(pdf).toContainText('يبدو أن ملف PDF مقطوع (ليست فيه علامة نهاية الملف)', { timeout: 60_000 });
  await expect(pdf).toContainText('الصفحة ٣ ليست فيها طبقة نص (ممسوحة ضوئيًا أو فارغة): لم يُستورد نصها');
  await expect(pdf).not.toContainText('no text layer');
  await expect(pdf).not.toContainText('cut short');
  const dataset = page.getByRole('listitem', { name: 'تصدير-قديم.json' });
  // The Arabic file name ends in a Latin extension: isolated, so the version number after it keeps its place.
  await expect(dataset).toContainText('كتب \u2068تصدير-قديم.json\u2069 إصدارٌ أحدث من إسناد (صيغة التصدير ٩٩)');
  await expect(dataset).not.toContainText('newer Isnad');
  await page.screenshot({ path: `${SHOTS}/i18n-import-report-ar.png` });
  await page.keyboard.press('Escape');

  // W3C annotations made on another article: the reason names both, in Arabic.
  await page
    .getByRole('list', { name: 'المستندات' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  await chooseFromMore(page, 'استيراد تعليقات (W3C)…');
  const dialog = page.getByRole('dialog', { name: 'استيراد تعليقات W3C' });
  const elsewhere = [
    {
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'quote' }],
      target: { source: 'https://example.org/another-article', selector: { type: 'TextQuoteSelector', exact: 'وزير' } },
    },
  ];
  await dialog.getByLabel('ملف التعليقات').setInputFiles({
    name: 'تعليقات.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(elsewhere)),
  });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('هذا الملف يعلّق على \u2068https://example.org/another-article\u2069، لا على «بيان وزارة الصحة»');
  await expect(alert).not.toContainText('this file annotates');
  await page.screenshot({ path: `${SHOTS}/i18n-w3c-refused-ar.png` });
  expect(problems).toEqual([]);
});
