import type { Page } from '@playwright/test';
import { api as callApi } from '../api';
import { CorpusStore } from '../../../electron/services/corpus/store';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { type Server, expect } from '../serve';
import { ARABIC_NEWS, ENGLISH_NEWS, longAnnotations, longArticle } from './fixtures';

/** Pastes an article through the dialog, as a journalist would, and waits for it to open. */
export async function pasteDocument(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Text').fill(text);
  await dialog.getByRole('button', { name: 'Add document' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: title })).toBeVisible();
  await expect(page.locator('p.paragraph').first()).toBeVisible();
}

/** Calls the real HTTP API of the running server (what the renderer does). */
export { callApi };

/** Stores the Arabic article "Geneva talks" and the English "Harbour backlog" (fixtures.ts); returns the Arabic one. */
export async function addGenevaAndHarbour(server: Server): Promise<Document> {
  const arabic = await callApi<Document>(server, 'addDocument', { title: 'Geneva talks', text: ARABIC_NEWS });
  await callApi<Document>(server, 'addDocument', { title: 'Harbour backlog', text: ENGLISH_NEWS });
  return arabic;
}

/** Clicks the document titled `title` in the library, as a journalist opens it. */
export function openFromLibrary(page: Page, title: string) {
  return page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
}

/**
 * Stores the 200 KB Arabic article with its 2,000 annotations (fixtures.ts) through the API,
 * opens the app and clicks it in the library; returns it as stored. Waiting for what shows is
 * the test's to say.
 */
export async function openLargeArticle(page: Page, server: Server): Promise<Document> {
  const doc = await callApi<Document>(server, 'addDocument', { title: 'Long', text: longArticle() });
  await callApi(server, 'applyAnnotationEdits', { documentId: doc.id, edits: longAnnotations(doc.text) });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Long/ }).click();
  return doc;
}

/**
 * The documents as stored on disk by the server: read by a separate read-only reader, as a
 * CLI command beside it would (document files, with the layer files and journals replayed).
 */
export async function storedDocuments(server: Server): Promise<Document[]> {
  const reader = await CorpusStore.open(server.corpusDir, { readOnly: true, log: () => {} });
  try {
    return await Promise.all(reader.listDocuments().map((d) => reader.getDocument(d.id)));
  } finally {
    await reader.close();
  }
}

export async function storedDocument(server: Server, title: string): Promise<Document> {
  const doc = (await storedDocuments(server)).find((d) => d.title === title);
  if (!doc) throw new Error(`no stored document titled ${title}`);
  return doc;
}

export async function storedAnnotations(server: Server, title: string): Promise<Annotation[]> {
  return (await storedDocument(server, title)).annotations;
}

/** Waits until the document's file on disk holds `count` annotations, then returns them. */
export async function storedOnceCount(server: Server, title: string, count: number): Promise<Annotation[]> {
  await expect.poll(async () => (await storedAnnotations(server, title).catch(() => [])).length).toBe(count);
  return storedAnnotations(server, title);
}

/** The screen says everything is saved (check the disk with `storedOnceCount` or `expect.poll`). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Screen rectangle of the character at a UTF-16 offset of the document text (its paragraph must be rendered). */
export async function charBox(page: Page, offset: number) {
  return page.evaluate((offset) => {
    for (const p of document.querySelectorAll<HTMLElement>('p[data-start]')) {
      const start = Number(p.dataset.start);
      if (offset < start || offset >= Number(p.dataset.end)) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let at = start;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (offset < at + node.length) {
          const local = offset - at;
          const code = node.data.charCodeAt(local);
          const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
          const range = document.createRange();
          range.setStart(node, local);
          range.setEnd(node, local + width);
          const r = range.getBoundingClientRect();
          const ch = node.data.slice(local, local + width);
          // Letters and digits have their own direction; punctuation such as « takes the paragraph's.
          const rtl = /[\u0590-\u08ff]/.test(ch) || (!/[\p{L}\p{N}]/u.test(ch) && getComputedStyle(p).direction === 'rtl');
          return { x: r.x, y: r.y, width: r.width, height: r.height, rtl };
        }
        at += node.length;
      }
    }
    throw new Error(`offset ${offset} is not rendered`);
  }, offset);
}

/**
 * Drags the mouse over [start, end). By default the drag starts just past the first
 * character and ends just before the last, inside the first and last words, as a hand does
 * (word snapping does the rest; it also keeps clear of the ambiguous caret positions where
 * a digit run meets Arabic). With `edges` it runs from the first character's leading edge
 * to the last one's trailing edge, in whatever visual direction they run, for exact
 * selections.
 */
export async function dragSelect(page: Page, start: number, end: number, options: { alt?: boolean; edges?: boolean } = {}) {
  await scrollClearOfEdges(page, start, end);
  const first = await charBox(page, start);
  const last = await charBox(page, end - 1);
  const edges = options.edges ?? options.alt ?? false;
  /** x at `fraction` of a character's width from its leading edge (right edge when RTL). */
  const along = (box: typeof first, fraction: number) => (box.rtl ? box.x + box.width * (1 - fraction) : box.x + box.width * fraction);
  const edge = (box: typeof first) => Math.min(2, box.width / 4) / box.width;
  // Whole pixels, as a real mouse reports: synthetic drags from fractional points sometimes
  // leave Chromium extending nothing.
  const from = { x: Math.round(along(first, edges ? edge(first) : 0.7)), y: Math.round(first.y + first.height / 2) };
  const to = { x: Math.round(along(last, edges ? 1 - edge(last) : 0.3)), y: Math.round(last.y + last.height / 2) };
  if (options.alt) await page.keyboard.down('Alt');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(Math.round((from.x + to.x) / 2), Math.round((from.y + to.y) / 2), { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 3 });
  await page.mouse.up();
  if (options.alt) await page.keyboard.up('Alt');
}

/**
 * Scrolls the text so both ends of [start, end) sit away from the pane's top and bottom
 * edges, as a hand does before dragging: a drag held near an edge autoscrolls the text, by
 * as much as the machine is slow, and the mouse would end over another line.
 */
async function scrollClearOfEdges(page: Page, start: number, end: number): Promise<void> {
  const first = await charBox(page, start);
  const last = await charBox(page, end - 1);
  const pane = await sourcePane(page).boundingBox();
  if (!pane) return;
  const top = Math.min(first.y, last.y);
  const bottom = Math.max(first.y + first.height, last.y + last.height);
  const margin = 60;
  if (top >= pane.y + margin && bottom <= pane.y + pane.height - margin) return;
  const by = Math.round((top + bottom) / 2 - (pane.y + pane.height / 2));
  await sourcePane(page).evaluate((el, by) => el.scrollBy(0, by), by);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What the screen currently holds as the text selection (offsets into the document). */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** The text pane, in either interface language (the Arabic walkthrough selects with the same helpers). */
export function sourcePane(page: Page) {
  return page.locator('section.source-pane');
}

export function cards(page: Page) {
  return page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]');
}

/**
 * The panel's own count of annotations by type. The card list is virtualized: a long list
 * keeps only the cards near the view in the page, so counting cards is not counting annotations.
 */
export async function expectTypeCounts(page: Page, counts: { quotes: number; speakers: number; figures: number }): Promise<void> {
  const filter = page.getByRole('group', { name: 'Filter annotations' });
  await expect(filter.getByRole('button', { name: `Quotes ${counts.quotes}`, exact: true })).toBeVisible();
  await expect(filter.getByRole('button', { name: `Speakers ${counts.speakers}`, exact: true })).toBeVisible();
  await expect(filter.getByRole('button', { name: `Figures ${counts.figures}`, exact: true })).toBeVisible();
}
