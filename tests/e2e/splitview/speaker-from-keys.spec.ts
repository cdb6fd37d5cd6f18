import type { QuoteAnnotation } from '../../../shared/domain/annotation';
import { expect, test } from '../article';
import { FULL_NAME, QUOTE } from './fixtures';
import { cards, sourcePane, storedAnnotations } from './helpers';

const TITLE = 'متحدث من النص';
test.use({ articleTitle: TITLE });

/**
 * "New speaker from text…" pressed from the keyboard, with nothing selected yet: the button
 * gives way to the hint, and the keys must land in the text, where the name is selected with
 * the arrows and marked with S. Before, focus fell to the page and the next Tab started over
 * from the top of the window.
 */
test('New speaker from text… from the keyboard moves focus to the text, where the name is selected and marked', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  await pastedArticle.hideSuggestions();
  await pastedArticle.mark(QUOTE, 'q', { edges: true });
  await expect(cards(page)).toHaveCount(1);

  const button = page.getByRole('button', { name: 'New speaker from text…' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Select the speaker’s name in the text' })).toBeVisible();
  await expect(sourcePane(page)).toBeFocused();

  // The name is the second and third words of the second paragraph; ← goes forward in Arabic.
  for (const key of ['Control+Home', 'ArrowDown', 'ArrowLeft', 'Shift+ArrowLeft']) await page.keyboard.press(key);
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(FULL_NAME);
  await page.keyboard.press('s');
  await expect(cards(page).filter({ hasText: 'نحن نعمل' })).toContainText(`— ${FULL_NAME}`);
  await expect
    .poll(async () => {
      const all = await storedAnnotations(server, TITLE);
      const speaker = all.find((a) => a.type === 'speaker');
      return all.find((a): a is QuoteAnnotation => a.type === 'quote')?.attributes.speakerId === speaker?.id && speaker !== undefined;
    })
    .toBe(true);
  expect(problems).toEqual([]);
});
