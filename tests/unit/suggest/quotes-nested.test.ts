import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// The guidelines annotate a quotation inside someone's quote too, credited to its own speaker.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('nested quotes', () => {
  it('credits an English quotation inside a quote to the subject of the cue that opens it, and keeps the outer quote', () => {
    expect(credited('Jane Doe said: “A farmer in Recess told us, ‘We have no water left.’ That is the problem.”')).toEqual([
      ['A farmer in Recess told us, ‘We have no water left.’ That is the problem', 'Jane Doe'],
      ['We have no water left', 'A farmer in Recess'],
    ]);
  });

  it('credits an Arabic quotation inside a quote to who said it, even after a time phrase', () => {
    expect(
      credited("وقال النائب علي المالكي: «قال لي أحد الشيوخ في الفاو: 'نحن نجلس على النفط ونشرب الماء المالح'، وهذا ملخص المشكلة».")[1],
    ).toEqual(['نحن نجلس على النفط ونشرب الماء المالح', 'أحد الشيوخ في الفاو']);
    expect(credited("وقال اللاعب سامي العلي: «قال لي المدرب بين الشوطين: 'الفرصة ستأتي، كن جاهزاً'، وهذا ما حدث».")[1]).toEqual([
      'الفرصة ستأتي، كن جاهزاً',
      'المدرب',
    ]);
  });

  it('suggests no nested quote when no cue opens it right before (a term in marks inside a quote)', () => {
    const found = credited('“We call it the ‘winter plan’ and it starts in May,” the mayor said.');
    expect(found.map(([text]) => text)).toEqual(['We call it the ‘winter plan’ and it starts in May']);
  });
});
