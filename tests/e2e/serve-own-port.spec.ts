import { createServer } from 'node:net';
import { preferredPort } from '../../electron/cli/preferred-port';
import { BUILT_CLI } from '../../scripts/build-outputs';
import { SCRAPED_TITLE, expect, test } from './article';
import { type Server, restartUnder, startServer } from './serve';
import { openFromLibrary } from './splitview/helpers';

/**
 * Browser mode started without --port, as a journalist runs it: the browser remembers some
 * choices per site (origin), among them a page kept whole rather than split. On a new random
 * port each start, the offer to split came back after every restart.
 */
test.describe('isnad serve without --port', () => {
  let server: Server | null = null;
  test.afterEach(async () => {
    await server?.stop();
    server = null;
  });

  test('comes back on the corpus’s own port, so a page kept whole stays kept whole after a restart', async ({
    page,
    corpusDir,
    problems,
    openScrapedPage,
  }) => {
    server = await startServer(corpusDir, BUILT_CLI, { ownPort: true });
    expect(new URL(server.url).port).toBe(String(preferredPort(corpusDir)));
    const { offer } = await openScrapedPage(server);
    await offer.getByRole('button', { name: 'Keep as one' }).click();
    await expect(offer).toBeHidden();

    server = await restartUnder(page, server);
    expect(new URL(server.url).port).toBe(String(preferredPort(corpusDir)));
    await openFromLibrary(page, SCRAPED_TITLE);
    await expect(page.getByRole('article', { name: SCRAPED_TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Split offer' })).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('takes any free port when the corpus’s own is taken', async ({ page, corpusDir, problems }) => {
    const own = preferredPort(corpusDir);
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(own, '127.0.0.1', resolve));
    try {
      server = await startServer(corpusDir, BUILT_CLI, { ownPort: true });
      expect(new URL(server.url).port).not.toBe(String(own));
      await page.goto(server.url);
      await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible();
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
    expect(problems).toEqual([]);
  });
});
