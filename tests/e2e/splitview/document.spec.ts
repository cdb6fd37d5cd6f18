import type { Document, DocumentSummary, Region } from '../../../shared/domain/document';
import { clickText, inView, paintedAt } from '../highlights';
import { expect, test } from '../article';
import { ARABIC_NEWS, QUOTE, longAnnotations, longArticle } from './fixtures';
import { callApi, cards, dragSelect, selectedText, sourcePane, storedDocument, storedOnceCount } from './helpers';

const TITLE = 'هدنة';

test('boilerplate regions from import are shaded, labelled and can be included or excluded (undoable, stored)', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  // What import produces: regions over the "read also" line and the source/keywords lines.
  const doc = await storedDocument(server, TITLE);
  const readAlso = ARABIC_NEWS.indexOf('اقرأ أيضاً');
  const sourceLine = ARABIC_NEWS.indexOf('المصدر:');
  const regions: Region[] = [
    { id: 'r1', start: readAlso, end: ARABIC_NEWS.indexOf('\n', readAlso), kind: 'read-also', label: '', excluded: true },
    { id: 'r2', start: sourceLine, end: ARABIC_NEWS.length, kind: 'footer', label: 'source and keywords', excluded: true },
  ];
  await callApi<DocumentSummary>(server, 'updateDocument', { id: doc.id, regions });
  await page.reload();
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();

  const readAlsoBlock = page.getByRole('group', { name: 'Boilerplate · Read also' });
  await expect(readAlsoBlock).toContainText('Excluded from exports and suggestions');
  await expect(page.getByRole('group', { name: 'Boilerplate · source and keywords' })).toBeVisible();
  // Excluded text is visibly different from the article: greyed on a hatched background.
  const colour = (text: string) => page.locator('p.paragraph', { hasText: text }).evaluate((p) => getComputedStyle(p).color);
  expect(await colour('اقرأ أيضاً')).not.toBe(await colour('أعلن مكتب'));
  const hatched = await page.locator('.paragraph-item', { hasText: 'كلمات دلالية' }).evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(hatched).toContain('repeating-linear-gradient');

  await readAlsoBlock.getByRole('button', { name: 'Include' }).click();
  await expect(readAlsoBlock).toContainText('Included');
  await expect.poll(async () => (await storedDocument(server, TITLE)).regions.map((r) => r.excluded)).toEqual([false, true]);
  expect(await colour('اقرأ أيضاً')).toBe(await colour('أعلن مكتب'));
  await page.keyboard.press('Control+z');
  await expect(readAlsoBlock).toContainText('Excluded');
  await expect.poll(async () => (await storedDocument(server, TITLE)).regions.map((r) => r.excluded)).toEqual([true, true]);
  // Nothing else about the regions changed.
  expect((await storedDocument(server, TITLE)).regions).toEqual(regions);
  expect(problems).toEqual([]);
});

test('title and source metadata are edited in place; bad values are refused with a reason and not stored', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  const header = page.getByRole('article', { name: TITLE }).locator('header');
  await header.getByLabel('Outlet').fill('وكالات');
  await header.getByLabel('Outlet').press('Enter');
  await header.getByLabel('Published').fill('12/05/2024');
  await header.getByLabel('Published').press('Enter');
  await expect(header.getByRole('alert')).toHaveText('"12/05/2024" is not a date: write it as YYYY-MM-DD (e.g. 2024-10-07)');
  await header.getByLabel('Published').fill('2024-05-12');
  await header.getByLabel('Published').press('Enter');
  await header.getByLabel('URL').fill('www.example.org/news');
  await header.getByLabel('URL').press('Tab');
  await expect(header.getByRole('alert')).toHaveText(
    '"www.example.org/news" is not a web address: it starts with http:// or https:// and has no spaces',
  );
  await header.getByLabel('URL').fill('https://example.org/news/1');
  await header.getByLabel('URL').press('Enter');
  await header.getByLabel('Title').fill('   ');
  await header.getByLabel('Title').press('Enter');
  await expect(header.getByRole('alert')).toHaveText('The title cannot be empty');
  await expect
    .poll(async () => (await storedDocument(server, TITLE)).source)
    .toMatchObject({ outlet: 'وكالات', publishedAt: '2024-05-12', author: '', url: 'https://example.org/news/1' });
  await expect(page.getByRole('list', { name: 'Documents' })).toContainText('وكالات');

  await header.getByLabel('Title').fill('هدنة السودان');
  await header.getByLabel('Title').press('Enter');
  await expect(page.getByRole('article', { name: 'هدنة السودان' })).toBeVisible();
  await expect.poll(async () => (await storedDocument(server, 'هدنة السودان').catch(() => null))?.title).toBe('هدنة السودان');
  // Undo (outside the field) takes the title back.
  await sourcePane(page).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
  await expect.poll(async () => (await storedDocument(server, TITLE).catch(() => null))?.title).toBe(TITLE);
  expect(problems).toEqual([]);
});

test('a failed save is shown, retried and never dropped', async ({ page, server, problems, pastedArticle }) => {
  // The local server becomes unreachable for annotation writes.
  await page.route('**/api/applyAnnotationEdits', (route) => route.abort('connectionrefused'));
  const start = ARABIC_NEWS.indexOf(QUOTE);
  await dragSelect(page, start, start + QUOTE.length, { edges: true });
  await page.keyboard.press('q');
  await expect(cards(page)).toHaveCount(1);
  const status = page.getByRole('status').filter({ hasText: 'Not saved' });
  await expect(status).toContainText('1 change waiting');
  await expect(status).toContainText(/Retrying/);
  expect((await storedDocument(server, TITLE)).annotations).toEqual([]);
  // A second change queues behind the first, in order.
  await page.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption('disputed');
  await expect(status).toContainText('2 changes waiting');

  await page.unroute('**/api/applyAnnotationEdits');
  await status.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const [quote] = await storedOnceCount(server, TITLE, 1);
  expect([quote?.text, quote?.verdict.status]).toEqual([QUOTE, 'disputed']);
  problems.length = 0; // the refused requests are logged by the browser as failed loads
});

test('a 200 KB article with 2,000 annotations is virtualized; navigation targets scroll, select and flash', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const text = longArticle();
  const doc = await callApi<Document>(server, 'addDocument', { title: 'Long', text });
  const edits = longAnnotations(doc.text);
  await callApi(server, 'applyAnnotationEdits', { documentId: doc.id, edits });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Long/ }).click();
  await expect(page.getByRole('button', { name: 'Quotes' })).toContainText(String(edits.filter((e) => e.type === 'quote').length));
  const paragraphs = doc.text.split('\n\n').length;
  const rendered = await page.locator('p.paragraph').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(paragraphs / 10);

  // A search result (another feature) opens an annotation near the end.
  const last = edits[edits.length - 1] as (typeof edits)[number];
  // The flash lasts 1.4 s, which a loaded machine may spend before this test looks: each one
  // that starts is recorded as it starts, with where it stood on screen then.
  await page.evaluate(() => {
    const seen: Array<{ inPane: boolean }> = [];
    (window as unknown as { flashes: typeof seen }).flashes = seen;
    document.addEventListener('animationstart', (e) => {
      if (e.animationName !== 'span-flash' || !(e.target instanceof HTMLElement) || !e.target.matches('.span-box.flash')) return;
      const box = e.target.getBoundingClientRect();
      const pane = (document.querySelector('.source-pane') as HTMLElement).getBoundingClientRect();
      seen.push({ inPane: box.width > 0 && box.height > 0 && box.top >= pane.top && box.bottom <= pane.bottom });
    });
  });
  await page.evaluate(
    ([id, annotationId]) => window.isnadNavigation?.getState().openDocument(id as string, { annotationId: annotationId as string }),
    [doc.id, last.id],
  );
  await expect.poll(() => inView(page, last.start)).toBe(true);
  // Its middle: the drag handles stand over its ends.
  await expect.poll(() => paintedAt(page, last.start + 4)).toContain(`isnad-selected-${last.type}`);
  // It flashed, over the text on screen.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { flashes: Array<{ inPane: boolean }> }).flashes))
    .toContainEqual({ inPane: true });
  await expect(page.getByRole('list', { name: 'Annotations' }).locator(`[data-card-id="${last.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );

  // A span target in the middle: scrolled to and selected, ready for Q/S/F.
  const middle = doc.text.indexOf('Reuters', Math.floor(doc.text.length / 2));
  await page.evaluate(
    ([id, start]) => window.isnadNavigation?.getState().openDocument(id as string, { start: start as number, end: (start as number) + 7 }),
    [doc.id, middle] as const,
  );
  await expect.poll(() => selectedText(page)).toBe('Reuters');
  await expect.poll(() => inView(page, middle)).toBe(true);
  await expect.poll(() => paintedAt(page, middle)).toContain('isnad-target');
  // Asking again for the same place scrolls again (targetSeq), even after scrolling away.
  await sourcePane(page).evaluate((el) => el.scrollTo(0, 0));
  await page.evaluate(
    ([id, start]) => window.isnadNavigation?.getState().openDocument(id as string, { start: start as number, end: (start as number) + 7 }),
    [doc.id, middle] as const,
  );
  await expect.poll(() => inView(page, middle)).toBe(true);
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Figures' })).toContainText(
    (edits.filter((e) => e.type === 'figure').length + 1).toLocaleString('en-US'),
  );

  // Clicking a card scrolls its highlight into view; clicking a highlight selects its card.
  const first = edits[0] as (typeof edits)[number];
  await page.getByRole('list', { name: 'Annotations' }).evaluate((el) => el.parentElement?.scrollTo(0, 0));
  await cards(page).first().click();
  await expect.poll(() => inView(page, first.start)).toBe(true);
  const second = edits[1] as (typeof edits)[number];
  await clickText(page, second.start + 2);
  await expect(page.getByRole('list', { name: 'Annotations' }).locator(`[data-card-id="${second.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  expect(problems).toEqual([]);
});
