import { describe, expect, it } from 'vitest';
import { describeFigureValue, formatFigureValue, parseFigureValue } from '../../../shared/domain/figure-value';

const value = (s: string) => {
  const r = parseFigureValue(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (s: string) => {
  const r = parseFigureValue(s);
  if (r.ok) throw new Error(`accepted ${s}`);
  return r.error;
};

describe('parseFigureValue', () => {
  it('reads numbers as journalists type them', () => {
    expect(value('75')).toBe(75);
    expect(value('1,200')).toBe(1200);
    expect(value('٧٥')).toBe(75);
    expect(value('٣٫٥')).toBe(3.5);
    expect(value('۱۲۰')).toBe(120);
    expect(value('4.5 million')).toBe(4_500_000);
    expect(value('2 مليار')).toBe(2_000_000_000);
    expect(value('30%')).toBe(30);
    expect(value('-3')).toBe(-3);
  });

  it('reads ranges in English and Arabic', () => {
    expect(value('40-50')).toEqual([40, 50]);
    expect(value('40–50')).toEqual([40, 50]);
    expect(value('between 40 and 50')).toEqual([40, 50]);
    expect(value('بين 40 و50')).toEqual([40, 50]);
    expect(value('٤٠ إلى ٥٠')).toEqual([40, 50]);
    expect(value('40 to 50 million')).toEqual([40_000_000, 50_000_000]);
  });

  it('reads dates and an empty field', () => {
    expect(value('2024-10-07')).toBe('2024-10-07');
    // A date the article gives without its year, as the suggestion engine stores it.
    expect(value('--10-07')).toBe('--10-07');
    expect(value('--02-29')).toBe('--02-29');
    expect(value('  ')).toBeNull();
  });

  it('refuses what it cannot read, saying why', () => {
    expect(error('كثير')).toContain('is not a number');
    expect(error('50-40')).toContain('starts above its end');
    expect(error('12,34')).toContain('misplaced thousands separators');
    expect(error('2024-02-30')).toContain('February 2024 has 29 days');
    expect(error('--13-01')).toContain('not a real day of the year');
    expect(error('75 عامًا')).toContain('Unit field');
  });

  it('formats values so they parse back to the same value', () => {
    for (const v of [75, 1200, 3.5, [40, 50] as [number, number], '2024-10-07', '--10-07', null]) {
      expect(value(formatFigureValue(v))).toEqual(v);
    }
  });
});

describe('describeFigureValue', () => {
  it('shows a day without its year as a date, not as a code', () => {
    expect(describeFigureValue('--01-19')).toBe('Jan 19, no year');
    expect(describeFigureValue('--10-07')).toBe('Oct 7, no year');
  });
  it('shows other values as they are edited', () => {
    expect(describeFigureValue('2024-10-07')).toBe('2024-10-07');
    expect(describeFigureValue([40, 50])).toBe(formatFigureValue([40, 50]));
    expect(describeFigureValue(null)).toBe('');
  });
});
