import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: Arabic months named in a list (تموز وآب), in the double form with
// brackets, and after the words that open a bare month (بنهاية، موفى، ذروة).
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('Arabic months joined by و', () => {
  it('reads the second month of a list without its conjunction', () => {
    expect(shown('توقفت الرواتب خلال كانون الثاني وشباط من هذا العام.')).toEqual([
      ['كانون الثاني', '--01'],
      ['شباط', '--02'],
    ]);
    expect(shown('ترتفع الأحمال في تموز وآب الماضيين.')).toEqual([
      ['تموز', '--07'],
      ['آب', '--08'],
    ]);
  });

  it('reads a conjoined month with its year as one date, not the year as a count', () => {
    expect(shown('أنجزت الأشغال بين أكتوبر 2021 ويوليوز 2022 بحسب التقرير.')).toEqual([
      ['أكتوبر 2021', '2021-10'],
      ['يوليوز 2022', '2022-07'],
    ]);
  });

  it('does not read a verb that spells a month after و as a date', () => {
    // «ومارس» here is "and practised", with no month before it.
    expect(shown('عاد اللاعب إلى ناديه ومارس التدريبات كاملة.')).toEqual([]);
  });
});

describe('Arabic month forms', () => {
  it('keeps the double form in brackets with its year as one date', () => {
    expect(shown('تعثرت المفاوضات في نوفمبر (تشرين الثاني) 2022 ثم استؤنفت.')).toEqual([['نوفمبر (تشرين الثاني) 2022', '2022-11']]);
  });

  it('reads an ambiguous bare month after بنهاية، موفى and ذروة', () => {
    expect(shown('تراجع العجز بنهاية مارس الماضي.')).toEqual([['مارس', '--03']]);
    expect(shown('بلغت الصادرات موفى أوت مستوى قياسياً.')).toEqual([['أوت', '--08']]);
    expect(shown('يشتد الطلب على الكهرباء في ذروة تموز عادة.')).toEqual([['تموز', '--07']]);
  });
});
