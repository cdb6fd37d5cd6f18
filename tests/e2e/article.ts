import type { Locator, Page } from '@playwright/test';
import { ARABIC_SCRAPED_PAGE } from '../helpers/import-fixtures';
import { api } from './api';
import { type Server, expect, test as serving } from './serve';
import { ARABIC_NEWS } from './splitview/fixtures';
import { dragSelect, openFromLibrary, pasteDocument } from './splitview/helpers';

/** The scraped page's title: two articles run together, as a news site's page is often saved. */
export const SCRAPED_TITLE = 'صفحة مجمعة';

export interface PastedArticle {
  title: string;
  /** Selects `words` (their first occurrence) by dragging, as a journalist does, and presses the key that marks them. */
  mark(words: string, key: 'q' | 's' | 'f', options?: { edges?: boolean }): Promise<void>;
  /** Hides the suggestions, for tests not about them: the (virtualized) list then holds only the annotations. */
  hideSuggestions(): Promise<void>;
}

/**
 * The setups the annotation specs share, on top of serve.ts's server and console watch:
 * - `pastedArticle`: the app opened on the Arabic news article (splitview/fixtures.ts), pasted
 *   through the dialog under `articleTitle` (`test.use({ articleTitle })`);
 * - `openScrapedPage(server)`: the scraped page imported whole through the API and opened from the
 *   library, its split offer shown. Given a server, so a spec that starts its own can use it too.
 */
export const test = serving.extend<{
  articleTitle: string;
  pastedArticle: PastedArticle;
  openScrapedPage: (server: Server) => Promise<{ id: string; offer: Locator }>;
}>({
  articleTitle: ['هدنة', { option: true }],
  pastedArticle: async ({ page, server, articleTitle }, use) => {
    await page.goto(server.url);
    await pasteDocument(page, articleTitle, ARABIC_NEWS);
    await use({
      title: articleTitle,
      mark: (words, key, options = {}) => markWords(page, words, key, options),
      async hideSuggestions() {
        const suggestions = page.getByRole('region', { name: 'Suggestions' });
        await suggestions.getByRole('button', { name: 'Hide' }).click();
        await expect(suggestions).toContainText('Suggestions hidden');
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
      return { id: outcome.documents[0]?.id as string, offer };
    });
  },
});

async function markWords(page: Page, words: string, key: 'q' | 's' | 'f', options: { edges?: boolean }): Promise<void> {
  const start = ARABIC_NEWS.indexOf(words);
  await dragSelect(page, start, start + words.length, options);
  await page.keyboard.press(key);
}

export { expect };
