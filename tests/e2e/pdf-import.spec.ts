import { copyFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARABIC_PARAGRAPHS, ARABIC_TITLE } from '../helpers/pdf-articles';
import { PDF_LAYOUTS, printPdf } from '../helpers/pdf-fixtures';
import { scanOf, scanToolsMissing } from '../helpers/scans';
import { expect, test } from './serve';

/** Screenshots to look at by eye (outside test-results, which Playwright empties on each run). */
const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

const report = PDF_LAYOUTS.find((l) => l.runningHeads) as (typeof PDF_LAYOUTS)[number];

/** A two-column Arabic ministry report over a few pages, with a running header and page numbers. */
function twoColumnReport(): string {
  const body = [...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS, ...ARABIC_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Naskh Arabic', serif; font-size: 12pt; line-height: 1.6; margin: 0; }
.cols { column-count: 2; column-gap: 1.2cm; text-align: justify; } p { margin: 0 0 0.8em; }
</style></head><body><h1>${ARABIC_TITLE}</h1><div class="cols">${body}</div></body></html>`;
}

test('a two-column Arabic PDF report chosen in Import… opens as clean text with page markers and its running heads shaded', async ({
  page,
  browser,
  server,
  problems,
  corpusDir,
}) => {
  const file = await printPdf(browser, twoColumnReport(), join(corpusDir, '..', 'تقرير-الوزارة.pdf'), report);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toContainText('PDF (.pdf');
  await dialog.getByLabel('Files to import').setInputFiles(file);
  const row = dialog.getByRole('listitem', { name: 'تقرير-الوزارة.pdf' });
  await expect(row.getByText('Imported', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(row.getByText(/^\d+ pages$/)).toBeVisible();
  await expect(row.getByText(/boilerplate blocks? marked/)).toBeVisible();
  await row.getByRole('button', { name: ARABIC_TITLE }).click();

  const source = page.getByTestId('source-text');
  await expect(source.getByRole('separator', { name: 'Page 1' })).toBeVisible();
  // Read right to left in order: the first paragraph's opening words, not its last ones.
  await expect(source).toContainText((ARABIC_PARAGRAPHS[0] as string).split(' ').slice(0, 6).join(' '));
  await expect(source.locator('.region-banner').first()).toBeVisible();
  // Paragraphs far down are drawn only when scrolled to: scroll until page 2 begins.
  const page2 = source.getByRole('separator', { name: 'Page 2' });
  await expect(async () => {
    if ((await page2.count()) === 0) await source.evaluate((el) => el.scrollBy(0, 300));
    else await page2.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(page2).toBeInViewport({ timeout: 300 });
  }).toPass({ timeout: 30_000 });
  // The marker stands outside the text, so selections and offsets never take it in.
  await expect(source.locator('.paragraph', { hasText: 'Page 2' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/pdf-two-column-report.png` });
  expect(problems).toEqual([]);
});

test('a file named .pdf that is no PDF is refused in the report with its reason, and nothing is stored', async ({
  page,
  server,
  problems,
  corpusDir,
}) => {
  const file = join(corpusDir, '..', 'statement.pdf');
  await writeFile(file, '<html><body>Not found</body></html>');
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Files to import').setInputFiles(file);
  const row = dialog.getByRole('listitem', { name: 'statement.pdf' });
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(row).toContainText('not a PDF: the file does not start like one');
  await expect(row.getByRole('button', { name: /Read with OCR/ })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a scanned PDF is reported as a scan, then read with OCR on request and marked "check the text"', async ({
  page,
  browser,
  server,
  problems,
  corpusDir,
}) => {
  const missing = scanToolsMissing();
  test.skip(
    missing.length > 0,
    `needs ${missing.join(', ')} (Debian: tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng poppler-utils img2pdf)`,
  );
  test.setTimeout(240_000);
  const one = PDF_LAYOUTS[0] as (typeof PDF_LAYOUTS)[number];
  const dir = join(corpusDir, '..');
  const printed = await printPdf(browser, one.html, join(dir, 'printed.pdf'), one);
  const scan = await scanOf(printed, dir);
  const named = join(dir, 'بيان-ممسوح.pdf');
  await copyFile(scan, named);

  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Files to import').setInputFiles(named);
  const row = dialog.getByRole('listitem', { name: 'بيان-ممسوح.pdf' });
  await expect(row.getByText('Failed', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText('import it with OCR');
  await row.getByRole('button', { name: 'Read with OCR (Arabic and English)' }).click();
  await expect(row.getByText('Imported', { exact: true })).toBeVisible({ timeout: 180_000 });
  await expect(row.getByText('OCR: check the text against the scan')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/pdf-ocr-report.png` });
  await row.getByTitle('Open the document').click();
  const source = page.getByTestId('source-text');
  await expect(source.getByRole('separator', { name: 'Page 1' })).toContainText('OCR: check the text against the scan');
  await expect(source).toContainText((ARABIC_PARAGRAPHS[0] as string).split(' ').slice(0, 3).join(' '));
  expect(problems).toEqual([]);
});
