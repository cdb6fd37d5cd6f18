import type { Locator, Page } from '@playwright/test';
import type { Annotation } from '../../shared/domain/annotation';
import { ARABIC_SCRAPED_PAGE } from '../helpers/import-fixtures';
import { api } from './api';
import { type Server, expect, test as serving } from './serve';
import { ARABIC_NEWS } from './splitview/fixtures';
import { dragSelect, openFromLibrary, pasteDocument, storedAnnotations } from './splitview/helpers';

/** The scraped page's title: two articles run together, as a news site's page is often saved. */
export const SCRAPED_TITLE = 'صفحة مجمعة';

export interface PastedArticle {
  title: string;
  /** Selects `words` (their first occurrence) by dragging, as a journalist does, and presses the key that marks them. */
  mark(words: string, key: 'q' | 's' | 'f', options?: { edges?: boolean }): Promise<void>;
  /** Hides the suggestions, for tests not about them: the (virtualized) list then holds only the annotations. */
  hideSuggestions(): Promise<void>;
  /** The card of the annotation of `type` whose text holds `text`, in the annotation list. */
  card(type: 'quote' | 'speaker' | 'figure', text: string): Locator;
  /** Its annotations as stored on disk, read as a CLI beside the server would (splitview/helpers.ts). */
  stored(): Promise<Annotation[]>;
  /** Reloads the app and opens the article from the library again. */
  reopen(): Promise<void>;
}

/** The scraped page opened on the document screen, its split offer shown. */
export interface ScrapedPage {
  id: string;
  offer: Locator;
  /** Presses the offer's "Split into 2 documents". */
  split(): Promise<void>;
}

/**
 * The setups the annotation specs share, on top of serve.ts's server and console watch:
 * - `pastedArticle`: the app opened on an article pasted through the dialog: `articleText`, the
 *   Arabic news article (splitview/fixtures.ts) unless a spec says otherwise, under
 *   `articleTitle` (`test.use({ articleTitle, articleText })`);
 * - `openScrapedPage(server)`: the scraped page imported whole through the API and opened from the
 *   library, its split offer shown. Given a server, so a spec that starts its own can use it too.
 * A test names `server` before `problems`, even when it does not use it: fixtures stop in the
 * reverse order they started, and the console check must run while the server still answers
 * (stopped first, the page's background requests are refused and logged as errors).
 */
export const test = serving.extend<{
  articleTitle: string;
  articleText: string;
  pastedArticle: PastedArticle;
  openScrapedPage: (server: Server) => Promise<ScrapedPage>;
}>({
  articleTitle: ['هدنة', { option: true }],
  articleText: [ARABIC_NEWS, { option: true }],
  pastedArticle: async ({ page, server, articleTitle, articleText }, use) => {
    await page.goto(server.url);
    await pasteDocument(page, articleTitle, articleText);
    await use({
      title: articleTitle,
      mark: (words, key, options = {}) => markWords(page, articleText, words, key, options),
      async hideSuggestions() {
        const suggestions = page.getByRole('region', { name: 'Suggestions' });
        await suggestions.getByRole('button', { name: 'Hide' }).click();
        await expect(suggestions).toContainText('Suggestions hidden');
      },
      card: (type, text) =>
        page.getByRole('list', { name: 'Annotations' }).locator(`.card-${type}[data-card-id]`).filter({ hasText: text }),
      stored: () => storedAnnotations(server, articleTitle),
      async reopen() {
        await page.reload();
        await openFromLibrary(page, articleTitle);
      },
    });
  },
  openScrapedPage: async ({ page }, use) => {
    await use(async (server) => {
      const outcome = await api<{ documents: Array<{ id: string }> }>(server, 'importText', {
        title: SCRAPED_TITLE,
        text: ARABIC_SCRAPED_PAGE,
      });
      await page.goto(server.url);
      await openFromLibrary(page, SCRAPED_TITLE);
      const offer = page.getByRole('region', { name: 'Split offer' });
      await expect(offer).toContainText('2 articles run together');
      return {
        id: outcome.documents[0]?.id as string,
        offer,
        split: () => offer.getByRole('button', { name: 'Split into 2 documents' }).click(),
      };
    });
  },
});

async function markWords(page: Page, text: string, words: string, key: 'q' | 's' | 'f', options: { edges?: boolean }): Promise<void> {
  const start = text.indexOf(words);
  await dragSelect(page, start, start + words.length, options);
  await page.keyboard.press(key);
}

export { expect };
