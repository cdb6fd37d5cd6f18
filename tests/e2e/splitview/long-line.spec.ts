import { paintedExactly, paintedPieces } from '../highlights';
import { expect, test } from '../serve';
import { callApi, cards, dragSelect, pasteDocument, storedOnceCount } from './helpers';

// A scraped article whose line breaks were all lost: one line of ~12 K characters.
const SENTENCE = 'قال المتحدث باسم الوزارة إن المفاوضات مستمرة منذ أسابيع طويلة في الدوحة. ';
const LINE = `${SENTENCE.repeat(80)}John Smith ${SENTENCE.repeat(80)}`.trim();

test('an article with no line breaks is drawn in right-to-left blocks, and a quote across two blocks is exact', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);
  await pasteDocument(page, 'سطر واحد', LINE);
  const blocks = page.locator('p.paragraph.block');
  await expect(blocks.first()).toBeVisible();
  expect(await blocks.count()).toBeGreaterThan(1);
  // Every block keeps the line's direction, whatever its first letter.
  for (const dir of await blocks.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).direction))) expect(dir).toBe('rtl');

  // Select from the last sentence of the first block into the second, and mark it as a quote.
  const firstEnd = Number(await blocks.first().getAttribute('data-end'));
  const start = LINE.lastIndexOf('قال', firstEnd - 10);
  const end = LINE.indexOf('الدوحة', firstEnd) + 'الدوحة'.length;
  await dragSelect(page, start, end);
  await page.keyboard.press('q');
  await expect(cards(page)).toHaveCount(1);
  const [quote] = await storedOnceCount(server, 'سطر واحد', 1);
  expect(quote).toMatchObject({ type: 'quote', start, end, text: LINE.slice(start, end) });
  // The highlight is painted in both blocks, up to the first one's end and on from the second's start.
  await expect.poll(async () => paintedExactly(await paintedPieces(page), 'isnad-annotation-quote-', start, end)).toBe(true);
  const pieces = (await paintedPieces(page)).filter((p) => p.name.startsWith('isnad-annotation-quote-'));
  expect([pieces.some((p) => p.end === firstEnd), pieces.some((p) => p.start === firstEnd)]).toEqual([true, true]);
  expect(problems).toEqual([]);
});

test('boilerplate that starts inside a line is shaded on its own; the article sentence before it is not', async ({
  page,
  server,
  problems,
}) => {
  const text = 'وقال المتحدث إن الهدنة صامدة حتى الآن. اقرأ أيضاً: خبر آخر عن الهدنة في غزة\nوأضاف أن المفاوضات مستمرة.';
  const doc = await callApi<{ id: string }>(server, 'addDocument', { title: 'منطقة', text });
  const start = text.indexOf('اقرأ');
  await callApi(server, 'updateDocument', {
    id: doc.id,
    regions: [{ id: 'r1', start, end: text.indexOf('\n'), kind: 'read-also', label: 'Read also', excluded: true }],
  });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /منطقة/ }).click();
  const shaded = page.locator('.paragraph-item.in-region');
  await expect(shaded).toHaveCount(1);
  await expect(shaded.locator('p.paragraph')).toHaveText('اقرأ أيضاً: خبر آخر عن الهدنة في غزة');
  await expect(page.locator('.paragraph-item:not(.in-region) p.paragraph').first()).toHaveText('وقال المتحدث إن الهدنة صامدة حتى الآن. ');
  expect(problems).toEqual([]);
});
