import { describe, expect, it } from 'vitest';
import { detectRegions, outletIn } from '../../../shared/import/regions';
import { matchMarker } from '../../../shared/import/markers';
import { ARABIC_SCRAPED_PAGE, ENGLISH_SCRAPED_PAGE, PLAIN_ENGLISH } from '../../helpers/import-fixtures';

function regionTexts(text: string) {
  return detectRegions(text).map((r) => ({ kind: r.kind, excluded: r.excluded, text: text.slice(r.start, r.end) }));
}

describe('boilerplate regions of a scraped Arabic page', () => {
  const regions = regionTexts(ARABIC_SCRAPED_PAGE);

  it('marks the "read also" block with the headline under it, and not the next article’s headline', () => {
    const readAlso = regions.filter((r) => r.kind === 'read-also');
    expect(readAlso).toHaveLength(1);
    expect(readAlso[0]?.text).toBe('اقرأ ايضا: الصحة العالمية ترسل شحنة أدوية إلى بيروت\n\nمستشفيات بيروت تطلق نداء للتبرع بالدم');
  });

  it('marks the source line, the tag line typed with Persian letters, related links and the bullet list', () => {
    expect(regions.find((r) => r.kind === 'source-line')?.text).toBe('المصدر: الوكالة الوطنية للإعلام');
    expect(regions.find((r) => r.kind === 'tags')?.text).toMatch(/^الوسوم: .*کوارث$/);
    const related = regions.filter((r) => r.kind === 'related').map((r) => r.text);
    expect(related[0]).toBe('مواضيع ذات صلة: البنك الدولي يقدر الخسائر بمليارات الدولارات');
    expect(related[1]?.startsWith('مقالات مشابهة')).toBe(true);
    expect(related[1]?.endsWith('وزير المالية: التمويل مؤمن من قروض ميسرة')).toBe(true);
  });

  it('keeps the article’s own paragraphs, title and dateline out of the boilerplate', () => {
    const excluded = regions
      .filter((r) => r.excluded)
      .map((r) => r.text)
      .join('\n');
    expect(excluded).not.toContain('أعلنت وزارة الصحة');
    expect(excluded).not.toContain('الحكومة تقر خطة لإعادة إعمار');
    expect(excluded).not.toContain('أقرت الحكومة');
    expect(regions.find((r) => r.kind === 'dateline')).toMatchObject({ text: 'بيروت (رويترز)', excluded: false });
  });

  it('takes the outlet from the source line', () => {
    expect(outletIn(ARABIC_SCRAPED_PAGE, detectRegions(ARABIC_SCRAPED_PAGE))).toBe('الوكالة الوطنية للإعلام');
  });

  it('gives regions stable ids, bilingual labels and whole-line spans', () => {
    const detected = detectRegions(ARABIC_SCRAPED_PAGE);
    expect(new Set(detected.map((r) => r.id)).size).toBe(detected.length);
    for (const r of detected) {
      expect(r.label).toMatch(/·/);
      expect(r.start === 0 || ARABIC_SCRAPED_PAGE[r.start - 1] === '\n').toBe(true);
      expect(r.end === ARABIC_SCRAPED_PAGE.length || ARABIC_SCRAPED_PAGE[r.end] === '\n').toBe(true);
    }
  });
});

describe('boilerplate regions of a scraped English page', () => {
  const regions = regionTexts(ENGLISH_SCRAPED_PAGE);

  it('marks read-more, related list, source and tags lines', () => {
    expect(regions.filter((r) => r.excluded).map((r) => r.kind)).toEqual(['read-also', 'related', 'source-line', 'tags', 'related']);
    expect(regions.find((r) => r.kind === 'related')?.text).toBe(
      'Related:\n• Mayor promises faster bus lanes\n• Schools to get a third of new money\n• Residents protest library closure',
    );
  });

  it('does not swallow the second article’s headline into the tags or related blocks', () => {
    const excluded = regions
      .filter((r) => r.excluded)
      .map((r) => r.text)
      .join('\n');
    expect(excluded).not.toContain('Storm closes ports');
  });

  it('reads the outlet from "Source:" before the dateline', () => {
    expect(outletIn(ENGLISH_SCRAPED_PAGE, detectRegions(ENGLISH_SCRAPED_PAGE))).toBe('Reuters');
  });
});

describe('what is not boilerplate', () => {
  it('leaves a plain article alone, including prose that starts with "Related" or "Tags"', () => {
    expect(detectRegions(PLAIN_ENGLISH)).toEqual([]);
  });

  it('does not take a long sentence after "Source:" as an outlet', () => {
    expect(matchMarker('Source: three officials who spoke on condition of anonymity said the talks had stalled')).toBeNull();
    expect(matchMarker('المصدر: الأسبوع')).toMatchObject({ kind: 'source-line', outlet: 'الأسبوع' });
  });

  it('recognises marker spellings with and without hamza, tanween and colon, glued or not', () => {
    for (const line of ['اقرأ أيضاً', 'إقرأ أيضاً:', 'اقرا ايضا', 'اقرأ أيضًاالرئيس يلتقي الوزير']) {
      expect(matchMarker(line)?.kind, line).toBe('read-also');
    }
    expect(matchMarker('أخبار ذات صلة الاتحاد الأوروبي: حان الوقت')?.kind).toBe('related');
    expect(matchMarker('كلمات دلالیة: غزة')?.kind).toBe('tags');
    expect(matchMarker('Read also Biden visits Cairo')?.kind).toBe('read-also');
    expect(matchMarker('Read more about the budget in our explainer.')).toBeNull();
  });

  it('finds a bare list of three or more headlines, but not a list of facts', () => {
    const headlines =
      'Body text of the story ends here.\n\n• Ferry operator cancels sailings\n• Motorway closed after crash\n• Weather warning extended';
    expect(regionTexts(headlines).map((r) => r.kind)).toEqual(['headline-list']);
    const facts = 'The report lists:\n• 120 people were injured.\n• 14 are in critical condition.\n• Two hospitals are full.';
    expect(detectRegions(facts)).toEqual([]);
  });
});
