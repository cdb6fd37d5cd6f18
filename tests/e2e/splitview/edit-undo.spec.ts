import type { FigureAnnotation, QuoteAnnotation, SpeakerAnnotation } from '../../../shared/domain/annotation';
import { type PastedArticle, expect, test } from '../article';
import { ARABIC_NEWS, FIGURE_RANGE, FULL_NAME, QUOTE } from './fixtures';
import { callApi, cards, charBox, openFromLibrary, pasteDocument, sourcePane, storedDocument, storedOnceCount } from './helpers';

/** The article's stored quote, speaker and figure (these tests mark one of each at most). */
async function storedByType(article: PastedArticle) {
  const all = await article.stored();
  return {
    quote: all.find((a): a is QuoteAnnotation => a.type === 'quote'),
    speaker: all.find((a): a is SpeakerAnnotation => a.type === 'speaker'),
    figure: all.find((a): a is FigureAnnotation => a.type === 'figure'),
    all,
  };
}

test('link a quote to its speaker, edit a figure and a verdict; undo and redo each step, and every step is stored', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  // Suggestions are not what this test is about: hidden, the (virtualized) list holds only
  // the annotations, however many suggestions the rules find in the fixture.
  await pastedArticle.hideSuggestions();
  await pastedArticle.mark(FULL_NAME, 's');
  await pastedArticle.mark(QUOTE, 'q', { edges: true });
  await pastedArticle.mark(FIGURE_RANGE, 'f');
  await expect(cards(page)).toHaveCount(3);

  const quoteCard = pastedArticle.card('quote', 'نحن نعمل');
  const figureCard = pastedArticle.card('figure', FIGURE_RANGE);
  const stored = () => storedByType(pastedArticle);
  // Link: the quote's card offers the document's speakers.
  await quoteCard.click();
  await page.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption({ label: FULL_NAME });
  await expect(quoteCard).toContainText(`— ${FULL_NAME}`);
  // Figure: normalized value typed as a range, and a verdict.
  await figureCard.click();
  await page.getByLabel('Normalized value').fill('40-50');
  await page.getByLabel('Normalized value').press('Enter');
  await page.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption('verified');
  await expect.poll(async () => (await stored()).figure?.verdict.status).toBe('verified');
  let s = await stored();
  expect(s.quote?.attributes.speakerId).toBe(s.speaker?.id);
  expect(s.figure?.attributes.value).toEqual([40, 50]);
  expect(s.figure?.verdict.status).toBe('verified');

  // Filters: by verdict, then by type.
  const filters = page.getByRole('group', { name: 'Filter annotations' });
  await filters.getByRole('combobox', { name: 'Verdict filter' }).selectOption('verified');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(FIGURE_RANGE);
  await filters.getByRole('button', { name: /Figures/ }).click();
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByText('No annotation matches these filters.')).toBeVisible();
  await filters.getByRole('combobox', { name: 'Verdict filter' }).selectOption('all');
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).filter({ hasText: FIGURE_RANGE })).toHaveCount(0);
  await filters.getByRole('button', { name: /Figures/ }).click();
  await expect(cards(page)).toHaveCount(3);

  // Undo from the text (not a field): verdict, then value, then the link. Each undo is stored.
  await sourcePane(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored()).figure?.verdict.status).toBe('unchecked');
  await page.keyboard.press('Control+z');
  await expect(figureCard).toContainText('no value yet');
  await expect.poll(async () => (await stored()).figure?.attributes.value).toBeNull();
  await page.keyboard.press('Control+z');
  await expect(quoteCard).toContainText('no speaker yet');
  await expect.poll(async () => (await stored()).quote?.attributes.speakerId).toBeNull();

  // Redo all three (Ctrl+Shift+Z), then reload: the redone state is what was stored.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await stored()).figure?.verdict.status).toBe('verified');
  await pastedArticle.reopen();
  await expect(quoteCard).toContainText(`— ${FULL_NAME}`);
  await expect(figureCard).toContainText('40–50');
  await expect(figureCard).toContainText('Verified');
  s = await stored();
  expect(s.quote?.attributes.speakerId).toBe(s.speaker?.id);
  expect(s.figure?.attributes.value).toEqual([40, 50]);
  expect(s.figure?.verdict.status).toBe('verified');
  expect(problems).toEqual([]);
});

test('deleting a speaker unlinks its quote; undo restores both the speaker and the link, on disk too', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  const quoteCard = pastedArticle.card('quote', 'نحن نعمل');
  const speakerCard = pastedArticle.card('speaker', FULL_NAME);
  const stored = () => storedByType(pastedArticle);
  await pastedArticle.mark(QUOTE, 'q', { edges: true });
  // "New speaker from text…" on the quote card, then the name selected in the text and S.
  await page.getByRole('button', { name: 'New speaker from text…' }).click();
  await expect(page.getByRole('toolbar', { name: 'Annotate' }).getByText('Marking the quote’s speaker')).toBeVisible();
  await pastedArticle.mark(FULL_NAME, 's');
  await expect(quoteCard).toContainText(`— ${FULL_NAME}`);
  await expect.poll(async () => (await stored()).quote?.attributes.speakerId ?? null).not.toBeNull();
  const before = await stored();
  expect(before.quote?.attributes.speakerId).toBe(before.speaker?.id);

  await speakerCard.click();
  await speakerCard.press('Delete');
  await expect(cards(page)).toHaveCount(1);
  await expect(quoteCard).toContainText('no speaker yet');
  await expect.poll(async () => (await stored()).all.length).toBe(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(2);
  await expect(quoteCard).toContainText(`— ${FULL_NAME}`);
  await expect.poll(async () => (await stored()).all.length).toBe(2);
  const after = await stored();
  expect(after.speaker?.id).toBe(before.speaker?.id);
  expect(after.quote?.attributes.speakerId).toBe(before.speaker?.id);

  // One undo takes back "new speaker from text": the speaker and the link together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect.poll(async () => (await stored()).all.map((a) => a.type)).toEqual(['quote']);
  expect(problems).toEqual([]);
});

test('a span is adjusted with Shift+Arrow on its card and by dragging its edge; both undo', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  const start = ARABIC_NEWS.indexOf(FULL_NAME);
  await pastedArticle.mark('كريستوفر', 's');
  const speakerCard = cards(page).filter({ hasText: 'كريستوفر' });
  const spanText = speakerCard.locator('.card-text');
  const storedText = async () => (await pastedArticle.stored())[0]?.text;
  await expect(speakerCard).toBeFocused();
  // RTL document: Shift+← grows the end by a word, Shift+→ shrinks it; Alt goes by character.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(spanText).toHaveText(FULL_NAME);
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  await expect(spanText).toHaveText(FULL_NAME + '،');
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect(spanText).toHaveText(FULL_NAME);
  await page.keyboard.press('Control+Shift+ArrowRight'); // start one word earlier
  await expect(spanText).toHaveText(`وقال ${FULL_NAME}`);
  await expect.poll(storedText).toBe(`وقال ${FULL_NAME}`);
  const [speaker] = await pastedArticle.stored();
  expect(ARABIC_NEWS.slice(speaker?.start, speaker?.end)).toBe(speaker?.text);

  // Drag the start edge onto «كريستوفر»: snaps to the word.
  const handle = page.locator('.edge-start');
  await expect(handle).toBeVisible();
  const box = await handle.boundingBox();
  const inside = await charBox(page, start + 2); // a letter inside «كريستوفر»
  await page.mouse.move(Math.round((box?.x ?? 0) + 6), Math.round((box?.y ?? 0) + 10));
  await page.mouse.down();
  await page.mouse.move(Math.round(inside.x + inside.width / 3), Math.round(inside.y + inside.height / 2), { steps: 5 });
  await page.mouse.up();
  await expect(spanText).toHaveText(FULL_NAME);
  await expect.poll(async () => (await pastedArticle.stored()).map((a) => [a.start, a.text])).toEqual([[start, FULL_NAME]]);

  await page.keyboard.press('Control+z');
  await expect(spanText).toHaveText(`وقال ${FULL_NAME}`);
  await expect.poll(storedText).toBe(`وقال ${FULL_NAME}`);
  expect(problems).toEqual([]);
});

test('a figure value that is not a number is refused with a reason and nothing stored changes', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  const storedValue = async () => ((await pastedArticle.stored())[0] as FigureAnnotation).attributes.value;
  await pastedArticle.mark(FIGURE_RANGE, 'f');
  const value = page.getByLabel('Normalized value');
  await value.fill('75');
  await value.press('Enter');
  await expect.poll(storedValue).toBe(75);
  await value.fill('كثير');
  await value.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a number' })).toBeVisible();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await value.fill('50-40');
  await value.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'the range starts above its end' })).toBeVisible();
  expect(await storedValue()).toBe(75);
  expect(problems).toEqual([]);
});

test('undo survives switching documents, but not a change made to the document in another window', async ({
  page,
  server,
  problems,
  pastedArticle,
}) => {
  const { title } = pastedArticle;
  await pastedArticle.mark(FIGURE_RANGE, 'f');
  await storedOnceCount(server, title, 1);
  const undo = page.getByRole('button', { name: 'Undo' });
  await pasteDocument(page, 'Other', 'Another article entirely.');
  await openFromLibrary(page, title);
  await expect(cards(page)).toHaveCount(1);
  await expect(undo).toBeEnabled();

  // Another window marks the speaker while this screen shows the other article.
  await openFromLibrary(page, 'Other');
  const doc = await storedDocument(server, title);
  const start = ARABIC_NEWS.indexOf(FULL_NAME);
  await callApi(server, 'createAnnotation', { documentId: doc.id, type: 'speaker', start, end: start + FULL_NAME.length, text: FULL_NAME });
  await openFromLibrary(page, title);
  await expect(cards(page)).toHaveCount(2);
  // Replaying the old steps could take back the other window's work, so there is nothing to undo.
  await expect(undo).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(cards(page)).toHaveCount(2);
  expect((await pastedArticle.stored()).map((a) => a.type).sort()).toEqual(['figure', 'speaker']);
  expect(problems).toEqual([]);
});

test.describe('an English paragraph in an Arabic article', () => {
  test.use({ articleText: `${ARABIC_NEWS}\nThe ministry said on Tuesday that 42 people died.` });

  test('Shift+Arrow on a card follows its own paragraph: it runs left to right there', async ({
    page,
    server,
    problems,
    pastedArticle,
  }) => {
    await pastedArticle.mark('The', 'q'); // the first word of «The ministry»
    const quoteCard = cards(page).filter({ hasText: 'The' });
    await expect(quoteCard).toBeFocused();
    await page.keyboard.press('Shift+ArrowRight'); // in left-to-right text, → grows the end
    await expect(quoteCard.locator('.card-text')).toHaveText('The ministry');
    await expect.poll(async () => (await pastedArticle.stored())[0]?.text).toBe('The ministry');
    expect(problems).toEqual([]);
  });
});
