import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Document } from '../../../shared/domain/document';
import { paintedPieces } from '../highlights';
import { expect, test } from '../serve';
import { longAnnotations, longArticle } from './fixtures';
import { callApi, cards, expectTypeCounts, sourcePane } from './helpers';

/**
 * The first open after the app starts: the 200 KB Arabic article with 2,000 annotations is
 * served from the payload saved as its annotations were made (never rebuilt while the
 * journalist waits), and what comes first (the first screen) must not cost anything later:
 * the last paragraph, its highlights and the last card are all there when scrolled to.
 */

/** The saved payloads under the corpus, with their modification times. */
async function savedPayloads(corpusDir: string): Promise<Map<string, bigint>> {
  const root = join(corpusDir, '.isnad', 'payloads');
  const found = new Map<string, bigint>();
  for (const annotator of await readdir(root).catch(() => [] as string[]))
    for (const file of await readdir(join(root, annotator))) {
      const path = join(root, annotator, file);
      found.set(path, (await stat(path, { bigint: true })).mtimeNs);
    }
  return found;
}

/** The paragraph the pane shows whole nearest its bottom, as offsets and text. */
function lastShownParagraph(page: Page) {
  return page.evaluate(() => {
    const view = (document.querySelector('section.source-pane') as HTMLElement).getBoundingClientRect();
    const shown = [...document.querySelectorAll<HTMLElement>('.source-content p[data-start]')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= view.top && r.bottom <= view.bottom;
    });
    const p = shown.sort((a, b) => Number(a.dataset.start) - Number(b.dataset.start)).at(-1);
    return p
      ? { start: Number(p.dataset.start), end: Number(p.dataset.end), text: p.textContent ?? '', dir: getComputedStyle(p).direction }
      : null;
  });
}

test('after a restart, a large article opens from its saved payload with its first screen, and its last paragraph and card are reached by scrolling', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await callApi<Document>(server, 'addDocument', { title: 'Long', text: longArticle() });
  const edits = longAnnotations(doc.text);
  await callApi(server, 'applyAnnotationEdits', { documentId: doc.id, edits });
  // Closing folds the journal into the layer file, and the payload is saved for it.
  await server.stop();
  const saved = await savedPayloads(server.corpusDir);
  expect([...saved.keys()].some((path) => path.endsWith(`${doc.id}.json`))).toBe(true);

  const restarted = await server.restart();
  try {
    await page.goto(restarted.url);
    await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Long/ }).click();

    // The first screen: the first paragraph, right to left, its first highlight and card.
    const first = edits[0] as (typeof edits)[number];
    await expect(sourcePane(page).locator('p[data-start="0"]')).toContainText(doc.text.slice(0, 40));
    await expect(sourcePane(page).locator('p[data-start="0"]')).toHaveCSS('direction', 'rtl');
    await expect.poll(async () => (await paintedPieces(page)).some((p) => p.start === first.start && p.end === first.end)).toBe(true);
    await expect(cards(page).first()).toContainText(first.text);
    // Every annotation came with it, counted by type.
    const count = (type: string) => edits.filter((e) => e.type === type).length;
    await expectTypeCounts(page, { quotes: count('quote'), speakers: count('speaker'), figures: count('figure') });

    // Served as saved: opening did not have to build the payload again.
    expect(await savedPayloads(restarted.corpusDir)).toEqual(saved);

    // The end of the text, scrolled to: its last paragraph, whole, with every highlight in it.
    await sourcePane(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(async () => (await lastShownParagraph(page))?.end).toBe(doc.text.length);
    const last = (await lastShownParagraph(page)) as { start: number; end: number; text: string; dir: string };
    expect(last.text).toBe(doc.text.slice(last.start, last.end));
    expect(last.dir).toBe('rtl');
    const inLast = edits.filter((e) => e.start >= last.start && e.end <= last.end);
    expect(inLast.length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const painted = await paintedPieces(page);
        return inLast.every((e) => painted.some((p) => p.start === e.start && p.end === e.end && p.name.startsWith('isnad-annotation')));
      })
      .toBe(true);

    // The end of the card list: the last annotation's card, quoting its words.
    const lastEdit = edits.at(-1) as (typeof edits)[number];
    await page.locator('.cards-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page.locator(`[data-card-id="${lastEdit.id}"]`)).toContainText(lastEdit.text);
  } finally {
    await restarted.stop();
  }
  expect(problems).toEqual([]);
});
