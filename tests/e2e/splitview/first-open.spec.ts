import type { Locator } from '@playwright/test';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { paintedPieces } from '../highlights';
import { expect, test } from '../serve';
import { longAnnotations } from './fixtures';
import { callApi, cards, dragSelect, openLargeArticle, selectedText, sourcePane } from './helpers';

/**
 * Opening a 200 KB Arabic article with 2,000 annotations: the first screen (text, highlights,
 * cards) comes first and the rest follows, so nothing may be missing, overlapping or dead
 * once the journalist looks further down, and a card that follows its highlight by a frame
 * must still take the keys typed right after Q.
 */

/** The rendered rows of a virtual list, top to bottom, as laid out on screen. */
async function rowBoxes(rows: Locator): Promise<Array<{ top: number; bottom: number }>> {
  const boxes = await rows.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), bottom: Math.round(r.bottom) })),
  );
  return boxes.sort((a, b) => a.top - b.top);
}

/** No row overlaps the next: each was placed by its measured height, not a guess. */
function expectStacked(boxes: Array<{ top: number; bottom: number }>): void {
  expect(boxes.length).toBeGreaterThan(2);
  for (let i = 1; i < boxes.length; i++)
    expect((boxes[i] as { top: number }).top).toBeGreaterThanOrEqual((boxes[i - 1] as { bottom: number }).bottom - 1);
}

test('a large article opens with its first screen of text, highlights and cards; later cards are placed right and open when clicked', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLargeArticle(page, server);
  const first = longAnnotations(doc.text)[0] as { start: number; end: number; text: string };

  // The first screen: the article's first paragraph, its first highlight, and its card.
  await expect(sourcePane(page).locator('p[data-start="0"]')).toContainText(doc.text.slice(0, 40));
  await expect.poll(async () => (await paintedPieces(page)).some((p) => p.start === first.start && p.end === first.end)).toBe(true);
  await expect(cards(page).first()).toContainText(first.text);
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('500');
  expectStacked(await rowBoxes(sourcePane(page).locator('.paragraph-item')));
  expectStacked(await rowBoxes(page.locator('.card-slot')));

  // Further down the list, cards mounted on the way are stacked by their real heights too.
  const list = page.locator('.cards-scroll');
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(async () => (await rowBoxes(page.locator('.card-slot'))).length).toBeGreaterThan(2);
  await page.waitForTimeout(200); // the list's measurements settle after the scroll
  expectStacked(await rowBoxes(page.locator('.card-slot')));

  // A card there opens when clicked, and the text goes to its highlight.
  const listBox = (await list.boundingBox()) as { y: number; height: number };
  const card = page.locator('[data-card-id]').filter({
    has: page.locator('.card-text'),
  });
  let target: Locator | null = null;
  for (const candidate of await card.all()) {
    const box = await candidate.boundingBox();
    if (box && box.y > listBox.y + 20 && box.y + 40 < listBox.y + listBox.height) {
      target = candidate;
      break;
    }
  }
  expect(target).not.toBeNull();
  const id = (await (target as Locator).getAttribute('data-card-id')) as string;
  await (target as Locator).locator('.card-text').click();
  await expect(page.locator(`[data-card-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
  const annotation = (await callApi<Document & { annotations: Annotation[] }>(server, 'getDocument', { id: doc.id })).annotations.find(
    (a) => a.id === id,
  ) as Annotation;
  const highlightInView = (offset: number) =>
    page.evaluate((offset) => {
      const pane = document.querySelector('section.source-pane') as HTMLElement;
      const p = [...pane.querySelectorAll<HTMLElement>('p[data-start]')].find(
        (el) => Number(el.dataset.start) <= offset && offset < Number(el.dataset.end),
      );
      if (!p) return false;
      const r = p.getBoundingClientRect();
      const view = pane.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom;
    }, offset);
  await expect.poll(() => highlightInView(annotation.start)).toBe(true);
  expect(problems).toEqual([]);
});

test('on a large article, keys typed right after Q land in the new card', async ({ page, server, problems }) => {
  test.setTimeout(120_000);
  const doc = await openLargeArticle(page, server);
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText('500');
  const word = 'الاجتماعات'; // never annotated by longAnnotations
  const start = doc.text.indexOf(word, doc.text.indexOf('\n\n2.'));
  await dragSelect(page, start, start + word.length);
  await expect.poll(() => selectedText(page)).toBe(word);

  // Q, then at once (sent together, as a fast typist's keys arrive): Tab past the kind to
  // the cue verb, type it, Enter.
  await Promise.all([
    page.keyboard.press('q'),
    page.keyboard.press('Tab'),
    page.keyboard.press('Tab'),
    page.keyboard.type('قال'),
    page.keyboard.press('Enter'),
  ]);

  await expect
    .poll(async () => {
      const stored = await callApi<{ annotations: Annotation[] }>(server, 'getDocument', { id: doc.id });
      const quote = stored.annotations.find((a) => a.start === start && a.type === 'quote');
      return quote?.type === 'quote' ? quote.attributes.cue : null;
    })
    .toBe('قال');
  expect(problems).toEqual([]);
});

test('on a large article, the new quote offers every marked speaker once its Speaker list is reached, and one chosen by keyboard is stored', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLargeArticle(page, server);
  const speakers = longAnnotations(doc.text).filter((a) => a.type === 'speaker');
  await expect(page.locator('.filter-chip.chip-speaker')).toContainText(String(speakers.length));
  const word = 'الاجتماعات'; // never annotated by longAnnotations
  const start = doc.text.indexOf(word, doc.text.indexOf('\n\n3.'));
  await dragSelect(page, start, start + word.length);
  await expect.poll(() => selectedText(page)).toBe(word);
  await page.keyboard.press('q');

  const speaker = page.getByRole('combobox', { name: 'Speaker', exact: true });
  await expect(speaker).toBeVisible();
  await expect(speaker).toHaveValue('');
  await speaker.focus();
  await expect(speaker).toBeFocused();
  // Every speaker mention (hundreds) after the empty choice, in text order.
  await expect(speaker.locator('option')).toHaveCount(speakers.length + 1);
  const firstSpeaker = speakers[0] as { id: string };
  await expect(speaker.locator('option').nth(1)).toHaveAttribute('value', firstSpeaker.id);
  await page.keyboard.press('ArrowDown');
  await expect(speaker).toHaveValue(firstSpeaker.id);

  await expect
    .poll(async () => {
      const stored = await callApi<{ annotations: Annotation[] }>(server, 'getDocument', { id: doc.id });
      const quote = stored.annotations.find((a) => a.start === start && a.type === 'quote');
      return quote?.type === 'quote' ? quote.attributes.speakerId : undefined;
    })
    .toBe(firstSpeaker.id);
  expect(problems).toEqual([]);
});
