import { describe, expect, it } from 'vitest';
import { resolveGold } from '../../../bench/eval/conventions';
import type { GoldArticle } from '../../../bench/eval/gold/types';

// Convention 11 (bench/eval/conventions.ts): an older range "from X to Y" after a change is two figures. Invented articles.
const article = (text: string, figures: GoldArticle['figures'], conventions?: GoldArticle['conventions']): GoldArticle => ({
  id: 'invented',
  lang: /[a-z]/i.test(text) ? 'en' : 'ar',
  ...(conventions ? { conventions } : {}),
  text,
  quotes: [],
  speakers: [],
  figures,
});
const resolved = (a: GoldArticle) => resolveGold(a, a.text).figures.map((f) => [f.text, f.value]);

describe('convention 11: a change from X to Y is two figures', () => {
  it('splits an older change into where it started and where it ended', () => {
    const text = 'Bus fares fell from 90 to 75 cents last year.';
    expect(resolved(article(text, [{ text: 'from 90 to 75', value: [75, 90], kind: 'count' }]))).toEqual([
      ['90', 90],
      ['75', 75],
    ]);
    const ar = 'ارتفع عدد الزوار من 300 ألف إلى 420 ألف زائر.';
    expect(resolved(article(ar, [{ text: 'من 300 ألف إلى 420 ألف', value: [300000, 420000], kind: 'count' }]))).toEqual([
      ['300 ألف', 300000],
      ['420 ألف', 420000],
    ]);
  });

  it('keeps a spread and every range in the blind sets', () => {
    const text = 'Delays lasted from 2 to 3 hours.';
    const spread = [{ text: 'from 2 to 3 hours', value: [2, 3] as [number, number], kind: 'duration' as const }];
    expect(resolved(article(text, spread))).toEqual([['from 2 to 3 hours', [2, 3]]]);
    const change = 'Fares rose from 2 to 3 dollars.';
    expect(resolved(article(change, [{ text: 'from 2 to 3', value: [2, 3], kind: 'count' }], 'guidelines'))).toEqual([
      ['from 2 to 3', [2, 3]],
    ]);
  });
});
