import type { Route } from '@playwright/test';
import type { Annotation } from '../../../shared/domain/annotation';
import { paintedPieces } from '../highlights';
import { expect, test } from '../serve';
import { QUOTE, longAnnotations } from './fixtures';
import {
  addGenevaAndHarbour,
  callApi,
  cards,
  dragSelect,
  expectSaved,
  openFromLibrary,
  openLargeArticle,
  selectedText,
  sourcePane,
} from './helpers';

/**
 * A document is fetched from the click that opens it (before the screen is drawn), and its
 * first screen lays out only what is in view, the rows around it following once the thread
 * is free. Neither may cost the journalist anything: an edit still on its way is never
 * hidden by an answer fetched early, and the rows out of view are there when scrolled to.
 */

test('a quote marked just before switching documents is on screen when the journalist comes straight back, its save still on its way', async ({
  page,
  server,
  problems,
}) => {
  const arabic = await addGenevaAndHarbour(server);
  // The save of the quote is held on its way to the server until the journalist is back.
  const held: Route[] = [];
  await page.route('**/api/applyAnnotationEdits', (route) => {
    held.push(route);
  });
  await page.goto(server.url);
  await openFromLibrary(page, 'Geneva talks');
  await expect(sourcePane(page)).toContainText(QUOTE);
  const start = arabic.text.indexOf(QUOTE);
  await dragSelect(page, start, start + QUOTE.length, { edges: true }); // « and » are not words: exact ends
  await expect.poll(() => selectedText(page)).toBe(QUOTE);
  await page.keyboard.press('q');
  await expect(cards(page).filter({ hasText: QUOTE })).toHaveCount(1);
  await expect.poll(() => held.length).toBe(1);

  await openFromLibrary(page, 'Harbour backlog');
  await expect(sourcePane(page)).toContainText('harbour authority');
  await openFromLibrary(page, 'Geneva talks');
  for (const route of held.splice(0)) await route.continue();
  await page.unroute('**/api/applyAnnotationEdits');

  // Back on the Arabic article: the quote's card and highlight are there, and it is stored once.
  await expect(sourcePane(page)).toContainText('جنيف');
  await expect(cards(page).filter({ hasText: QUOTE })).toHaveCount(1);
  await expect.poll(async () => (await paintedPieces(page)).some((p) => p.start === start && p.end === start + QUOTE.length)).toBe(true);
  await expectSaved(page);
  const stored = await callApi<{ annotations: Annotation[] }>(server, 'getDocument', { id: arabic.id });
  expect(stored.annotations.filter((a) => a.type === 'quote' && a.start === start)).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('on a large article, the text just below the first screen is laid out ahead once it has opened, and shows when scrolled to', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const doc = await openLargeArticle(page, server);
  await expect(sourcePane(page).locator('p[data-start="0"]')).toContainText(doc.text.slice(0, 40));

  // Paragraphs wholly below the view are laid out before the journalist scrolls to them.
  const below = () =>
    page.evaluate(() => {
      const pane = (document.querySelector('section.source-pane') as HTMLElement).getBoundingClientRect();
      return [...document.querySelectorAll('.source-content p[data-start]')].filter((p) => p.getBoundingClientRect().top > pane.bottom)
        .length;
    });
  await expect.poll(below).toBeGreaterThanOrEqual(3);
  const cardsBelow = () =>
    page.evaluate(() => {
      const list = (document.querySelector('.cards-scroll') as HTMLElement).getBoundingClientRect();
      return [...document.querySelectorAll('.card-slot')].filter((c) => c.getBoundingClientRect().top > list.bottom).length;
    });
  await expect.poll(cardsBelow).toBeGreaterThanOrEqual(3);

  // Scrolled a screen down by the wheel, the text there is shown with its highlights.
  const pane = (await sourcePane(page).boundingBox()) as { x: number; y: number; width: number; height: number };
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, pane.height);
  await expect.poll(() => sourcePane(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(pane.height / 2);
  const shown = await page.evaluate(() => {
    const view = (document.querySelector('section.source-pane') as HTMLElement).getBoundingClientRect();
    const p = [...document.querySelectorAll<HTMLElement>('.source-content p[data-start]')].find((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= view.top && r.bottom <= view.bottom;
    });
    return p ? { start: Number(p.dataset.start), end: Number(p.dataset.end), text: p.textContent ?? '' } : null;
  });
  expect(shown).not.toBeNull();
  const { start, end, text } = shown as { start: number; end: number; text: string };
  expect(text).toBe(doc.text.slice(start, end));
  const inIt = longAnnotations(doc.text).filter((a) => a.start >= start && a.end <= end);
  expect(inIt.length).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const painted = await paintedPieces(page);
      return inIt.every((a) => painted.some((p) => p.start === a.start && p.end === a.end));
    })
    .toBe(true);
  expect(problems).toEqual([]);
});
