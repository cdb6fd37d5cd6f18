import type { FigureAnnotation, QuoteAnnotation, SpeakerAnnotation } from '../../../shared/domain/annotation';
import { expect, test } from '../serve';
import { ARABIC_NEWS, FIGURE_RANGE, FIGURE_YEARS, FULL_NAME, QUOTE, SURNAME } from './fixtures';
import { cards, dragSelect, pasteDocument, storedOnceCount } from './helpers';

/**
 * The "done when": a new user annotates a scraped Arabic article, using the mouse
 * only to select text; everything after each selection is done from the keyboard.
 */
test('an Arabic article is fully annotated with the keyboard after each selection', async ({ page, server, problems }, testInfo) => {
  await page.goto(server.url);
  await pasteDocument(page, 'هدنة السودان', ARABIC_NEWS);
  const select = async (text: string, from = 0, edges = false) => {
    const start = ARABIC_NEWS.indexOf(text, from);
    await dragSelect(page, start, start + text.length, { edges });
  };
  const type = async (text: string) => {
    await page.keyboard.press('Tab');
    if (text) await page.keyboard.type(text);
  };

  // The spokesman, named in full: S, then name, role and affiliation.
  await select(FULL_NAME);
  await page.keyboard.press('s');
  await type('كريستوفر هالوران');
  await type('المتحدث باسم المكتب');
  await type('مكتب الأمم المتحدة في جنيف');
  await page.keyboard.press('Escape'); // field → card
  await page.keyboard.press('Escape'); // card → text

  // His quote: Q, then kind (direct, already), cue verb, and the speaker from the list.
  await select(QUOTE, 0, true);
  await page.keyboard.press('q');
  await page.keyboard.press('Tab'); // kind: direct
  await type('أضاف');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // the first speaker in the list: the spokesman
  await expect(cards(page).filter({ hasText: 'نحن نعمل' })).toContainText(`— ${FULL_NAME}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // The later surname-only mention, linked to the full mention as the same person.
  await select(SURNAME, ARABIC_NEWS.indexOf('وأوضح'));
  await page.keyboard.press('s');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // name, role, affiliation, same as
  await page.keyboard.press('ArrowDown');
  await expect(cards(page).filter({ hasText: 'same as' })).toContainText(new RegExp(`same as \u2068?${FULL_NAME}`));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Figures with normalized values, unit, kind and what they count.
  await select(FIGURE_YEARS);
  await page.keyboard.press('f');
  await page.keyboard.press('Tab'); // raw text, filled in from the selection
  await type('75');
  await type('عام');
  await type('duration');
  await type('سنوات عمل المنظمة في المنطقة');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // An indirect quote that contains the range figure: overlapping highlights.
  const plan = 'الخطة المقترحة تتضمن هدنة تستمر ما بين 40 و50 يوماً';
  await select(plan);
  await page.keyboard.press('q');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // kind: indirect
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await select(FIGURE_RANGE);
  await page.keyboard.press('f');
  await page.keyboard.press('Tab');
  await type('40-50');
  await type('يوم');
  await type('duration');
  await type('مدة الهدنة المقترحة');
  await page.keyboard.press('Escape');

  await expect
    .poll(async () => {
      const all = await storedOnceCount(server, 'هدنة السودان', 6);
      return (all.find((a) => a.text === FIGURE_RANGE) as FigureAnnotation | undefined)?.attributes.counts;
    })
    .toBe('مدة الهدنة المقترحة');
  const all = await storedOnceCount(server, 'هدنة السودان', 6);
  const full = all.find((a): a is SpeakerAnnotation => a.type === 'speaker' && a.text === FULL_NAME);
  const surname = all.find((a): a is SpeakerAnnotation => a.type === 'speaker' && a.text === SURNAME);
  const quote = all.find((a): a is QuoteAnnotation => a.type === 'quote' && a.text === QUOTE);
  const indirect = all.find((a): a is QuoteAnnotation => a.type === 'quote' && a.text === plan);
  const years = all.find((a): a is FigureAnnotation => a.type === 'figure' && a.text === FIGURE_YEARS);
  const range = all.find((a): a is FigureAnnotation => a.type === 'figure' && a.text === FIGURE_RANGE);
  expect(full?.attributes).toMatchObject({
    name: 'كريستوفر هالوران',
    role: 'المتحدث باسم المكتب',
    affiliation: 'مكتب الأمم المتحدة في جنيف',
  });
  expect(surname?.attributes.sameAs).toBe(full?.id);
  expect(quote?.attributes).toMatchObject({ kind: 'direct', cue: 'أضاف', speakerId: full?.id });
  expect(indirect?.attributes.kind).toBe('indirect');
  expect(years?.attributes).toMatchObject({
    raw: FIGURE_YEARS,
    value: 75,
    unit: 'عام',
    kind: 'duration',
    counts: 'سنوات عمل المنظمة في المنطقة',
  });
  expect(range?.attributes).toMatchObject({ raw: FIGURE_RANGE, value: [40, 50], unit: 'يوم', kind: 'duration' });
  for (const a of all) expect(ARABIC_NEWS.slice(a.start, a.end)).toBe(a.text);

  // Screenshots to look at: the text with nested highlights, and the panel with its cards.
  await page.getByRole('list', { name: 'Annotations' }).locator(`[data-card-id="${years?.id}"]`).click();
  await page.screenshot({ path: testInfo.outputPath('arabic-split-view.png') });
  await page.locator('.source-content').screenshot({ path: testInfo.outputPath('arabic-highlights.png') });
  await page.getByRole('complementary', { name: 'Annotation panel' }).screenshot({ path: testInfo.outputPath('arabic-cards.png') });
  expect(problems).toEqual([]);
});
