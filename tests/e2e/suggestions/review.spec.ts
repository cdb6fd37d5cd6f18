import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SuggestionsResult } from '../../../shared/contract/suggestions';
import type { QuoteAnnotation, SpeakerAnnotation } from '../../../shared/domain/annotation';
import type { Document, DocumentSummary } from '../../../shared/domain/document';
import { clickText, expectPainted, paintedAt } from '../highlights';
import { type Server, expect, test } from '../serve';
import { longArticle } from '../splitview/fixtures';
import { callApi, cards, charBox, dragSelect, expectSaved, pasteDocument, selectedText, sourcePane } from '../splitview/helpers';
import { AR, ARABIC_HEALTH, EN, ENGLISH_WATER } from './fixtures';
import { suggestionBar, suggestionCard, suggestionCards, suggestionHighlightCount } from './helpers';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

/** The document as the server stores it, through the API. */
async function stored(server: Server, title: string): Promise<Document> {
  const list = await callApi<DocumentSummary[]>(server, 'listDocuments', {});
  const summary = list.find((d) => d.title === title);
  if (!summary) throw new Error(`no document titled ${title}`);
  return callApi<Document>(server, 'getDocument', { id: summary.id });
}

/** A suggestion's dashed highlight over `text` (its first place from `from`), as the browser paints it. */
function highlight(page: Page, type: 'quote' | 'speaker' | 'figure', text: string, source: string, from = 0) {
  const start = source.indexOf(text, from);
  const end = start + text.length;
  return {
    /** Painted dashed, in its type's pattern, over exactly these characters. */
    shown: () => expectPainted(page, `isnad-suggested-${type}-`, start, end),
    gone: () => expectPainted(page, `isnad-suggested-${type}-`, start, end, false),
    click: () => clickText(page, start + 1),
    /** The suggestion under review: its light fill is painted over the dashes. */
    selected: () => expect.poll(() => paintedAt(page, start + 1)).toContain(`isnad-selected-suggested-${type}`),
  };
}

function annotationCard(page: Page, type: string, text: string) {
  return page.getByRole('list', { name: 'Annotations' }).getByRole('group', { name: `${type}: ${text}`, exact: true });
}

async function openFromLibrary(page: Page, title: string) {
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('article', { name: title })).toBeVisible();
}

test('Arabic: review with the keys, accept all figures, undo and redo, and what was reviewed stays after a reload', async ({
  page,
  server,
  problems,
}) => {
  const title = 'خطة المستشفيات';
  await page.goto(server.url);
  await pasteDocument(page, title, ARABIC_HEALTH);

  // A fresh document gets its suggestions without asking: dashed highlights by type, suggested cards.
  await expect(suggestionBar(page)).toContainText('suggestions');
  await highlight(page, 'speaker', AR.minister, ARABIC_HEALTH).shown();
  await highlight(page, 'figure', AR.cost, ARABIC_HEALTH).shown();
  await expect(cards(page)).toHaveCount(0);
  expect((await stored(server, title)).annotations).toEqual([]);
  const direct = suggestionCard(page, 'quote', AR.directQuote);
  await expect(direct).toContainText('Suggested');
  await expect(direct).toContainText('95%'); // calibrated confidence
  await expect(direct).toContainText(`— ${AR.minister}`);
  await expect(direct).toContainText('cue وأضافت');

  // Clicking a dashed highlight focuses its card, which says what accepting takes along.
  await highlight(page, 'quote', AR.directQuote, ARABIC_HEALTH).click();
  await expect(direct).toBeFocused();
  await expect(direct).toContainText(`Accepting also marks the speaker’s mentions ${AR.minister} · ${AR.ministerSurname}`);
  await highlight(page, 'quote', AR.directQuote, ARABIC_HEALTH).selected();
  await page.screenshot({ path: join(SHOTS, 'suggestions-arabic-split-view.png') });
  await page.locator('.source-content').screenshot({ path: join(SHOTS, 'suggestions-arabic-text.png') });
  await page.getByRole('complementary', { name: 'Annotation panel' }).screenshot({ path: join(SHOTS, 'suggestions-arabic-panel.png') });

  // A accepts the quote with its speaker (and the earlier full mention): three annotations,
  // linked, each marked as coming from a suggestion; focus moves to the next suggestion.
  await page.keyboard.press('a');
  await expect(cards(page)).toHaveCount(3);
  await expect(annotationCard(page, 'Quote', AR.directQuote)).toContainText(`— ${AR.minister}`);
  for (const card of await cards(page).all()) await expect(card).toContainText('suggested');
  await expect(direct).toHaveCount(0);
  await highlight(page, 'quote', AR.directQuote, ARABIC_HEALTH).gone();
  await expect(suggestionBar(page)).toContainText('Accepted the quote and its speaker');
  const costQuote = suggestionCard(page, 'quote', 'وبلغت كلفة المشروع نحو 450 مليون دينار');
  await expect(costQuote).toBeFocused();

  // X rejects it (a cost figure is not a quote); focus moves on to the figure inside it.
  await page.keyboard.press('x');
  await expect(costQuote).toHaveCount(0);
  await expect(suggestionCard(page, 'figure', AR.cost)).toBeFocused();

  // Accept all figures: every figure on offer, in one step.
  const figures = suggestionBar(page).getByRole('button', { name: 'Accept all: Figures (4)' });
  await figures.click();
  await expect(cards(page)).toHaveCount(7);
  await expect(suggestionCards(page).locator('.card-figure')).toHaveCount(0);
  await expect(suggestionCards(page).and(page.locator('.card-figure'))).toHaveCount(0);
  await expect(suggestionBar(page).getByRole('button', { name: 'Accept all: Figures (0)' })).toBeDisabled();

  // Undo brings the figures back as suggestions, redo accepts them again; undoing the
  // rejection brings the cost quote back (restored on the server too), redo rejects it again.
  await page.keyboard.press('Control+z');
  await expect(cards(page)).toHaveCount(3);
  await expect(suggestionCard(page, 'figure', AR.percent)).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(cards(page)).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(costQuote).toBeVisible();
  await expectSaved(page);
  await expect.poll(async () => (await stored(server, title)).rejectedSuggestions).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(costQuote).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(cards(page)).toHaveCount(7);
  await expectSaved(page);
  await expect.poll(async () => (await stored(server, title)).rejectedSuggestions.length).toBe(1);

  // Stored: seven annotations with origin "suggested", the quote linked to the surname
  // mention, that mention to the full name; the rejection remembered.
  const doc = await stored(server, title);
  expect(doc.annotations.map((a) => [a.type, a.text, a.origin])).toEqual([
    ['speaker', AR.minister, 'suggested'],
    ['figure', AR.hospitals, 'suggested'],
    ['figure', AR.years, 'suggested'],
    ['speaker', AR.ministerSurname, 'suggested'],
    ['quote', AR.directQuote, 'suggested'],
    ['figure', AR.cost, 'suggested'],
    ['figure', AR.percent, 'suggested'],
  ]);
  const byText = new Map(doc.annotations.map((a) => [a.text, a]));
  expect((byText.get(AR.directQuote) as QuoteAnnotation).attributes.speakerId).toBe(byText.get(AR.ministerSurname)?.id);
  expect((byText.get(AR.ministerSurname) as SpeakerAnnotation).attributes.sameAs).toBe(byText.get(AR.minister)?.id);
  const costStart = ARABIC_HEALTH.indexOf('وبلغت كلفة');
  expect(doc.rejectedSuggestions).toEqual([
    { type: 'quote', start: costStart, end: costStart + 38, text: ARABIC_HEALTH.slice(costStart, costStart + 38) },
  ]);

  // After a reload the document is under review, so suggestions load again: the rejected
  // quote and the accepted ones are not offered, the rest are.
  await page.reload();
  await openFromLibrary(page, title);
  await expect(cards(page)).toHaveCount(7);
  await expect(suggestionCard(page, 'speaker', AR.planner)).toBeVisible();
  await expect(suggestionCard(page, 'quote', AR.plannerQuote)).toBeVisible();
  await expect(costQuote).toHaveCount(0);
  await expect(suggestionCards(page).and(page.locator('.card-figure'))).toHaveCount(0);
  await page
    .getByRole('complementary', { name: 'Annotation panel' })
    .screenshot({ path: join(SHOTS, 'suggestions-arabic-panel-reviewed.png') });
  const offered = await callApi<SuggestionsResult>(server, 'suggestAnnotations', { documentId: doc.id });
  expect(offered.suggestions.map((s) => s.text)).not.toContain(ARABIC_HEALTH.slice(costStart, costStart + 38));
  expect(problems).toEqual([]);
});

test('English: a hand-made annotation hides the same suggestion; G starts the sweep, Backspace and Enter review', async ({
  page,
  server,
  problems,
}) => {
  const title = 'Lead pipes';
  await page.goto(server.url);
  await pasteDocument(page, title, ENGLISH_WATER);
  const cost = suggestionCard(page, 'figure', EN.cost);
  await expect(cost).toBeVisible();
  await highlight(page, 'figure', EN.cost, ENGLISH_WATER).shown();

  // Marking the same words by hand: the suggestion goes (card and dashes); undo brings it back.
  const at = ENGLISH_WATER.indexOf(EN.cost);
  await dragSelect(page, at, at + EN.cost.length, { alt: true }); // "$" is not part of a word: exactly these characters
  expect(await selectedText(page)).toBe(EN.cost);
  await page.keyboard.press('f');
  await expect(annotationCard(page, 'Figure', EN.cost)).toBeVisible();
  await expect(cost).toHaveCount(0);
  await highlight(page, 'figure', EN.cost, ENGLISH_WATER).gone();
  await page.keyboard.press('Control+z');
  await expect(cost).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(cost).toHaveCount(0);
  await expect.poll(async () => (await stored(server, title)).annotations.map((a) => [a.text, a.origin])).toEqual([[EN.cost, 'manual']]);

  // G from the text starts at the first suggestion after the selection.
  await sourcePane(page).focus();
  await page.keyboard.press('Control+Home'); // selects «The»
  await page.keyboard.press('g');
  const pipes = suggestionCard(page, 'figure', EN.pipes);
  await expect(pipes).toBeFocused();
  await page.keyboard.press('Backspace'); // reject 3,400
  await expect(pipes).toHaveCount(0);
  await expect(suggestionCard(page, 'figure', EN.year)).toBeFocused();
  await page.keyboard.press('Enter'); // accept 2026
  await expect(annotationCard(page, 'Figure', EN.year)).toBeVisible();
  const opening = suggestionCard(page, 'quote', EN.openingQuote);
  await expect(opening).toBeFocused();
  await expect(opening).toContainText(`Accepting also marks its speaker ${EN.okafor}`);
  await page.screenshot({ path: join(SHOTS, 'suggestions-english-split-view.png') });
  await page.keyboard.press('a'); // the quote, with Maria Okafor as its speaker
  await expect(annotationCard(page, 'Quote', EN.openingQuote)).toContainText(`— ${EN.okafor}`);
  await expect(annotationCard(page, 'Speaker', EN.okafor)).toBeVisible();
  await expect(suggestionCards(page).first()).toBeFocused();
  await expectSaved(page);
  await expect.poll(async () => (await stored(server, title)).annotations.length).toBe(4); // $18 million, 2026, the quote, its speaker

  const doc = await stored(server, title);
  const quote = doc.annotations.find((a): a is QuoteAnnotation => a.type === 'quote');
  const speaker = doc.annotations.find((a): a is SpeakerAnnotation => a.type === 'speaker');
  expect(quote).toMatchObject({
    text: EN.openingQuote,
    origin: 'suggested',
    attributes: { kind: 'direct', cue: 'said', speakerId: speaker?.id },
  });
  expect(speaker).toMatchObject({ text: EN.okafor, origin: 'suggested' });
  expect(doc.rejectedSuggestions.map((r) => r.text)).toEqual([EN.pipes]);

  // After a reload: nothing rejected or annotated comes back.
  await page.reload();
  await openFromLibrary(page, title);
  await expect(suggestionCard(page, 'speaker', EN.spokesman)).toBeVisible();
  await expect(pipes).toHaveCount(0);
  await expect(cost).toHaveCount(0);
  await expect(opening).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a document annotated by hand opens without suggestions; Suggest finds them, Hide hides them, a failure says why', async ({
  page,
  server,
  problems,
}) => {
  const doc = await callApi<Document>(server, 'addDocument', { title: 'By hand', text: ENGLISH_WATER });
  const at = doc.text.indexOf(EN.okafor);
  await callApi(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'speaker',
    start: at,
    end: at + EN.okafor.length,
    text: EN.okafor,
  });
  // This window will miss the deletion below (its event stream stays silent, as a broken one
  // would), so the failure comes from asking, not from the library closing the document.
  await page.route('**/api/events?**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 60000\n\n' }),
  );
  await page.goto(server.url);
  await openFromLibrary(page, 'By hand');
  await expect(cards(page)).toHaveCount(1);
  await expect(suggestionBar(page)).toHaveCount(0);
  await expect.poll(() => suggestionHighlightCount(page)).toBe(0);

  // The toolbar button (or G) finds them and focuses the first one.
  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Suggest' }).click();
  await expect(suggestionCard(page, 'figure', EN.pipes)).toBeFocused();
  await highlight(page, 'figure', EN.pipes, ENGLISH_WATER).shown();
  // The speaker marked by hand is not offered again; its quote is attributed to it.
  await expect(suggestionCard(page, 'speaker', EN.okafor)).toHaveCount(0);
  await expect(suggestionCard(page, 'quote', EN.openingQuote)).toContainText(`— ${EN.okafor}`);

  await suggestionBar(page).getByRole('button', { name: 'Hide' }).click();
  await expect.poll(() => suggestionHighlightCount(page)).toBe(0);
  await expect(suggestionCards(page)).toHaveCount(0);
  await expect(suggestionBar(page)).toContainText('Suggestions hidden');
  await sourcePane(page).focus();
  await page.keyboard.press('g');
  await expect(suggestionCards(page).first()).toBeFocused();

  // The document is deleted elsewhere: asking again fails with the reason, and says so.
  await callApi(server, 'deleteDocument', { id: doc.id });
  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Suggest' }).click();
  await expect(suggestionBar(page).getByRole('alert')).toContainText('Could not find suggestions:');
  await expect(suggestionBar(page).getByRole('alert')).toContainText(doc.id);
  await expect(suggestionBar(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a long article says suggestions are being found, and a selection dragged meanwhile survives their arrival', async ({
  page,
  server,
  problems,
}) => {
  test.setTimeout(120_000);
  const text = longArticle(); // 200 KB and no annotations yet: suggestions load on opening
  await callApi(server, 'addDocument', { title: 'Long', text });
  await page.goto(server.url);
  await openFromLibrary(page, 'Long');
  await expect(suggestionBar(page).getByRole('status')).toContainText('Finding suggestions…');

  // Drag over a word while they are being found, holding the button until they have arrived.
  const word = 'الاجتماعات';
  const at = text.indexOf(word);
  const first = await charBox(page, at + 1);
  const last = await charBox(page, at + word.length - 2);
  await page.mouse.move(Math.round(first.x + first.width / 2), Math.round(first.y + first.height / 2));
  await page.mouse.down();
  await page.mouse.move(Math.round(last.x + last.width / 2), Math.round(last.y + last.height / 2), { steps: 3 });
  await expect(suggestionBar(page)).toContainText(/\d+ suggestions/, { timeout: 60_000 });
  await page.mouse.up();
  await expect.poll(() => suggestionHighlightCount(page)).toBeGreaterThan(0);
  expect(await selectedText(page)).toBe(word);
  await page.keyboard.press('q');
  await expect(annotationCard(page, 'Quote', word)).toBeVisible();
  expect(problems).toEqual([]);
});
