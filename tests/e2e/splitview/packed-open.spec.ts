import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { openInArabic } from '../arabic';
import { expectPainted } from '../highlights';
import { expect, test } from '../serve';
import { callApi, sourcePane } from './helpers';

/**
 * A document is sent to the screen packed: each annotation without its text and context,
 * which the screen takes from the document's text by their UTF-16 offsets. What the
 * journalist sees must not change: the right words highlighted and quoted on the cards,
 * with emoji (two and four UTF-16 units) and Arabic before them, and an annotation whose
 * stored text no longer matches the document shown with the text it was stored with.
 */

const TEXT = [
  'قال 😀 المدير John Smith إن 75 موظفاً غادروا الشركة في 2024.',
  '',
  'وأضاف 🇸🇦 المتحدث باسم الوزارة: «نحن نعمل مع كل الشركاء» بعد 48 ساعة من المحادثات.',
].join('\n');
const MARKS: Array<[string, Annotation['type']]> = [
  ['John Smith', 'speaker'],
  ['75 موظفاً', 'figure'],
  ['المتحدث باسم الوزارة', 'speaker'],
  ['«نحن نعمل مع كل الشركاء»', 'quote'],
  ['48 ساعة', 'figure'],
];

async function seed(server: Parameters<typeof callApi>[0]): Promise<Document> {
  const doc = await callApi<Document>(server, 'addDocument', { title: 'Staff cuts', text: TEXT });
  const edits = MARKS.map(([words, type], i) => {
    const start = doc.text.indexOf(words);
    return { kind: 'create', id: `m${i}`, type, start, end: start + words.length, text: words };
  });
  await callApi(server, 'applyAnnotationEdits', { documentId: doc.id, edits });
  return doc;
}

/** The library's entry and the cards, found the same way in either interface language. */
async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.locator('.document-item', { hasText: title }).click();
  await expect(sourcePane(page)).toContainText('John Smith');
}

const cards = (page: Page) => page.locator('.annotation-panel [data-card-id]');

async function expectEachMarkShown(page: Page, doc: Document): Promise<void> {
  await expect(cards(page)).toHaveCount(MARKS.length);
  for (const [words] of MARKS) {
    const start = doc.text.indexOf(words);
    await expect(cards(page).filter({ hasText: words })).toHaveCount(1);
    await expectPainted(page, 'isnad-annotation', start, start + words.length);
  }
}

test('after emoji and Arabic, each highlight covers its words and each card quotes them, in English and in Arabic', async ({
  page,
  server,
  problems,
}) => {
  const doc = await seed(server);
  await page.goto(server.url);
  await openFromLibrary(page, 'Staff cuts');
  await expectEachMarkShown(page, doc);

  await openInArabic(page, server);
  await openFromLibrary(page, 'Staff cuts');
  await expectEachMarkShown(page, doc);
  expect(problems).toEqual([]);
});

test('an annotation whose stored text no longer matches the document is shown with the text it was stored with', async ({
  page,
  server,
  problems,
}) => {
  const doc = await seed(server);
  // Changed behind the app's back (a hand edit, another tool): the stored text of one mark
  // is no longer what its offsets cover. Closing folds the journal into the layer file.
  await server.stop();
  const layers = join(server.corpusDir, 'layers');
  const mine = (await readdir(layers, { withFileTypes: true })).find((d) => d.isDirectory() && d.name !== 'curated')?.name as string;
  const file = join(layers, mine, `${doc.id}.json`);
  const layer = JSON.parse(await readFile(file, 'utf8')) as { annotations: Annotation[] };
  const figure = layer.annotations.find((a) => a.text === '75 موظفاً') as Annotation;
  figure.text = '70 موظفاً';
  await writeFile(file, JSON.stringify(layer, null, 2));
  const restarted = await server.restart();
  try {
    await page.goto(restarted.url);
    await openFromLibrary(page, 'Staff cuts');
    await expect(cards(page)).toHaveCount(MARKS.length);
    await expect(cards(page).filter({ hasText: '70 موظفاً' })).toHaveCount(1);
    await expect(cards(page).filter({ hasText: '75 موظفاً' })).toHaveCount(0);
    // Its highlight is where its offsets are, as before.
    await expectPainted(page, 'isnad-annotation', figure.start, figure.end);
    await expect(cards(page).filter({ hasText: 'John Smith' })).toHaveCount(1);
  } finally {
    await restarted.stop();
  }
  expect(problems).toEqual([]);
});
