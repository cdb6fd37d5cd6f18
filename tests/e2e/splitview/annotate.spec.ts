import { expectPainted } from '../highlights';
import { expect, test, restartUnder, stopUnder } from '../serve';
import { ARABIC_NEWS, ENGLISH_NEWS, FIGURE_YEARS, FULL_NAME, MIXED, QUOTE } from './fixtures';
import { cards, dragSelect, expectSaved, expectTypeCounts, pasteDocument, selectedText, sourcePane, storedOnceCount } from './helpers';

test('each type is made with the mouse and with the keyboard, in Arabic and English, and survives a restart', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);

  // Arabic, mouse: drag over the words, then the floating button or the toolbar.
  await pasteDocument(page, 'هدنة السودان', ARABIC_NEWS);
  const quoteStart = ARABIC_NEWS.indexOf(QUOTE);
  await dragSelect(page, quoteStart, quoteStart + QUOTE.length, { edges: true }); // « and » are not words: exact ends
  expect(await selectedText(page)).toBe(QUOTE);
  await page.getByRole('toolbar', { name: 'Mark selection' }).getByRole('button', { name: 'Quote' }).click();
  const nameStart = ARABIC_NEWS.indexOf(FULL_NAME);
  await dragSelect(page, nameStart + 2, nameStart + FULL_NAME.length - 2); // mid-word: snaps to both words
  expect(await selectedText(page)).toBe(FULL_NAME);
  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Speaker' }).click();
  const yearsStart = ARABIC_NEWS.indexOf(FIGURE_YEARS);
  await dragSelect(page, yearsStart, yearsStart + FIGURE_YEARS.length);
  await page.getByRole('toolbar', { name: 'Mark selection' }).getByRole('button', { name: 'Figure' }).click();
  await expect(cards(page)).toHaveCount(3);

  // Arabic, keyboard: focus the text, move by words with arrows, extend with Shift, mark with Q/S/F.
  await sourcePane(page).focus();
  await page.keyboard.press('Control+Home'); // the document's first word: «أعلن»
  await page.keyboard.press('s');
  await page.keyboard.press('Escape'); // card → back to the text
  await expect(sourcePane(page)).toBeFocused();
  await page.keyboard.press('ArrowDown'); // next paragraph's first word: «وقال»
  // In a right-to-left paragraph, ← reads forward.
  await page.keyboard.press('ArrowLeft'); // «كريستوفر»
  await page.keyboard.press('Shift+ArrowLeft'); // … «هالوران»
  expect(await selectedText(page)).toBe(FULL_NAME);
  await page.keyboard.press('Shift+ArrowRight'); // back to «كريستوفر»
  expect(await selectedText(page)).toBe('كريستوفر');
  await page.keyboard.press('q');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End'); // last word of «وأشار إلى … لن تغادر.»
  expect(await selectedText(page)).toBe('تغادر');
  await page.keyboard.press('f');
  await expectTypeCounts(page, { quotes: 2, speakers: 2, figures: 2 });
  const arabic = await storedOnceCount(server, 'هدنة السودان', 6);
  expect(arabic.map((a) => [a.type, a.text])).toEqual([
    ['speaker', 'أعلن'],
    ['speaker', FULL_NAME], // same start: the longer span first
    ['quote', 'كريستوفر'],
    ['quote', QUOTE],
    ['figure', FIGURE_YEARS],
    ['figure', 'تغادر'],
  ]);

  // English, mouse and keyboard.
  await pasteDocument(page, 'Harbour backlog', ENGLISH_NEWS);
  const q = '"We expect the backlog to clear within 10 days,"';
  const qStart = ENGLISH_NEWS.indexOf(q);
  await dragSelect(page, qStart, qStart + q.length, { edges: true });
  await page.keyboard.press('q');
  const figure = ENGLISH_NEWS.indexOf('1,200 containers');
  await dragSelect(page, figure + 1, figure + 4); // inside "1,200": snaps to the whole number
  await page.keyboard.press('f');
  await page.keyboard.press('Escape'); // from the figure's card back to the text
  await page.keyboard.press('ArrowDown'); // from the selected figure (first paragraph) to «"We…»
  await page.keyboard.press('ArrowDown'); // «Pereira added…»
  expect(await selectedText(page)).toBe('Pereira');
  await page.keyboard.press('ArrowRight');
  expect(await selectedText(page)).toBe('added');
  await page.keyboard.press('ArrowLeft');
  expect(await selectedText(page)).toBe('Pereira');
  await page.keyboard.press('s');
  await expectSaved(page);
  const english = await storedOnceCount(server, 'Harbour backlog', 3);
  expect(english.map((a) => [a.type, a.text])).toEqual([
    ['figure', '1,200'],
    ['quote', q],
    ['speaker', 'Pereira'],
  ]);

  // After a restart of the server and a reload, every annotation is back where it was.
  const restarted = await restartUnder(page, server);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /هدنة السودان/ })
    .click();
  await expectTypeCounts(page, { quotes: 2, speakers: 2, figures: 2 });
  for (const a of arabic) {
    expect(ARABIC_NEWS.slice(a.start, a.end)).toBe(a.text);
    await expectPainted(page, `isnad-annotation-${a.type}-`, a.start, a.end);
  }
  await stopUnder(page, restarted);
  expect(problems).toEqual([]);
});

test('an RTL selection over a Latin name and digits keeps exactly the selected characters, and highlighting moves no glyph', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);
  await pasteDocument(page, 'Mixed', MIXED);
  const span = 'ohn Smith إن 7'; // deliberately cut mid-word at both ends
  const start = MIXED.indexOf(span);
  const end = start + span.length;
  const glyphs = async () =>
    page.evaluate(() => {
      const p = document.querySelector('p[data-start]') as HTMLElement;
      // Relative to the paragraph: the page may still settle or scroll (a notice, the card list),
      // which moves the paragraph whole; what must not move is a glyph within it.
      const box = p.getBoundingClientRect();
      const out: number[][] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          out.push([Math.round((r.x - box.x) * 10) / 10, Math.round(r.y - box.y)]);
        }
      }
      return out;
    });
  const unhighlighted = await glyphs();

  // Without Alt, a drag that starts and ends mid-word snaps to whole words…
  await dragSelect(page, start, end, { edges: true });
  expect(await selectedText(page)).toBe('John Smith إن 75');
  await page.keyboard.press('f');
  await page.keyboard.press('Escape'); // card → text
  await page.keyboard.press('Escape'); // nothing selected: no edge handles in the way
  // …with Alt held, exactly the characters dragged over are kept.
  await dragSelect(page, start, end, { alt: true });
  expect(await selectedText(page)).toBe(span);
  await page.keyboard.press('q');
  const stored = await storedOnceCount(server, 'Mixed', 2);
  const figure = stored.find((a) => a.type === 'figure');
  expect([figure?.text, figure?.start]).toEqual(['John Smith إن 75', start - 1]);
  const quote = stored.find((a) => a.type === 'quote');
  expect([quote?.start, quote?.end, quote?.text]).toEqual([start, end, span]);

  // The glyphs sit where they sat before anything was highlighted: same visual order.
  await page.keyboard.press('Escape');
  expect(await glyphs()).toEqual(unhighlighted);
  expect(problems).toEqual([]);
});

test('an emoji before the span does not shift offsets', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await pasteDocument(page, 'Emoji', MIXED);
  const word = 'المدير';
  const start = MIXED.indexOf(word);
  expect(start).toBe(7); // «قال 😀 »: the emoji counts as two UTF-16 units (6 code points)
  await dragSelect(page, start, start + word.length);
  await page.keyboard.press('s');
  // Keyboard, character by character, across the emoji: it is one character, never half.
  await sourcePane(page).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home'); // «قال»
  await page.keyboard.press('Shift+Alt+ArrowLeft'); // + space
  await page.keyboard.press('Shift+Alt+ArrowLeft'); // + 😀 (both halves)
  expect(await selectedText(page)).toBe('قال 😀');
  await page.keyboard.press('f');
  const stored = await storedOnceCount(server, 'Emoji', 2);
  const speaker = stored.find((a) => a.type === 'speaker');
  expect([speaker?.start, speaker?.end, speaker?.text]).toEqual([start, start + word.length, word]);
  const figure = stored.find((a) => a.type === 'figure');
  expect([figure?.start, figure?.end, figure?.text]).toEqual([0, 'قال 😀'.length, 'قال 😀']);
  await cards(page).filter({ hasText: word }).click();
  await expect(cards(page).filter({ hasText: word }).getByText('7–13 (6–12 code points)')).toBeVisible();
  expect(problems).toEqual([]);
});
