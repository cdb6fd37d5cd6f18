import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a participle after a
// clause of time (حين / بعد أن + verb + subject) speaks for that clause's subject.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a participle continuing a clause of time', () => {
  it('credits the subject after حين', () => {
    const text =
      'وقال الوزير إن القانون عادل. وشهدت الجلسة مشادة حين طالب النائب وائل العمري بتأجيل التصويت، معتبراً أن "الأرقام غير دقيقة".';
    expect(speakerOf(text)).toEqual(['الوزير', 'وائل العمري']);
  });

  it('credits the name between commas after بعد أن', () => {
    const text =
      'وقال الوزير إن القانون عادل. وارتفعت الأصوات في القاعة بعد أن طالب النائب عن الكرك، وائل العمري، بتأجيل النقاش إلى حين حضور الوزير، معتبراً أن "الأرقام غير دقيقة".';
    expect(speakerOf(text)).toEqual(['الوزير', 'وائل العمري']);
  });

  it('leaves «إلى حين» (until) alone', () => {
    const text = 'وقال الوزير سامي الحسن إن التصويت مؤجل إلى حين وصول التقرير، مضيفاً أن "اللجنة ستجتمع غداً".';
    expect(speakerOf(text)).toEqual(['سامي الحسن', 'سامي الحسن']);
  });
});
