import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFiles } from '../drop';
import { expect, test } from '../serve';
import { openInArabic } from '../arabic';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');
const FSI = '\u2068';
const PDI = '\u2069';

test('in Arabic, the import report says replacement characters, a page without an article and a dataset without a text field in Arabic, Latin values isolated', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  await openInArabic(page, server);
  await dropFiles(page, [
    {
      name: 'damaged-notes.txt',
      text: 'Minister\u{FFFD}s statement\n\nThe budget grew by \u{FFFD}\u{FFFD} percent this year.',
      type: 'text/plain',
    },
    {
      name: 'front-page.html',
      text: '<!doctype html><html><head><title>Port strike enters its third day</title></head><body><h1>Port strike enters its third day</h1></body></html>',
      type: 'text/html',
    },
    { name: 'desk-2024.csv', text: 'hed,copy\nCouncil,"The council met."\n', type: 'text/csv' },
  ]);

  const txt = page.getByRole('listitem', { name: 'damaged-notes.txt' });
  await expect(txt).toContainText('في النص أصلًا ٣ محارف بديلة (�): تلف النص قبل استيراده', { timeout: 60_000 });
  await expect(txt).not.toContainText('replacement character');
  const html = page.getByRole('listitem', { name: 'front-page.html' });
  await expect(html).toContainText('لم يُتعرَّف على مقال في الصفحة؛ فاستُورد كل نصها الظاهر');
  await expect(html).not.toContainText('no article');
  const csv = page.getByRole('listitem', { name: 'desk-2024.csv' });
  await expect(csv).toContainText(`لم يُتعرَّف على أي حقل على أنه نص المقال؛ اختر الحقول (حقول هذا الملف: ${FSI}hed, copy${PDI})`);
  await expect(csv).not.toContainText('no field was recognised');
  await page.screenshot({ path: `${SHOTS}/i18n-import-warnings-ar.png` });
  expect(problems).toEqual([]);
});

test('in Arabic, a refused dataset with a Latin file name reads in order: the name isolated inside the Arabic sentence', async ({
  page,
  server,
  problems,
}) => {
  await openInArabic(page, server);
  const newer = JSON.stringify({ format: 'isnad-export', version: 99, exportedAt: '2026-12-01T10:00:00Z', documents: [] });
  await dropFiles(page, [{ name: 'desk-export-2026.json', text: newer, type: 'application/json' }]);
  const row = page.getByRole('listitem', { name: 'desk-export-2026.json' });
  await expect(row).toContainText(`كتب ${FSI}desk-export-2026.json${PDI} إصدارٌ أحدث من إسناد (صيغة التصدير ٩٩)`, { timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/i18n-error-latin-name-ar.png` });
  expect(problems).toEqual([]);
});
