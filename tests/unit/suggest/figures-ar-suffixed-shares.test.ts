import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: Arabic fraction words carrying a pronoun (نصفها، ثلثاهم), and «الربع»
// as the quarter of a year, which is no share.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('Arabic fractions with an attached pronoun', () => {
  it('reads نصفها، ثلثيها، ربعهم as shares', () => {
    expect(shown('وزعت البلدية 300 خيمة، ذهب نصفها إلى الأرياف.')).toEqual([
      ['300 خيمة', 300],
      ['نصفها', 50],
    ]);
    expect(shown('موّل المصرف ثلثيها من ودائعه.')[0]?.[0]).toBe('ثلثيها');
    expect(shown('يعمل في المصنع عمال كثر، ربعهم من النساء.')).toEqual([['ربعهم', 25]]);
  });

  it('leaves a glued conjunction outside the span', () => {
    expect(shown('غادر الطلاب ونصفهم لم يتسلم شهادته.')).toEqual([['نصفهم', 50]]);
  });

  it('does not read the verb "we describe" (ما نصفها) as a half', () => {
    expect(shown('هذه أزمة ما نصفها بأنها عابرة.')).toEqual([]);
  });
});

describe('«الربع» as a period', () => {
  it('is no share after خلال or في when it stands alone', () => {
    expect(shown('نمت المبيعات خلال الربع، وفق الشركة.')).toEqual([]);
    expect(shown('تحسن الأداء في الربع الرابع من العام.')).toEqual([]);
  });

  it('is still a share after an approximator', () => {
    expect(shown('ارتفع الإنتاج بنحو الربع، بحسب الوزارة.')).toEqual([['الربع', 25]]);
  });
});
