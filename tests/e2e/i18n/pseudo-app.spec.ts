import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { apiStore } from '../api';
import { expect, test } from '../serve';
import { loadPseudo, pseudoScreen, untranslatedTexts } from './pseudo';

// The shell and the library: every string they show comes from the catalogs (docs/I18N.md).

pseudoScreen('the first start: toolbar, empty library and workspace', async ({ page }) => {
  await expect(page.locator('.empty h2')).toBeVisible();
});

pseudoScreen('the library with documents, sorted and filtered to nothing', async ({ page, server }) => {
  const store = apiStore(server);
  await store.addDocument({
    title: 'وزارة الصحة',
    text: ARABIC_ARTICLE,
    source: { outlet: 'الأسبوع', publishedAt: '2024-10-07' },
    tags: ['صحة'],
  });
  await store.addDocument({ title: 'Council budget', text: ENGLISH_ARTICLE });
  await page.reload();
  await expect(page.locator('.document-item')).toHaveCount(2);
  await expectChecked(page);
  await page.locator('.library-controls input').fill('nothing-like-this');
  await expect(page.locator('.library [role="status"]')).toBeVisible();
});

pseudoScreen('the settings dialog, in Arabic with its digits choice', async ({ page }) => {
  // The app's first render may still be attaching the toolbar's key listeners: press until it opens.
  await expect(async () => {
    await page.keyboard.press('Control+,');
    await expect(page.locator('.settings-dialog')).toBeVisible({ timeout: 1000 });
  }).toPass();
  // Choosing Arabic keeps the pseudo-locale on, and shows the digits choice to check.
  await page.locator('.settings-dialog input[type="radio"]').nth(1).check();
  await expect(page.locator('.settings-dialog fieldset')).toHaveCount(2);
});

pseudoScreen('the rename dialog with a refused title', async ({ page, server }) => {
  await apiStore(server).addDocument({ title: 'Council budget', text: ENGLISH_ARTICLE });
  await page.reload();
  await page.locator('.document-item').focus();
  await page.keyboard.press('F2');
  const dialog = page.locator('dialog[open]');
  await dialog.locator('input').first().fill(' ');
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog.locator('[role="alert"]')).toBeVisible();
});

pseudoScreen('the trash with a document, asking before it empties', async ({ page, server }) => {
  const { id } = await apiStore(server).addDocument({ title: 'Council budget', text: ENGLISH_ARTICLE });
  await page.reload();
  await page.locator('.document-item').focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('.notice')).toBeVisible();
  await expectChecked(page);
  await page.locator('.library-footer button').last().click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog.locator('.trash-list li')).toHaveCount(1);
  await dialog.locator('.dialog-actions button').first().click();
  await expect(dialog.locator('.dialog-actions .danger')).toBeVisible();
  expect(id).toBeTruthy();
});

test('the untranslated-string check names English or Arabic chrome text, and leaves the journalist’s text alone', async ({
  page,
  server,
}) => {
  await loadPseudo(page, server);
  await expect(page.locator('.empty h2')).toBeVisible();
  await page.evaluate(() => {
    const add = (html: string) => document.querySelector('.empty')?.insertAdjacentHTML('beforeend', html);
    add('<p class="stray">Not translated</p>');
    add('<button class="stray" aria-label="Close">×</button>');
    add('<p class="stray">لم يترجم</p>');
    add('<p data-user-content>Council budget</p><p>\u2068Port strike\u2069 · Ctrl+Shift+A</p><kbd>Q</kbd>');
  });
  expect(await untranslatedTexts(page)).toEqual([
    '"Not translated" in main.workspace > div.empty > p.stray',
    '"لم يترجم" in main.workspace > div.empty > p.stray',
    'aria-label="Close" on main.workspace > div.empty > button.stray',
  ]);
});

/** Checks a state on the way (a notice that fades); the screen's final state is checked by pseudoScreen. */
async function expectChecked(page: import('@playwright/test').Page) {
  const { expectAllTranslated } = await import('./pseudo');
  await expectAllTranslated(page);
}
