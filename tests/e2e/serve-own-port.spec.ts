import { createServer } from 'node:net';
import { ARABIC_SCRAPED_PAGE } from '../helpers/import-fixtures';
import { preferredPort } from '../../electron/cli/preferred-port';
import { api } from './api';
import { BUILT_CLI } from '../../scripts/build-outputs';
import { type Server, expect, restartUnder, startServer, test } from './serve';

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
  }) => {
    server = await startServer(corpusDir, BUILT_CLI, { ownPort: true });
    expect(new URL(server.url).port).toBe(String(preferredPort(corpusDir)));
    await api(server, 'importText', { title: 'صفحة مجمعة', text: ARABIC_SCRAPED_PAGE });
    await page.goto(server.url);
    await page
      .getByRole('list', { name: 'Documents' })
      .getByRole('button', { name: /صفحة مجمعة/ })
      .click();
    const offer = page.getByRole('region', { name: 'Split offer' });
    await expect(offer).toContainText('2 articles run together');
    await offer.getByRole('button', { name: 'Keep as one' }).click();
    await expect(offer).toBeHidden();

    server = await restartUnder(page, server);
    expect(new URL(server.url).port).toBe(String(preferredPort(corpusDir)));
    await page
      .getByRole('list', { name: 'Documents' })
      .getByRole('button', { name: /صفحة مجمعة/ })
      .click();
    await expect(page.getByRole('article', { name: 'صفحة مجمعة' })).toBeVisible();
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
