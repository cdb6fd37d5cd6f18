import type { Page } from '@playwright/test';
import { api } from '../api';
import { openInArabic } from '../arabic';
import { shot } from '../desk/fixtures';
import { expect, test } from '../serve';
import { moreButton } from '../toolbar';

/** Invented: a short article, so that Import annotations (W3C)… (offered with a document open) is in the menu too. */
const ARTICLE = 'قال الوزير إن 75 شخصاً أصيبوا في الحادث.\n\nوأضاف أن الوضع تحت السيطرة رغم الأضرار.';

/** The top bar's controls that are on screen: their tops differ by a few pixels at most when they share one row. */
async function rows(page: Page): Promise<number> {
  const tops = await page.locator('header.toolbar').evaluate((bar) =>
    [...bar.querySelectorAll('button, .sync-unset, .sync-facts')]
      .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('[role="menu"]'))
      .map((e) => e.getBoundingClientRect())
      .map((r) => Math.round(r.top + r.height / 2)),
  );
  const distinct: number[] = [];
  for (const top of tops.sort((a, b) => a - b)) if (!distinct.some((d) => Math.abs(d - top) <= 6)) distinct.push(top);
  return distinct.length;
}

async function openArticle(page: Page) {
  await page.locator('.document-item').first().click();
  await expect(page.locator('.source-pane')).toBeVisible();
}

test.describe('the top bar at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('is one row in English and in Arabic, alone and on a desk', async ({ page, server, problems }) => {
    await api(server, 'addDocument', { title: 'مقال قصير', text: ARTICLE });
    await page.goto(server.url);
    await openArticle(page);
    expect(await rows(page)).toBe(1);
    await shot(page, 'toolbar-1280-en');
    await openInArabic(page, server);
    await openArticle(page);
    expect(await rows(page)).toBe(1);
    await shot(page, 'toolbar-1280-ar');
    // A desk's sync facts are wider than "not shared yet": the lists of the corpus move to More.
    await api(server, 'setSyncRemote', { url: 'https://git.example.org/desk.git', forgetToken: false });
    await page.reload();
    await expect(page.locator('.sync-facts')).toBeVisible();
    expect(await rows(page)).toBe(1);
    await api(server, 'setInterfaceSettings', { language: 'en', digits: 'latn' });
    await page.reload();
    await expect(page.locator('.sync-facts')).toBeVisible();
    expect(await rows(page)).toBe(1);
    expect(problems).toEqual([]);
  });

  test('More opens and runs from the keyboard, and the shortcuts of what it holds work with it closed', async ({
    page,
    server,
    problems,
  }) => {
    await page.goto(server.url);
    const more = moreButton(page);
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More actions' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await expect(menu.getByRole('menuitem', { name: 'Annotations' })).toBeHidden();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Settings' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Import dataset…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();
    // ↑ opens on the last item; ↑ again goes to Adjudication, which Enter opens.
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitem', { name: 'Settings' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(page.getByRole('region', { name: 'Adjudication' })).toBeVisible();
    // Settings' shortcut, with the menu closed.
    await page.keyboard.press('Control+,');
    await expect(page.getByRole('dialog', { name: 'Settings', exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('the top bar at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('is one row: Annotations, Speakers and Sessions are in More, and their shortcuts still work', async ({ page, server, problems }) => {
    await page.goto(server.url);
    expect(await rows(page)).toBe(1);
    const bar = page.getByRole('toolbar', { name: 'Main toolbar' });
    await expect(bar.getByRole('button', { name: 'Speakers' })).toBeHidden();
    await moreButton(page).click();
    await page.getByRole('menuitem', { name: 'Speakers' }).click();
    await expect(page.getByRole('region', { name: 'Speakers', exact: true })).toBeVisible();
    await page.keyboard.press('Control+Shift+A');
    await expect(page.getByRole('region', { name: 'Annotations', exact: true })).toBeVisible();
    await shot(page, 'toolbar-1024-en');
    expect(problems).toEqual([]);
  });
});

test.describe('the top bar from the desktop’s 900 px minimum up', () => {
  test('is one row at 900 px and between 1100 and 1280 px, in English and in Arabic', async ({ page, server, problems }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    for (const language of ['en', 'ar'] as const) {
      await api(server, 'setInterfaceSettings', { language, digits: language === 'ar' ? 'arab' : 'latn' });
      await page.goto(server.url);
      for (const width of [900, 1000, 1100, 1180, 1240, 1280]) {
        await page.setViewportSize({ width, height: 700 });
        expect(await rows(page), `${language} at ${width} px`).toBe(1);
      }
    }
    // Until 1280 px the lists of the corpus are in More, not on the bar.
    await page.setViewportSize({ width: 1180, height: 700 });
    await expect(page.getByRole('toolbar').locator('.toolbar-wide-only').first()).toBeHidden();
    expect(problems).toEqual([]);
  });
});

test.describe('the top bar at 760×700', () => {
  test.use({ viewport: { width: 760, height: 700 } });

  test('wraps to a second row rather than running off the window', async ({ page, server, problems }) => {
    await page.goto(server.url);
    expect(await rows(page)).toBe(2);
    const outside = await page
      .locator('header.toolbar button')
      .evaluateAll((buttons) =>
        buttons
          .filter((b) => (b as HTMLElement).offsetParent !== null)
          .filter((b) => b.getBoundingClientRect().right > window.innerWidth + 1),
      );
    expect(outside).toHaveLength(0);
    expect(problems).toEqual([]);
  });
});
