import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences (issue 12, third round): a word of relation after a number is never what it counts.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('A preposition or adverb after a number', () => {
  it('is not a counted noun', () => {
    expect(shown('وصل 300 وفق الجدول، وغادر 40 بسبب الزحام.')).toEqual([
      ['300', 300],
      ['40', 40],
    ]);
  });

  it('leaves a pair of years without the word after them', () => {
    expect(shown('تضاعفت الواردات بين 2018 و2022 بشكل لافت.')).toEqual([['2018 و2022', [2018, 2022]]]);
  });

  it('still keeps a noun counted after a number', () => {
    expect(shown('افتتحت الوزارة 12 مدرسة.')).toEqual([['12 مدرسة', 12]]);
  });
});

describe('Abbreviated Arabic units', () => {
  it('reads millimetres of rain and carats', () => {
    expect(figures('هطلت أمطار بلغت 42 ملم، وبيع خاتم من 3 قراريط.').map((f) => [f.text, f.attributes.unit])).toEqual([
      ['42 ملم', 'mm'],
      ['3 قراريط', 'carat'],
    ]);
  });
});

describe('Compound numbers in words', () => {
  it('adds an amount joined by و to a dual scale, in words or digits', () => {
    expect(shown('بلغت الكلفة مليونين وسبعمئة ألف دينار.')).toEqual([['مليونين وسبعمئة ألف دينار', 2700000]]);
    expect(shown('حضر ألفين و450 زائراً.')).toEqual([['ألفين و450 زائراً', 2450]]);
  });

  it('reads واحد opening a compound number, not as "one" after the word before it', () => {
    expect(shown('نجا واحد وعشرون راكباً.')).toEqual([['واحد وعشرون راكباً', 21]]);
    expect(shown('بقي بيت واحد.')).toEqual([['بيت واحد', 1]]);
  });
});
