import type { Locator, Page } from '@playwright/test';
import { ARABIC_ARTICLE } from '../helpers/fixtures';
import { api } from './api';
import { expect, test } from './serve';
import { chooseFromMore } from './toolbar';

/** Opens the health ministry statement, then picks `file` in Import annotations (W3C)…; the dialog. */
async function importInto(page: Page, url: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
  await page.goto(url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  await chooseFromMore(page, 'Import annotations (W3C)…');
  const dialog = page.getByRole('dialog', { name: 'Import W3C Web Annotations' });
  await dialog.getByLabel('Annotation file').setInputFiles(file);
  return dialog;
}

test('Import annotations (W3C)… refuses a bad file with the reason and changes nothing', async ({ page, server }) => {
  await api(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  const dialog = await importInto(page, server.url, {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type": "Annotation", '),
  });
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('broken.json');
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(0);
});

test('Import annotations (W3C)… places a file from another tool on the open document: cards appear, each way of placing is reported', async ({
  page,
  server,
  problems,
}) => {
  const url = 'https://example.org/health-ministry-statement';
  const doc = await api<{ id: string }>(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE, source: { url } });
  const name = 'خالد العمري';
  const nameAt = ARABIC_ARTICLE.indexOf(name);
  const hours = ARABIC_ARTICLE.indexOf('48');
  const target = (exact: string, at: number | null) => ({
    source: url,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: at === null ? '' : ARABIC_ARTICLE.slice(Math.max(0, at - 12), at), suffix: '' },
      // This article has no characters outside the BMP, so code points equal UTF-16 units here.
      ...(at === null ? [] : [{ type: 'TextPositionSelector', start: at, end: at + exact.length }]),
    ],
  });
  // As Hypothesis or Recogito would write it: a page of annotations tagged with Isnad's types.
  const file = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items: [
      { type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'speaker' }], target: target(name, nameAt) },
      {
        type: 'Annotation',
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'figure' },
          { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
          { type: 'TextualBody', purpose: 'commenting', value: 'المستشفى يقول 36 ساعة' },
        ],
        // A stale position (the page changed since): found again by its quote.
        target: {
          source: url,
          selector: [
            { type: 'TextQuoteSelector', exact: '48', prefix: 'تعمل منذ ', suffix: ' ساعة' },
            { type: 'TextPositionSelector', start: 3, end: 5 },
          ],
        },
      },
      {
        type: 'Annotation',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'quote' }],
        target: target('لا توجد هذه الجملة في المقال', null),
      },
    ],
  };
  const dialog = await importInto(page, server.url, {
    name: 'hypothesis-export.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(dialog.getByRole('status')).toContainText('2 placed: 1 by position, 1 by quote, 0 approximately; 1 could not be placed.');
  await expect(dialog.locator('.w3c-orphans li')).toHaveCount(1);
  await expect(dialog.locator('.w3c-orphans li')).toContainText('#3');
  await expect(dialog.locator('.w3c-orphans li')).toContainText('not found in this document');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const cardList = page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]');
  await expect(cardList).toHaveCount(2);
  await expect(cardList.filter({ hasText: name })).toHaveCount(1);
  await expect(cardList.filter({ hasText: '48' }).locator('.verdict-badge')).toBeVisible();
  const stored = await api<{ annotations: Array<{ text: string; start: number; origin: string; verdict: { status: string } }> }>(
    server,
    'getDocument',
    { id: doc.id },
  );
  expect(stored.annotations.map((a) => [a.text, a.start, a.origin]).sort()).toEqual(
    [
      [name, nameAt, 'imported'],
      ['48', hours, 'imported'],
    ].sort(),
  );
  expect(stored.annotations.find((a) => a.text === '48')?.verdict.status).toBe('disputed');
  expect(problems).toEqual([]);
});
