import type { Page } from '@playwright/test';
import type { Document } from '../../../shared/domain/document';
import { charCenter, expectPainted, paintedPieces } from '../highlights';
import { expect, test } from '../serve';
import { longAnnotations, longArticle } from './fixtures';
import { callApi, dragSelect, selectedText, sourcePane } from './helpers';

/**
 * On a 200 KB article with 2,000 annotations, a new or changed highlight is painted over the
 * text the journalist is reading without that text being rebuilt: the words stay where they
 * are, the scroll position holds, and a selection in progress is kept.
 */

const WORD = 'الاجتماعات'; // never annotated by longAnnotations

/** Marks every rendered paragraph's text node, to tell later whether any was replaced. */
async function tagTextNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll('.source-content p[data-start]')].map((p) => p.firstChild);
    (window as unknown as { tagged: Array<Node | null> }).tagged = nodes;
    return nodes.length;
  });
}

/** How many of the tagged text nodes are no longer in the page (replaced by a re-render). */
async function replacedTextNodes(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { tagged: Array<Node | null> }).tagged.filter((n) => !n?.isConnected).length);
}

async function openLarge(page: Page, server: Parameters<typeof callApi>[0]): Promise<Document> {
  const doc = await callApi<Document>(server, 'addDocument', { title: 'Long', text: longArticle() });
  await callApi(server, 'applyAnnotationEdits', { documentId: doc.id, edits: longAnnotations(doc.text) });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Long/ }).click();
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('500');
  return doc;
}

test('Q on a large document paints the quote over the selected words without moving or rebuilding the text', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLarge(page, server);
  const start = doc.text.indexOf(WORD, doc.text.indexOf('\n\n2.'));
  const end = start + WORD.length;
  await dragSelect(page, start, end);
  await expect.poll(() => selectedText(page)).toBe(WORD);
  expect(await tagTextNodes(page)).toBeGreaterThan(3);
  const before = { at: await charCenter(page, start), scroll: await sourcePane(page).evaluate((el) => el.scrollTop) };

  await page.keyboard.press('q');
  await expectPainted(page, 'isnad-annotation-quote-', start, end);
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('501');
  // The quote is selected (ringed, its card open) and the words under it have not moved.
  expect(await charCenter(page, start)).toEqual(before.at);
  expect(await sourcePane(page).evaluate((el) => el.scrollTop)).toBe(before.scroll);
  expect(await replacedTextNodes(page)).toBe(0);

  // Undo takes the paint off again, still without rebuilding a paragraph.
  await sourcePane(page).focus();
  await page.keyboard.press('Control+z');
  await expectPainted(page, 'isnad-annotation-quote-', start, end, false);
  expect(await replacedTextNodes(page)).toBe(0);
  expect(problems).toEqual([]);
});

test('an annotation added in another window is painted while the journalist keeps their selection', async ({ page, server, problems }) => {
  test.setTimeout(120_000);
  const doc = await openLarge(page, server);
  const mine = doc.text.indexOf(WORD, doc.text.indexOf('\n\n3.'));
  await dragSelect(page, mine, mine + WORD.length);
  await expect.poll(() => selectedText(page)).toBe(WORD);
  await tagTextNodes(page);

  // Someone else marks the same word one paragraph up.
  const theirs = doc.text.indexOf(WORD, doc.text.indexOf('\n\n2.'));
  await callApi(server, 'applyAnnotationEdits', {
    documentId: doc.id,
    edits: [{ kind: 'create', id: 'elsewhere', type: 'figure', start: theirs, end: theirs + WORD.length, text: WORD }],
  });
  await expectPainted(page, 'isnad-annotation-figure-', theirs, theirs + WORD.length);
  expect(await selectedText(page)).toBe(WORD);
  expect(await replacedTextNodes(page)).toBe(0);
  // The kept selection is still the one Q marks.
  await page.keyboard.press('q');
  await expectPainted(page, 'isnad-annotation-quote-', mine, mine + WORD.length);
  expect(problems).toEqual([]);
});

test('accepting a suggestion on a large document turns its dashes into a highlight in place', async ({ page, server, problems }) => {
  test.setTimeout(180_000);
  await openLarge(page, server);
  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Suggest' }).click();
  // The suggestion under review wears the selected fill over its dashes.
  const reviewed = async () => (await paintedPieces(page)).find((p) => p.name.startsWith('isnad-selected-suggested-'));
  await expect.poll(reviewed, { timeout: 60_000 }).toBeTruthy();
  const piece = (await reviewed()) as NonNullable<Awaited<ReturnType<typeof reviewed>>>;
  const type = piece.name.replace('isnad-selected-suggested-', '');
  await tagTextNodes(page);
  const at = await charCenter(page, piece.start);

  await page.keyboard.press('a');
  await expectPainted(page, `isnad-annotation-${type}-`, piece.start, piece.end);
  await expectPainted(page, `isnad-suggested-${type}-`, piece.start, piece.end, false);
  expect(await charCenter(page, piece.start)).toEqual(at);
  expect(await replacedTextNodes(page)).toBe(0);
  expect(problems).toEqual([]);
});
