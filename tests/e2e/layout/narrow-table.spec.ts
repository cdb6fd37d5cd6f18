import type { Locator, Page } from '@playwright/test';
import { api } from '../api';
import { openInArabic } from '../arabic';
import { shot } from '../desk/fixtures';
import { type Server, expect, test } from '../serve';
import { ARABIC_NEWS, ENGLISH_NEWS, FIGURE_RANGE, QUOTE } from '../splitview/fixtures';

/** Invented: a long outlet name, so the Document column has something to cut. */
const OUTLET = 'Harbour and Coastal Shipping Weekly Review';

/** Invented, and longer than the Document column at 900 px, so it is cut. */
const ARABIC_TITLE = 'هدنة في جنيف بعد أسابيع من المحادثات بين الطرفين';

/**
 * Whether the first letters of the Arabic title are inside its cell: a cut title must lose its
 * end, not its start (laid out left to right, an Arabic title shows its last words).
 */
async function titleStartInView(row: Locator): Promise<{ cut: boolean; inView: boolean }> {
  return row.locator('.cell-document .cell-clip').evaluate((cell) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(first, 3);
    const letters = range.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    return {
      cut: cell.scrollWidth > cell.clientWidth,
      inView: letters.left >= box.left - 0.5 && letters.right <= box.right + 0.5,
    };
  });
}

/** Two articles with a date and an outlet, each with a quote and a figure, so every column has something in it. */
async function annotatedCorpus(server: Server): Promise<void> {
  const articles = [
    { title: ARABIC_TITLE, text: ARABIC_NEWS, marks: [QUOTE, FIGURE_RANGE] },
    {
      title: 'Harbour backlog after the storm',
      text: ENGLISH_NEWS,
      marks: ['"We expect the backlog to clear within 10 days,"', '1,200 containers'],
    },
  ];
  for (const article of articles) {
    const doc = await api<{ id: string }>(server, 'addDocument', {
      title: article.title,
      text: article.text,
      source: { outlet: OUTLET, publishedAt: '2024-05-12' },
    });
    for (const [index, words] of article.marks.entries()) {
      const start = article.text.indexOf(words);
      await api(server, 'createAnnotation', {
        documentId: doc.id,
        type: index === 0 ? 'quote' : 'figure',
        start,
        end: start + words.length,
        text: words,
      });
    }
  }
}

interface HeaderBox {
  text: string;
  title: string | null;
  left: number;
  right: number;
  cut: boolean;
}

/**
 * Where each column header's text is painted: the box of its text (a Range), clipped to the header
 * when the header hides what overflows it. Overlapping headers paint into each other's boxes.
 */
async function headerBoxes(page: Page): Promise<HeaderBox[]> {
  return page.locator('.annotation-table .row.head').evaluate((row) =>
    [...row.children]
      .filter((header) => (header as HTMLElement).offsetParent !== null)
      .map((header) => {
        const range = document.createRange();
        range.selectNodeContents(header);
        const text = range.getBoundingClientRect();
        const box = header.getBoundingClientRect();
        const clipped = getComputedStyle(header).overflowX !== 'visible';
        return {
          text: header.textContent ?? '',
          title: header.getAttribute('title'),
          left: clipped ? Math.max(text.left, box.left) : text.left,
          right: clipped ? Math.min(text.right, box.right) : text.right,
          cut: header.scrollWidth > header.clientWidth,
        };
      }),
  );
}

async function expectReadableHeaders(page: Page, where: string): Promise<void> {
  const boxes = (await headerBoxes(page)).sort((a, b) => a.left - b.left);
  expect(boxes.length, where).toBeGreaterThanOrEqual(5);
  for (const [index, box] of boxes.entries()) {
    const next = boxes[index + 1];
    if (next) expect(box.right, `${where}: "${box.text}" runs into "${next.text}"`).toBeLessThanOrEqual(next.left + 0.5);
    // A header cut short still says its whole name, in its tooltip.
    if (box.cut) expect(box.title, `${where}: "${box.text}" is cut without a tooltip`).toBe(box.text);
  }
}

async function showTable(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+A');
  await expect(page.locator('.annotation-table .row:not(.head)')).toHaveCount(4);
}

for (const language of ['en', 'ar'] as const) {
  test(`the annotations table's headers stay apart from 900 px up (${language} interface), the date folding under the document when narrow`, async ({
    page,
    server,
    problems,
  }) => {
    await annotatedCorpus(server);
    await page.setViewportSize({ width: 900, height: 800 });
    if (language === 'ar') await openInArabic(page, server);
    else await page.goto(server.url);
    await showTable(page);
    const published = page.locator('.annotation-table .row.head .column-published');
    const folded = page.locator('.annotation-table .table-body .cell-folded-date').first();

    for (const width of [900, 960, 1024, 1100, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await expectReadableHeaders(page, `${language} at ${width} px`);
      // The date stays on screen: in its own column when the table has room, else under the document's title.
      const dateShown = (await published.isVisible()) ? published : folded;
      await expect(dateShown, `${language} at ${width} px`).toBeVisible();
    }
    await page.setViewportSize({ width: 900, height: 800 });
    await expect(published).toBeHidden();
    // Its format follows the interface's digits; what matters is that the date is there.
    await expect(folded).toHaveText(/[0-9٠-٩]{4}/);
    const arabicRow = page.locator('.annotation-table .table-body .row').filter({ hasText: 'هدنة في جنيف' }).first();
    await expect(arabicRow).toBeVisible();
    expect(await titleStartInView(arabicRow)).toEqual({ cut: true, inView: true });
    await shot(page, `narrow-table-900-${language}`);
    await page.setViewportSize({ width: 1440, height: 800 });
    await expect(published).toBeVisible();
    await expect(folded).toBeHidden();
    expect(problems).toEqual([]);
  });
}
