import { describe, expect, it } from 'vitest';
import { detectArticles, suggestSplit } from '../../../shared/import/articles';
import { detectRegions } from '../../../shared/import/regions';
import { annotationsIn, piecesAt, regionsIn } from '../../../shared/import/split';
import type { Annotation } from '../../../shared/domain/annotation';
import { ARABIC_SCRAPED_PAGE, ENGLISH_SCRAPED_PAGE, LONG_ENGLISH, PLAIN_ENGLISH } from '../../helpers/import-fixtures';

function articlesOf(text: string) {
  return detectArticles(text, detectRegions(text)).map((a) => ({ ...a, text: text.slice(a.start, a.end) }));
}

describe('articles run together', () => {
  it('finds the two Arabic articles, each with its own outlet and the second with its headline', () => {
    const [first, second, ...rest] = articlesOf(ARABIC_SCRAPED_PAGE);
    expect(rest).toEqual([]);
    expect(first?.text.startsWith('أعلنت وزارة الصحة')).toBe(true);
    expect(first?.text.endsWith('کوارث')).toBe(true);
    expect(first?.outlet).toBe('الوكالة الوطنية للإعلام');
    expect(second?.text.startsWith('الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة\n\nبيروت (رويترز)')).toBe(true);
    expect(second?.title).toBe('الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة');
    expect(second?.outlet).toBe('رويترز');
  });

  it('finds the two English articles; the first keeps its headline line', () => {
    const articles = articlesOf(ENGLISH_SCRAPED_PAGE);
    expect(articles.map((a) => a.title)).toEqual([
      'Council approves new budget after long debate',
      'Storm closes ports along the south coast',
    ]);
    expect(articles.map((a) => a.outlet)).toEqual(['Reuters', 'AP']);
    expect(articles[0]?.text.endsWith('Tags: budget, council, schools')).toBe(true);
  });

  it('offers no split for a single article, or for a short tail after the source line', () => {
    expect(suggestSplit(PLAIN_ENGLISH, detectRegions(PLAIN_ENGLISH))).toBeNull();
    const tail = `${LONG_ENGLISH}\n\nSource: Daily News\n\nFollow us on social media for more.`;
    expect(suggestSplit(tail, detectRegions(tail))).toBeNull();
  });

  it('offers split points at the start of each article’s first line', () => {
    const suggestion = suggestSplit(ENGLISH_SCRAPED_PAGE, detectRegions(ENGLISH_SCRAPED_PAGE));
    expect(suggestion?.at).toEqual([ENGLISH_SCRAPED_PAGE.indexOf('Storm closes ports')]);
  });

  it('splits three articles when three are run together', () => {
    const third = `Flood warnings lifted\n\nCORK (RTÉ)\n\n${LONG_ENGLISH}`;
    const page = `${ENGLISH_SCRAPED_PAGE}\n\n${third}`;
    expect(articlesOf(page).map((a) => a.title)).toEqual([
      'Council approves new budget after long debate',
      'Storm closes ports along the south coast',
      'Flood warnings lifted',
    ]);
  });
});

describe('cutting text into pieces', () => {
  const text = 'first line\n\nsecond para\n\n\nthird piece\nmore';

  it('cuts at line starts and leaves out only the blank lines between pieces', () => {
    const pieces = piecesAt(text, [text.indexOf('third')]);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['first line\n\nsecond para', 'third piece\nmore']);
  });

  it('refuses cuts that are off a line start, out of order or outside the text', () => {
    expect(() => piecesAt(text, [3])).toThrow(/not at the start of a line/);
    expect(() => piecesAt(text, [text.indexOf('third'), text.indexOf('second')])).toThrow(/out of order/);
    expect(() => piecesAt(text, [text.length + 5])).toThrow(/outside the text/);
  });

  it('shifts regions and annotations into each piece and refuses an annotation across a cut', () => {
    const cut = text.indexOf('third');
    const [, second] = piecesAt(text, [cut]);
    const region = { id: 'r1', start: cut, end: cut + 5, kind: 'tags', label: '', excluded: true };
    expect(regionsIn([region], second!)).toEqual([{ ...region, start: 0, end: 5 }]);
    const annotation = {
      id: 'a1',
      type: 'quote',
      start: cut + 6,
      end: cut + 11,
      text: 'piece',
      prefix: '',
      suffix: '',
      attributes: { kind: 'direct', cue: '', speakerId: 'a9' },
      verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '' },
      origin: 'manual',
      createdAt: '',
      updatedAt: '',
    } as Annotation;
    const pieceText = text.slice(second!.start, second!.end);
    const [moved] = annotationsIn([annotation], second!, pieceText);
    expect(pieceText.slice(moved!.start, moved!.end)).toBe('piece');
    expect(moved).toMatchObject({ prefix: 'third ', suffix: '\nmore', attributes: { speakerId: null } });
    const across = { ...annotation, start: cut - 4, end: cut + 5, text: text.slice(cut - 4, cut + 5) };
    expect(() => annotationsIn([across], second!, pieceText)).toThrow(/runs across a split point/);
  });
});
