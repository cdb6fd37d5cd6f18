import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, krippendorffAlphaNominal } from '../../../shared/agreement/coefficients';
import { match, spanAgreement } from '../../../shared/agreement/spans';

function pairs(table: { yy: number; yn: number; ny: number; nn: number }): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const push = (n: number, a: string, b: string) => {
    for (let i = 0; i < n; i++) out.push([a, b]);
  };
  push(table.yy, 'yes', 'yes');
  push(table.yn, 'yes', 'no');
  push(table.ny, 'no', 'yes');
  push(table.nn, 'no', 'no');
  return out;
}

describe("Cohen's kappa", () => {
  it('gives 0.4 on the 50 grant proposals of the standard example (pₒ = 0.7, pₑ = 0.5)', () => {
    expect(cohenKappa(pairs({ yy: 20, yn: 5, ny: 10, nn: 15 }))).toBeCloseTo(0.4, 3);
  });
  it('tells apart two tables with the same 60% raw agreement (κ = 0.1304 and 0.2593)', () => {
    expect(cohenKappa(pairs({ yy: 45, yn: 15, ny: 25, nn: 15 }))).toBeCloseTo(0.1304, 3);
    expect(cohenKappa(pairs({ yy: 25, yn: 35, ny: 5, nn: 35 }))).toBeCloseTo(0.2593, 3);
  });
  it('is undefined, not 1, when both annotators used one label throughout or labelled nothing', () => {
    expect(
      cohenKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNull();
    expect(cohenKappa([])).toBeNull();
  });
  it('is negative when two annotators systematically disagree', () => {
    expect(cohenKappa(pairs({ yy: 0, yn: 10, ny: 10, nn: 0 }))).toBeCloseTo(-1, 6);
  });
});

describe("Fleiss' kappa", () => {
  it('gives 0.210 on Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
  });
  it('equals Scott-style chance correction for two raters and refuses uneven rating counts', () => {
    expect(
      fleissKappa([
        [2, 0],
        [0, 2],
        [1, 1],
      ]),
    ).toBeCloseTo(1 - 1 / 3 / (1 - (0.5 * 0.5 + 0.5 * 0.5)), 6);
    expect(() =>
      fleissKappa([
        [2, 0],
        [1, 0],
      ]),
    ).toThrow(/same number/);
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  it("gives 0.743 on the nominal example of 'Computing Krippendorff's Alpha-Reliability' (4 observers, 12 units, missing data)", () => {
    const _ = null;
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const units = observers[0]!.map((_, u) => observers.map((row) => (row[u] === null ? null : String(row[u]))));
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3);
  });
  it('agrees with the exact closed form on a small two-coder table', () => {
    // Two coders, units (a,a) (a,b) (b,b) (b,b): n = 8; o_ab = o_ba = 1; n_a = 3, n_b = 5.
    const alpha = krippendorffAlphaNominal([
      ['a', 'a'],
      ['a', 'b'],
      ['b', 'b'],
      ['b', 'b'],
    ]);
    expect(alpha).toBeCloseTo(1 - (7 * 2) / (3 * 5 * 2), 10);
  });
  it('is undefined, never 1, when nothing is pairable or every label is the same', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', null],
        [null, 'b'],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
  });
  it('is well below zero for annotators who disagree on every unit', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'b'],
      ]) as number,
    ).toBeLessThan(0);
  });
});

describe('span matching', () => {
  it('matches one to one, best overlap first, and counts exact and ≥ 0.5 overlap separately', () => {
    const a = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
      { start: 40, end: 50 },
    ];
    const b = [
      { start: 0, end: 10 },
      { start: 22, end: 30 },
      { start: 21, end: 29 },
      { start: 45, end: 100 },
    ];
    expect([...match(a, b, 'exact')]).toEqual([[0, 0]]);
    // [20,30) vs [22,30) has IoU 0.8, vs [21,29) 0.8 too: the earlier candidate wins the tie; [40,50) vs [45,100) is 5/60.
    expect([...match(a, b, 'overlap')].sort()).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(spanAgreement(3, 4, 2).f1).toBeCloseTo(4 / 7, 10);
  });
  it('never pairs one span twice, even when it overlaps two on the other side', () => {
    const a = [
      { start: 0, end: 10 },
      { start: 2, end: 10 },
    ];
    const b = [{ start: 1, end: 10 }];
    expect(match(a, b, 'overlap').size).toBe(1);
  });
  it('has no F1 at all when neither annotator marked anything', () => {
    expect(spanAgreement(0, 0, 0).f1).toBeNull();
    expect(spanAgreement(3, 0, 0).f1).toBe(0);
  });
});
