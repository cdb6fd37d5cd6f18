import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: Arabic duals that carry the number two (نقطتين، مشروعين، بشهرين، أمبيرين)
// and definite cardinals (أطفالها الخمسة، الأشهر الستة), which the blind writers mark as counts.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('Arabic duals', () => {
  it('reads a listed noun in the dual, with or without a glued proclitic', () => {
    expect(shown('تقدم الفريق بفارق نقطتين بعد مباراتين.')).toEqual([
      ['نقطتين', 2],
      ['مباراتين', 2],
    ]);
    expect(shown('افتتحت البلدية مشروعين ووقعت اتفاقيتين.')).toEqual([
      ['مشروعين', 2],
      ['اتفاقيتين', 2],
    ]);
  });

  it('leaves the dual adjective that agrees with a dual noun', () => {
    expect(shown('أرسلت الوكالة شاحنتين إضافيتين.')).toEqual([['شاحنتين', 2]]);
  });

  it('leaves words that only look like duals', () => {
    expect(shown('زار الوفد إقليم كردستان ونصب المسلحون كمين للدورية.')).toEqual([]);
  });

  it('reads time units, scales and units in the dual behind a proclitic', () => {
    expect(shown('عاد قبله بشهرين واشترى الماء بألفي ريال.')).toEqual([
      ['شهرين', 2],
      ['ألفي ريال', 2000],
    ]);
    expect(shown('اكتفى بأمبيرين ودفع دينارين.')).toEqual([
      ['أمبيرين', 2],
      ['دينارين', 2],
    ]);
    expect(shown('يعمل في المناجم مليونا عامل ونحو مليوني شخص.')).toContainEqual(['مليوني شخص', 2e6]);
  });
});

describe('Arabic definite cardinals', () => {
  it('reads a cardinal after the definite noun it agrees with', () => {
    expect(shown('خرجت مع أولادها الثلاثة خلال الأيام العشرة الماضية.')).toEqual([
      ['الثلاثة', 3],
      ['العشرة', 10],
    ]);
    expect(shown('خلال الساعات الست والثلاثين المقبلة.')).toEqual([['الست والثلاثين', 36]]);
  });

  it('reads a cardinal before a span of time, and an age in tens', () => {
    expect(shown('خلال التسعة أشهر الأولى.')).toEqual([['التسعة أشهر', 9]]);
    expect(shown('وهي سيدة في الخمسين من عمرها.')).toEqual([['الخمسين', 50]]);
  });

  it('leaves weekdays, ordinal uses and names', () => {
    expect(shown('اجتمع المجلس يوم الاثنين في ذكرى القرن العشرين.')).toEqual([]);
    expect(shown('سجل الهدف في الدقيقة الأربعين، وحضر قادة مجموعة العشرين.')).toEqual([]);
    expect(shown('في الجولة الثالثة والعشرين من الدوري.')).toEqual([]);
  });
});

describe('Arabic ranges, rates and halves', () => {
  it('reads a range after بين with its unit at both ends', () => {
    expect(shown('يتوقع أن يبلغ النمو بين 3% و5% هذا العام.')).toEqual([['3% و5%', [3, 5]]]);
  });

  it('keeps the period of a speed or a flow in the span, but not «in the first hour»', () => {
    expect(shown('هبت رياح بسرعة 60 كلم في الساعة، وتضخ المحطة 30 لتراً في الثانية.')).toEqual([
      ['60 كلم في الساعة', 60],
      ['30 لتراً في الثانية', 30],
    ]);
    expect(shown('قطع 15 كلم في الساعة الأولى.')).toEqual([['15 كلم', 15]]);
  });

  it('reads a unit and a half written without a number', () => {
    expect(shown('انتظر ساعة ونصف، وارتفع الماء متر ونصف بعد أسبوعين ونصف الأسبوع.')).toEqual([
      ['ساعة ونصف', 1.5],
      ['متر ونصف', 1.5],
      ['أسبوعين ونصف الأسبوع', 2.5],
    ]);
  });

  it('leaves الربع after a word of time, the quarter of a year', () => {
    expect(shown('ارتفع الدين بنهاية الربع، وبلغ السعر خلال الربع نحو 70 دولاراً.')).toEqual([['70 دولاراً', 70]]);
    expect(shown('زاد الإنتاج بنحو الربع.')).toEqual([['الربع', 25]]);
  });

  it('leaves a date that names a venue', () => {
    expect(shown('أقيمت المباراة على ملعب 8 ماي أمام 20 ألف متفرج.')).toEqual([['20 ألف متفرج', 20000]]);
  });
});
