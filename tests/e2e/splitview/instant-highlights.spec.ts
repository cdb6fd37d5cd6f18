import type { Page } from '@playwright/test';
import type { Document } from '../../../shared/domain/document';
import { charCenter, expectPainted, paintedPieces } from '../highlights';
import { type Server, expect, test } from '../serve';
import { callApi, dragSelect, openLargeArticle, selectedText, sourcePane, storedAnnotations, storedOnceCount } from './helpers';

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

/** The large article, open, with its 500 quotes counted in the panel. */
async function openLarge(page: Page, server: Server): Promise<Document> {
  const doc = await openLargeArticle(page, server);
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

/**
 * Watches every frame from now on: the first frame whose requestAnimationFrame sees the new
 * quote painted over `start`, whether the quote's card was on screen in that same frame, and
 * when the save request left (resource timing), to tell if it waited for that paint.
 */
async function watchFirstFrame(page: Page, start: number): Promise<void> {
  await page.evaluate((start) => {
    const w = window as unknown as { firstFrame?: { at: number; card: boolean } };
    delete w.firstFrame;
    const tick = (now: number) => {
      const pieces: Array<[string, Highlight]> = [...CSS.highlights];
      const painted = pieces.some(
        ([name, h]) =>
          name.startsWith('isnad-annotation-quote-') &&
          [...h].some((r) => {
            const p = r.startContainer.parentElement;
            const base = Number(p?.dataset.start);
            return base + r.startOffset <= start && start < base + r.endOffset;
          }),
      );
      if (!painted) {
        requestAnimationFrame(tick);
        return;
      }
      const card = document.querySelector<HTMLElement>('.annotation-panel [data-card-id][aria-current="true"]');
      const box = card?.getBoundingClientRect();
      const list = document.querySelector('.cards-scroll')?.getBoundingClientRect();
      w.firstFrame = { at: now, card: !!box && !!list && box.height > 0 && box.top < list.bottom && box.bottom > list.top };
    };
    requestAnimationFrame(tick);
  }, start);
}

/** When each save request of the page started (ms, the page's clock). */
async function saveRequestStarts(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/applyAnnotationEdits'))
      .map((e) => e.startTime),
  );
}

test('Q paints the quote and its card in the same frame, saves after that paint, lasts a reload; undo takes both off', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLarge(page, server);
  const start = doc.text.indexOf(WORD, doc.text.indexOf('\n\n4.'));
  await dragSelect(page, start, start + WORD.length);
  await expect.poll(() => selectedText(page)).toBe(WORD);
  const savesBefore = (await saveRequestStarts(page)).length;
  await watchFirstFrame(page, start);

  await page.keyboard.press('q');
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstFrame?: unknown }).firstFrame)).toBeTruthy();
  const frame = (await page.evaluate(() => (window as unknown as { firstFrame: { at: number; card: boolean } }).firstFrame)) as {
    at: number;
    card: boolean;
  };
  // The card came with its highlight, in the first frame that showed the quote.
  expect(frame.card).toBe(true);
  const card = page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id][aria-current="true"]');
  await expect(card).toContainText(WORD);
  // The save left only once that frame had painted, and it is stored.
  await expect.poll(async () => (await saveRequestStarts(page)).length).toBeGreaterThan(savesBefore);
  expect((await saveRequestStarts(page)).slice(savesBefore).every((t) => t > frame.at)).toBe(true);
  const stored = (await storedOnceCount(server, 'Long', 2001)).find((a) => a.start === start);
  expect([stored?.type, stored?.text]).toEqual(['quote', WORD]);

  // Durable: a reload shows it from the store.
  await page.reload();
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Long/ }).click();
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('501');
  await page.evaluate(
    ([id, annotationId]) => window.isnadNavigation?.getState().openDocument(id as string, { annotationId: annotationId as string }),
    [doc.id, stored?.id],
  );
  await expectPainted(page, 'isnad-annotation-quote-', start, start + WORD.length);

  // Undo (in a session that made it: press Q again on a fresh word, then Ctrl+Z).
  const next = doc.text.indexOf(WORD, doc.text.indexOf('\n\n5.'));
  await dragSelect(page, next, next + WORD.length);
  await expect.poll(() => selectedText(page)).toBe(WORD);
  await page.keyboard.press('q');
  await expectPainted(page, 'isnad-annotation-quote-', next, next + WORD.length);
  const cardOfNext = page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id][aria-current="true"]');
  const nextId = await cardOfNext.getAttribute('data-card-id');
  await sourcePane(page).focus();
  await page.keyboard.press('Control+z');
  await expectPainted(page, 'isnad-annotation-quote-', next, next + WORD.length, false);
  await expect(page.locator(`[data-card-id="${nextId}"]`)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('501');
  await expect.poll(async () => (await storedAnnotations(server, 'Long')).some((a) => a.id === nextId)).toBe(false);
  expect((await storedAnnotations(server, 'Long')).length).toBe(2001);
  expect(problems).toEqual([]);
});

test('a quote the store refuses is taken off again in view, with the reason, and nothing stored changes', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLarge(page, server);
  // Bad input reaches the real server: the save is sent with an annotation type that does not exist.
  await page.route('**/api/applyAnnotationEdits', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { edits: Array<{ type?: string }> };
    for (const edit of body.edits) if (edit.type) edit.type = 'rumour';
    await route.continue({ postData: JSON.stringify(body) });
  });
  const start = doc.text.indexOf(WORD, doc.text.indexOf('\n\n4.'));
  await dragSelect(page, start, start + WORD.length);
  await expect.poll(() => selectedText(page)).toBe(WORD);
  await page.keyboard.press('q');

  const alert = page.getByRole('alert').filter({ hasText: 'A change could not be saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The document was reloaded as stored');
  await expect(alert).toContainText(/type/i);
  await expectPainted(page, 'isnad-annotation-quote-', start, start + WORD.length, false);
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('500');
  await expect(page.locator('[data-card-id][aria-current="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const stored = await storedAnnotations(server, 'Long');
  expect(stored.length).toBe(2000);
  expect(stored.some((a) => a.start === start)).toBe(false);
  // The browser logs the refused request as a failed load; nothing else went wrong.
  expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
});

test('after Q far down a large document, the new card is shown, focused and opens; a card edited before keeps its edit', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLarge(page, server);
  const list = page.getByRole('list', { name: 'Annotations' });
  // A card at the top of the list gets a verdict first.
  const first = list.locator('[data-card-id]').first();
  const firstId = (await first.getAttribute('data-card-id')) as string;
  await first.click();
  await first.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'Verified' });
  await expect(first.locator('.verdict-badge')).toHaveText('Verified');

  // A word far below, whose card belongs far down the list: the text is scrolled to it.
  const paragraph = doc.text.indexOf('\n\n60.') + 2;
  const reached = await sourcePane(page).evaluate(async (pane, at) => {
    for (let screens = 0; screens < 100; screens++) {
      const p = pane.querySelector(`p[data-start="${at}"]`);
      if (p) {
        p.scrollIntoView({ block: 'center' });
        return true;
      }
      pane.scrollBy(0, pane.clientHeight);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return false;
  }, paragraph);
  expect(reached).toBe(true);
  const start = doc.text.indexOf(WORD, paragraph);
  await dragSelect(page, start, start + WORD.length);
  await expect.poll(() => selectedText(page)).toBe(WORD);
  await page.keyboard.press('q');

  const card = list.locator('[data-card-id][aria-current="true"]');
  await expect(card).toContainText(WORD);
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  expect(await card.getAttribute('data-card-id')).not.toBe(firstId);
  // Its editor opens a frame later, taller than the list: the card's head (its words) stays in view.
  await expect(card.getByRole('combobox', { name: 'Verdict' })).toBeAttached();
  await expect(card.locator('.card-text')).toBeInViewport({ ratio: 1 });
  // Its fields follow the paint; Enter goes into the first of them.
  await page.keyboard.press('Enter');
  await expect(card.getByRole('combobox', { name: 'Kind' })).toBeFocused();
  await expect(card.getByRole('combobox', { name: 'Verdict' })).toBeInViewport();

  // Back at the top of the list, the earlier card still has its verdict, and so has the store.
  await page.locator('.cards-scroll').evaluate((el) => el.scrollTo(0, 0));
  await expect(page.locator(`[data-card-id="${firstId}"] .verdict-badge`)).toHaveText('Verified');
  await expect.poll(async () => (await storedAnnotations(server, 'Long')).find((a) => a.id === firstId)?.verdict.status).toBe('verified');
  expect(problems).toEqual([]);
});
