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
