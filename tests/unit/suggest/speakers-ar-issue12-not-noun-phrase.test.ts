import { describe, expect, it } from 'vitest';
import { implausibleArabicSpeaker, notANounPhrase } from '../../../shared/suggest/speakers/arabic-implausible';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, rules for unseen writers.
// What follows a verb of saying may be an adverbial, a pronoun's clause or the writer's own act,
// never who spoke; the verb's own subject (the speaker before) is kept instead.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('notANounPhrase', () => {
  it('is a phrase opening with an adverb, a preposition or a pronoun', () => {
    expect(notANounPhrase(['دون', 'تردد'])).toBe(true);
    expect(notANounPhrase(['وهو', 'يرتب', 'الصناديق'])).toBe(true);
    expect(notANounPhrase(['بشأن', 'المشروع'])).toBe(true);
  });

  it('is a phrase holding a preposition fused with ما, or one verb with "we" and an object', () => {
    expect(notANounPhrase(['اخيرا', 'عما'])).toBe(true);
    expect(notANounPhrase(['ذكرناه'])).toBe(true);
  });

  it('is a phrase ending with a preposition', () => {
    expect(notANounPhrase(['تبلغ', 'نحو'])).toBe(true);
  });

  it('is not a name, a title or a given name spelled like a preposition once folded', () => {
    expect(notANounPhrase(['علي', 'منصور'])).toBe(false);
    expect(notANounPhrase(['المتحدث', 'باسم', 'الوزارة'])).toBe(false);
    expect(notANounPhrase(['رنا'])).toBe(false);
    // An adverb of time may stand between the verb and its subject: وأكد مجدداً الوزير.
    expect(notANounPhrase(['مجدداً', 'الوزير', 'سامي', 'نصر'])).toBe(false);
  });

  it('makes the phrase an implausible speaker, written or folded', () => {
    expect(implausibleArabicSpeaker('دون تردد')).toBe(true);
    expect(implausibleArabicSpeaker('علي منصور')).toBe(false);
  });
});

describe('a verb of saying whose words after it name no one', () => {
  it('keeps the speaker before when the verb is followed by how he answered', () => {
    const text = 'وقال رئيس النقابة خالد منصور إن الموسم صعب. وسألناه عن الأسعار، فأجاب دون تردد: «السوق في أسوأ حالاته».';
    expect(speakerOf(text)).toEqual(['خالد منصور', 'خالد منصور']);
    expect(speakers(text).map((s) => s.text)).not.toContain('دون تردد');
  });

  it('keeps the speaker before when the clause after the verb is the writer’s own question', () => {
    expect(speakerOf('قال مدير الجمعية سامر الحلبي إن الموسم صعب. وحين ذكّرناه بأن الأسعار ارتفعت، قال: «هذا غير صحيح».')).toEqual([
      'سامر الحلبي',
      'سامر الحلبي',
    ]);
    expect(speakerOf('وقالت المعلمة هدى سليم إن المدرسة مكتظة. سألناها أخيراً عما تنتظره من الوزارة، فقالت: «نريد معلمين».')).toEqual([
      'هدى سليم',
      'هدى سليم',
    ]);
  });

  it('keeps the speaker before across a circumstantial clause opened by وهو', () => {
    expect(speakerOf('وقال التاجر نبيل عواد إن السوق راكد. ويضيف، وهو يرتب الصناديق: «لم يعد أحد يشتري».')).toEqual([
      'نبيل عواد',
      'نبيل عواد',
    ]);
  });

  it('still reads علي as a name', () => {
    expect(speakerOf('وقال علي منصور إن «الماء مقطوع».')).toEqual(['علي منصور']);
  });
});
