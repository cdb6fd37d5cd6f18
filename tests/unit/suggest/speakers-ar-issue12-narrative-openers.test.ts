import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// A feature introduces the next person in a sentence of its own, then quotes them with a verb
// that has no subject written; that person is the speaker, not the one quoted before.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a person introduced before a pro-drop verb of saying', () => {
  it('is the subject of a negated verb (لا، لم) opening the sentence', () => {
    expect(speakerOf('وقال البائع علي إن الأسعار ارتفعت. لكن حسين لا ينتظر كثيراً من الوعود. ويقول إن الكلام كثير.')).toEqual([
      'علي',
      'حسين',
    ]);
    expect(speakerOf('وقال البائع علي إن الأسعار ارتفعت. أحمد لم يعد يصدق الوعود. ويقول إن الكلام كثير.')).toEqual(['علي', 'أحمد']);
  });

  it('is the subject after a fronted phrase of time opened by عند', () => {
    expect(speakerOf('وقالت نفيسة عثمان إن البيت تهدم. وعند المغيب، تعود سعاد إلى عتبتها. وتقول إن حفيدها بدأ يرسم.')).toEqual([
      'نفيسة عثمان',
      'سعاد',
    ]);
  });

  it('keeps the speaker before when no one new is introduced', () => {
    expect(speakerOf('وقال البائع علي إن الأسعار ارتفعت. وعند المغيب، يغلق المحل. ويقول إن الزبائن قلّوا.')).toEqual(['علي', 'علي']);
  });
});

describe('a name read after its verb', () => {
  // Invented: the verb's object has a possessive pronoun (دورها، بيتهم); it is what the person has, not their name.
  it('ends before a noun with a possessive pronoun', () => {
    expect(speakerOf('وتنتظر ليلى حسن العبيدي دورها منذ ساعتين، وتقول: «الخبز لم يعد يكفي أطفالي».')).toEqual(['ليلى حسن العبيدي']);
    expect(speakerOf('ويقف خالد عمر الشامي أمام بيتهم المهدم، ويقول: «لم يبق لنا شيء».')).toEqual(['خالد عمر الشامي']);
  });
});
