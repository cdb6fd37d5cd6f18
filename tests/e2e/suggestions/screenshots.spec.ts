import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../serve';
import { pasteDocument } from '../splitview/helpers';
import { AR, ARABIC_HEALTH } from './fixtures';
import { suggestionCard, suggestionCards } from './helpers';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

/** Screenshots to look at by eye: an Arabic article with dashed suggestions and the panel of suggested cards. */
test('screenshots: Arabic suggestions in the text and the panel', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await pasteDocument(page, 'خطة المستشفيات', ARABIC_HEALTH);
  // A fresh document gets its suggestions without asking.
  await expect(suggestionCards(page).first()).toBeVisible();
  // One accepted, so the shot shows an accepted card (origin marker) beside suggested ones.
  await suggestionCard(page, 'figure', AR.percent).click();
  await page.keyboard.press('a');
  await suggestionCard(page, 'quote', AR.directQuote).click();
  await page.screenshot({ path: join(SHOTS, 'suggestions-arabic-split-view.png') });
  await page.locator('.source-content').screenshot({ path: join(SHOTS, 'suggestions-arabic-text.png') });
  await page.getByRole('complementary', { name: 'Annotation panel' }).screenshot({ path: join(SHOTS, 'suggestions-arabic-panel.png') });
  expect(problems).toEqual([]);
});
