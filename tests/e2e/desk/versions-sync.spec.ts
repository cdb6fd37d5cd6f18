import { api } from '../api';
import { expect, test } from '../serve';
import { cards } from '../splitview/helpers';
import { ARTICLE, TITLE, annotate, shot, syncThroughApi, withDesk } from './fixtures';

test.use({ viewport: { width: 1400, height: 900 } });

/** Layla's correction changes the figure; Omar's drops the second paragraph. Both made offline. */
const LAYLA_V2 = ARTICLE.replace('75', '77');
const OMAR_V2 = ARTICLE.replace('\n\nوأكدت الوزارة أن الوضع تحت السيطرة رغم الأضرار.', '');

test('two reporters import a new version of one article offline: after the sync both texts are versions to compare, the flags and the orphan show', async ({
  page,
  server,
  corpusDir,
  problems,
}) => {
  test.setTimeout(240_000);
  await withDesk(server, corpusDir, async ({ url, omarCopy }) => {
    const doc = await api<{ id: string }>(server, 'addDocument', { title: TITLE, text: ARTICLE });
    await annotate(server, doc.id, 'figure', '75', { attributes: { value: 75, kind: 'count' }, verdict: { status: 'verified' } });
    await annotate(server, doc.id, 'quote', 'الوضع تحت السيطرة');
    await api(server, 'setSyncRemote', { url, token: 'tok-layla' });
    await syncThroughApi(server);
    const omar = await omarCopy();

    // Offline, each imports their correction; Omar's comes in later.
    await api(server, 'addDocumentVersion', { documentId: doc.id, text: LAYLA_V2 });
    await api(omar, 'addDocumentVersion', { documentId: doc.id, text: OMAR_V2 });
    await syncThroughApi(server);
    await syncThroughApi(omar);
    await syncThroughApi(server);

    await page.goto(server.url);
    await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: TITLE }).click();
    await expect(page.locator('.version-badge')).toHaveText('Version 3 of 3');
    // The figure read 77 on Layla's text and reads 75 on the current one: flagged, its verdict to re-check.
    const figure = cards(page).filter({ hasText: 'Figure' });
    await expect(figure).toHaveCount(1);
    await expect(figure).toContainText('changed: review');
    await expect(figure).toContainText('re-check verdict');
    // Her quote in the dropped paragraph is an orphan, listed once.
    await page.getByRole('button', { name: 'Orphaned annotations (1)' }).click();
    await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toContainText('الوضع تحت السيطرة');

    // Layla's text is version 2: read alone in Compare, nothing lost.
    await page.getByRole('button', { name: 'Compare versions…' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare versions' });
    await compare.getByLabel('Older').selectOption('2');
    await compare.getByRole('button', { name: 'Show version 2 only' }).click();
    await expect(compare.locator('.version-diff')).toContainText('77 شخصاً');
    await expect(compare.locator('.version-diff')).toContainText('الوضع تحت السيطرة');
    await shot(page, 'versions-sync-compare');
    await compare.getByRole('button', { name: 'Close' }).click();

    // Omar's copy holds the same history.
    for (const [v, text] of [
      [1, ARTICLE],
      [2, LAYLA_V2],
      [3, OMAR_V2],
    ] as const) {
      expect((await api<{ text: string }>(omar, 'getDocumentVersion', { documentId: doc.id, version: v })).text).toBe(text);
    }
    expect(problems).toEqual([]);
  });
});
