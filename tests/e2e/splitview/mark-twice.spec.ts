import type { QuoteAnnotation } from '../../../shared/domain/annotation';
import { expect, test } from '../article';
import { FULL_NAME, QUOTE } from './fixtures';
import { cards, expectSaved, storedAnnotations } from './helpers';

const TITLE = 'علامة مكررة';
test.use({ articleTitle: TITLE });

/**
 * Marking words already marked with the same type (a journalist who forgot, or who names the
 * quote's speaker with "New speaker from text…" on a name already marked) must not store a
 * second, identical annotation: it would be a second row in every export, a disagreement in
 * adjudication and a second entry in the speaker lists. The existing one is used instead.
 */
test('marking an already marked span again reuses its annotation, also as the quote’s new speaker', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  await pastedArticle.hideSuggestions();
  const mark = (text: string, key: 'q' | 's') => pastedArticle.mark(text, key, { edges: true });

  await mark(FULL_NAME, 's');
  await mark(QUOTE, 'q');
  await expect(cards(page)).toHaveCount(2);

  // The same name again with S: the speaker already marked is selected, nothing is added.
  await mark(FULL_NAME, 's');
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByText('Already marked')).toBeVisible();

  // The quote's speaker, named from the text on the same words: linked to the existing speaker.
  const quoteCard = cards(page).filter({ hasText: 'نحن نعمل' });
  await quoteCard.click();
  await page.getByRole('button', { name: 'New speaker from text…' }).click();
  await mark(FULL_NAME, 's');
  await expect(quoteCard).toContainText(`— ${FULL_NAME}`);
  await expect(cards(page)).toHaveCount(2);
  await expectSaved(page);

  await expect
    .poll(async () => {
      const all = await storedAnnotations(server, TITLE);
      const speakers = all.filter((a) => a.type === 'speaker');
      const quote = all.find((a): a is QuoteAnnotation => a.type === 'quote');
      return { speakers: speakers.length, linked: quote?.attributes.speakerId === speakers[0]?.id };
    })
    .toEqual({ speakers: 1, linked: true });

  // One undo step takes the link back, and the speaker stays.
  await page.keyboard.press('Control+z');
  await expect(quoteCard).not.toContainText(`— ${FULL_NAME}`);
  await expect(cards(page)).toHaveCount(2);
  expect(problems).toEqual([]);
});
