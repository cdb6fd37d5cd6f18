import type { Locator, Page } from '@playwright/test';
import { api } from '../api';
import { openInArabic } from '../arabic';
import { expect, test } from '../article';
import { TITLE as DESK_TITLE, shot, twoLayers } from '../desk/fixtures';
import { ARABIC_NEWS, FIGURE_RANGE } from '../splitview/fixtures';
import { cards, openFromLibrary, sourcePane } from '../splitview/helpers';

// A window half a laptop screen wide: the text must stay readable, the list one key away.
test.use({ viewport: { width: 640, height: 800 } });

/** The text column must be readable: at least 360 px and 45% of the window. */
async function expectReadableText(page: Page): Promise<void> {
  const width = await sourcePane(page).evaluate((pane) => pane.getBoundingClientRect().width);
  const window = page.viewportSize()?.width ?? 0;
  expect(width).toBeGreaterThanOrEqual(360);
  expect(width).toBeGreaterThanOrEqual(0.45 * window);
}

/** Which edge of the split view the drawer lies against: where the article's lines end, so the left for Arabic text. */
async function drawerEdge(panel: Locator): Promise<string> {
  return panel.evaluate((aside) => {
    const drawer = aside.getBoundingClientRect();
    const body = (aside.closest('.document-body') as HTMLElement).getBoundingClientRect();
    return Math.abs(drawer.left - body.left) < 1 ? 'left' : Math.abs(drawer.right - body.right) < 1 ? 'right' : 'neither';
  });
}

test('at 640 and 800 px the text keeps a readable width; the list is a drawer the keyboard opens and closes', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  const panel = page.getByRole('complementary', { name: 'Annotation panel' });
  const toggle = page.getByRole('button', { name: /^List \(/ });
  await expectReadableText(page);
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // Marking asks for the new card's focus: the drawer opens with it, so Tab and typing still land in the card.
  await pastedArticle.mark(FIGURE_RANGE, 'f');
  await expect(panel).toBeVisible();
  await expect(cards(page).first()).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The article is Arabic: the drawer lies over its lines' ends (the left), not their starts, in the English interface too.
  expect(await drawerEdge(panel)).toBe('left');
  // Escape on the card goes back to the text, and the drawer closes.
  await page.keyboard.press('Escape');
  await expect(sourcePane(page)).toBeFocused();
  await expect(panel).toBeHidden();

  // L from the text opens it on the card; L again closes it and returns to the text.
  await page.keyboard.press('l');
  await expect(panel).toBeVisible();
  await expect(cards(page).first()).toBeFocused();
  await page.keyboard.press('l');
  await expect(panel).toBeHidden();
  await expect(sourcePane(page)).toBeFocused();

  // The toggle, by keyboard: Enter opens the drawer and moves into it; Tab moves within it, and
  // Escape from a control that is not a card (the verdict filter) closes it too.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(cards(page).first()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await panel.evaluate((aside) => aside.contains(document.activeElement))).toBe(true);
  await panel.getByRole('combobox', { name: 'Verdict filter' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(sourcePane(page)).toBeFocused();
  // A click in the text closes an open drawer too.
  await toggle.click();
  await expect(panel).toBeVisible();
  // Beside the drawer, which lies over the left of this Arabic text.
  const pane = await sourcePane(page).boundingBox();
  await sourcePane(page).click({ position: { x: (pane?.width ?? 40) - 20, y: 20 } });
  await expect(panel).toBeHidden();

  await page.setViewportSize({ width: 800, height: 800 });
  await expectReadableText(page);
  await expect(panel).toBeHidden();

  // Wide, the list is beside the text again and the toggle goes; L still moves between them
  // (to the current card, or the first).
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(panel).toBeVisible();
  await expect(toggle).toBeHidden();
  await sourcePane(page).focus();
  await page.keyboard.press('l');
  await expect(panel.locator('[data-card-key]:focus')).toHaveCount(1);
  await page.keyboard.press('l');
  await expect(sourcePane(page)).toBeFocused();
  await expect(panel).toBeVisible();
  expect(problems).toEqual([]);
});

test('in Arabic at 640 px the drawer opens from the left, the toggle is named in Arabic, and the text stays readable', async ({
  page,
  server,
  problems,
}) => {
  const doc = await api<{ id: string }>(server, 'addDocument', { title: 'هدنة', text: ARABIC_NEWS });
  const start = ARABIC_NEWS.indexOf(FIGURE_RANGE);
  await api(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'figure',
    start,
    end: start + FIGURE_RANGE.length,
    text: FIGURE_RANGE,
  });
  await openInArabic(page, server);
  await page.getByRole('list', { name: 'المستندات' }).getByRole('button', { name: /هدنة/ }).click();
  await expect(page.locator('p.paragraph').first()).toBeVisible();
  await expectReadableText(page);

  const panel = page.getByRole('complementary', { name: 'لوحة التعليقات التوضيحية' });
  const toggle = page.getByRole('button', { name: 'القائمة (١)' });
  await expect(panel).toBeHidden();
  await sourcePane(page).focus();
  await page.keyboard.press('l');
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('list', { name: 'التعليقات التوضيحية' }).locator('[data-card-id]')).toBeFocused();
  expect(await drawerEdge(panel)).toBe('left');
  await shot(page, 'narrow-640-ar-drawer');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(sourcePane(page)).toBeFocused();
  expect(problems).toEqual([]);
});

test('on a desk at 800 px, colleagues’ layers join the list in the drawer, under it, and the text keeps its width', async ({
  page,
  server,
  problems,
}) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await twoLayers(server);
  await page.goto(server.url);
  await openFromLibrary(page, DESK_TITLE);
  await page.locator('.layer-picker input[type="checkbox"]').first().check();
  const layers = page.getByRole('complementary', { name: 'Colleagues’ layers (read-only)' });
  await expect(layers).toBeHidden();
  await expectReadableText(page);

  await sourcePane(page).focus();
  await page.keyboard.press('l');
  const panel = page.getByRole('complementary', { name: 'Annotation panel' });
  await expect(layers).toBeVisible();
  const [list, beside] = await Promise.all([panel.boundingBox(), layers.boundingBox()]);
  // One column: the same width, the layers below the list.
  expect(Math.round(beside?.width ?? 0)).toBe(Math.round(list?.width ?? -1));
  expect(beside?.y ?? 0).toBeGreaterThanOrEqual((list?.y ?? 0) + (list?.height ?? 0) - 1);
  await expectReadableText(page);
  await shot(page, 'narrow-800-desk-drawer');
  await page.keyboard.press('l');
  await expect(layers).toBeHidden();
  expect(problems).toEqual([]);
});
