import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../bench/eval/evaluate';
import { locate, match, overlapRatio, prf, sameValue } from '../../../bench/eval/score';

describe('the evaluation scorer', () => {
  it('finds gold spans by text and refuses missing or ambiguous ones', () => {
    const text = 'قال الوزير إن الوزير غائب';
    expect(locate('t', text, { text: 'الوزير', nth: 1 })).toEqual({ start: 14, end: 20 });
    expect(() => locate('t', text, { text: 'الوزير' })).toThrow(/more than once/);
    expect(() => locate('t', text, { text: 'رئيس' })).toThrow(/not in the article/);
  });

  it('scores overlap as intersection over union and matches one to one', () => {
    expect(overlapRatio({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    const gold = [{ start: 0, end: 10 }];
    expect(
      match(
        gold,
        [
          { start: 0, end: 9 },
          { start: 0, end: 10 },
        ],
        'exact',
      ).get(0),
    ).toBe(1);
    expect(match(gold, [{ start: 0, end: 4 }], 'overlap').size).toBe(0);
    expect(prf({ gold: 4, predicted: 2, exact: 1, overlap: 2 }, 'overlap')).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
  });

  it('compares figure values with a tolerance, ranges by both ends', () => {
    expect(sameValue(200 / 3, 66.6666666667)).toBe(true);
    expect(sameValue([40, 50], [40, 50])).toBe(true);
    expect(sameValue([40, 50], [40, 51])).toBe(false);
    expect(sameValue('--10-07', '--10-07')).toBe(true);
  });

  it('takes a year written as a number or a string as the same date, and a share rounded to three decimals', () => {
    expect(sameValue('2026', 2026, ['date', 'date'])).toBe(true);
    expect(sameValue('2026', 2027, ['date', 'date'])).toBe(false);
    // Outside dates, a number and a string stay different.
    expect(sameValue('2026', 2026, ['count', 'count'])).toBe(false);
    expect(sameValue(100 / 3, 0.333, ['percent', ''])).toBe(true);
    expect(sameValue(200 / 3, 0.667, ['percent', ''])).toBe(true);
    expect(sameValue(30, 0.333, ['percent', ''])).toBe(false);
  });
});

describe('the engine on our gold set', () => {
  // Guards against regressions: the targets on the whole gold set.
  it('meets quote F1 ≥ 0.85 (overlap), figure F1 ≥ 0.95 and speaker accuracy ≥ 0.85', () => {
    const { groups } = evaluate();
    for (const lang of ['ar', 'en']) {
      const g = groups.get(`${lang} all`);
      expect(g).toBeDefined();
      if (!g) continue;
      expect(prf(g.quote, 'overlap').f1, `${lang} quotes`).toBeGreaterThanOrEqual(0.85);
      expect(prf(g.figure, 'overlap').f1, `${lang} figures`).toBeGreaterThanOrEqual(0.95);
      expect(g.attribution.correct / g.attribution.matched, `${lang} speakers`).toBeGreaterThanOrEqual(0.85);
      expect(g.values.correct / g.values.matched, `${lang} figure values`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
