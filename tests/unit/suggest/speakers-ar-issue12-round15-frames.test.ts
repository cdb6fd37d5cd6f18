import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12 round 15, a title and its
// holder's name between commas before the verb, in frames that open the sentence.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('«غير أن / إلا أن» + title، name، verb', () => {
  it('credits the name after a long title opened by غير أن', () => {
    const text =
      'وقال الوزير إن القانون عادل. غير أن النائب عن الدائرة الثالثة، الدكتور سالم ناصر العمري، اعتبر أن الحكومة تلجأ إلى الغرامات.';
    expect(speakerOf(text)).toEqual(['الوزير', 'سالم ناصر العمري']);
  });

  it('credits the name after إلا أن', () => {
    const text = 'إلا أن رئيس اللجنة المالية، النائب سامي حسن البدري، أكد أن الموازنة متوازنة.';
    expect(speakerOf(text)).toEqual(['سامي حسن البدري']);
  });

  it('keeps where the post is held (في and a place) in the title, and the name speaks', () => {
    const text = 'غير أن النائب عن الدائرة الثالثة في المفرق، الدكتور سالم ناصر العمري، اعتبر أن الحكومة تلجأ إلى الغرامات.';
    expect(speakerOf(text)).toEqual(['سالم ناصر العمري']);
    expect(speakers(text)[0]?.attributes.role).toBe('النائب عن الدائرة الثالثة في المفرق');
  });
});

describe('the topic of أما before a ف-verb that reports nothing', () => {
  it('speaks through the participle after that verb', () => {
    const text =
      'وقال المدعي العام إن الأدلة كافية. أما دفاع المتهم، المحامية نوال رشيد الخطيب، فطلبت استدعاء الشهود، مؤكدة أن موكلها «لم يخالف القانون».';
    expect(speakerOf(text).slice(1)).toEqual(['نوال رشيد الخطيب', 'نوال رشيد الخطيب']);
  });

  it('does not take a name beginning with ف for the ف-verb', () => {
    const text = 'أما جارته، الحاجة فاطمة حسن البدري، فطلبت من البلدية المساعدة، مؤكدة أن البيت «لم يعد صالحاً للسكن».';
    expect(speakerOf(text)).toEqual(['فاطمة حسن البدري', 'فاطمة حسن البدري']);
  });
});
