import type { Page } from '@playwright/test';
import { api } from '../api';
import { openInArabic } from '../arabic';
import { shot } from '../desk/fixtures';
import { expect, test } from '../serve';
import { ARABIC_NEWS, ENGLISH_NEWS, FIGURE_RANGE } from '../splitview/fixtures';
import { sourcePane } from '../splitview/helpers';

/**
 * What the drawer covers at the start of each line of the text it lies over. Each line's start is
 * found from the Range boxes of its paragraph (the right edge for a right-to-left paragraph), and
 * the point just inside it asked what is on top there: the text, or the drawer.
 */
async function coveredLineStarts(page: Page): Promise<{ lines: number; covered: string[] }> {
  return page.evaluate(() => {
    const drawer = document.getElementById('document-side') as HTMLElement;
    const bottom = Math.min(window.innerHeight, drawer.getBoundingClientRect().bottom);
    let lines = 0;
    const covered: string[] = [];
    for (const paragraph of document.querySelectorAll<HTMLElement>('.source-pane p.paragraph')) {
      const rtl = getComputedStyle(paragraph).direction === 'rtl';
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      // One line may be several boxes (runs of each direction): group them by their middle.
      const starts = new Map<number, number>();
      for (const box of range.getClientRects()) {
        if (box.width === 0) continue;
        const middle = Math.round((box.top + box.bottom) / 2 / 8);
        const edge = rtl ? box.right : box.left;
        const known = starts.get(middle);
        starts.set(middle, known === undefined ? edge : rtl ? Math.max(known, edge) : Math.min(known, edge));
      }
      for (const [middle, edge] of starts) {
        const y = middle * 8;
        if (y < 0 || y > bottom) continue;
        lines += 1;
        const x = rtl ? edge - 4 : edge + 4;
        if (drawer.contains(document.elementFromPoint(x, y))) covered.push(`${paragraph.textContent?.slice(0, 12)}… at y=${y}`);
      }
    }
    return { lines, covered };
  });
}

const CASES = [
  { ui: 'en', article: 'ar', title: 'هدنة', text: ARABIC_NEWS },
  { ui: 'ar', article: 'en', title: 'Harbour backlog', text: ENGLISH_NEWS },
  { ui: 'ar', article: 'ar', title: 'هدنة', text: ARABIC_NEWS },
  { ui: 'en', article: 'en', title: 'Harbour backlog', text: ENGLISH_NEWS },
] as const;

for (const { ui, article, title, text } of CASES) {
  test(`with the list drawer open, the ${article} article's line starts stay in view in the ${ui} interface, 900 to 1100 px`, async ({
    page,
    server,
    problems,
  }) => {
    // Longer than a screen, so there are lines under the whole height of the drawer.
    const doc = await api<{ id: string }>(server, 'addDocument', { title, text: [text, text, text].join('\n\n') });
    const start = text.indexOf(article === 'ar' ? FIGURE_RANGE : '1,200 containers');
    await api(server, 'createAnnotation', {
      documentId: doc.id,
      type: 'figure',
      start,
      end: start + 16,
      text: text.slice(start, start + 16),
    });
    await page.setViewportSize({ width: 900, height: 800 });
    if (ui === 'ar') await openInArabic(page, server);
    else await page.goto(server.url);
    await page.locator('.document-item').filter({ hasText: title }).click();
    await expect(page.locator('p.paragraph').first()).toBeVisible();

    const drawer = page.locator('#document-side');
    await sourcePane(page).focus();
    await page.keyboard.press('l');
    await expect(drawer).toBeVisible();
    for (const width of [900, 1000, 1100]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(drawer).toBeVisible();
      const { lines, covered } = await coveredLineStarts(page);
      expect(lines, `${width} px: lines measured`).toBeGreaterThan(5);
      expect(covered, `${width} px: line starts under the drawer`).toEqual([]);
    }
    // Still a drawer over the text (its line ends), not beside it.
    const [pane, side] = await Promise.all([sourcePane(page).boundingBox(), drawer.boundingBox()]);
    expect(
      Math.min((pane?.x ?? 0) + (pane?.width ?? 0), (side?.x ?? 0) + (side?.width ?? 0)) - Math.max(pane?.x ?? 0, side?.x ?? 0),
    ).toBeGreaterThan(100);
    await shot(page, `narrow-drawer-1100-${ui}-ui-${article}-article`);
    expect(problems).toEqual([]);
  });
}
