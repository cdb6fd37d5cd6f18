import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

describe('Arabic attribution patterns', () => {
  it('finds the speaker of a postposed verb followed by a recipient and a place', () => {
    expect(summary('«سنواصل الإضراب»، قالت رئيسة الرابطة هدى منصور للصحفيين أمام البرلمان.')).toEqual([['«سنواصل الإضراب»', 'هدى منصور']]);
  });

  it('joins a split quotation around a present-tense verb with an appositive about the speaker', () => {
    expect(summary('«المحصول ضعيف»، يقول أبو سليم، وهو مزارع في سهل حوران، «والمطر لم يأت».')).toEqual([
      ['«المحصول ضعيف»', 'أبو سليم'],
      ['«والمطر لم يأت»', 'أبو سليم'],
    ]);
  });

  it('reads a topic with أما and a kin word before the name', () => {
    expect(summary('أما ابنته رنا فتقول إن المدرسة بعيدة.')).toEqual([['المدرسة بعيدة', 'رنا']]);
  });

  it('keeps the issuer inside "بيان صادر عن …"', () => {
    expect(quotes('وبحسب بيان صادر عن وزارة الزراعة، فإن الإنتاج تراجع.')[0]?.attributes.speakerText).toBe('بيان صادر عن وزارة الزراعة');
  });

  it('lets "البيان" speak for whoever issued the statement just mentioned', () => {
    expect(summary('وأعلنت الشرطة في بيان أنها أوقفت ثلاثة أشخاص. وأضاف البيان أن التحقيق مستمر.').map((q) => q[1])).toEqual(['الشرطة', 'الشرطة']);
    // Not when no statement was mentioned before.
    expect(summary('وقال التقرير إن البطالة ارتفعت.').map((q) => q[1])).toEqual(['التقرير']);
  });

  it('reads "نقلت X عن Y أن …" as Y’s statement', () => {
    expect(summary('ونقلت الإذاعة عن مسؤولين محليين أن الطريق أغلق.')).toEqual([['الطريق أغلق', 'مسؤولين محليين']]);
  });

  it('skips the relative clause of an anonymous source', () => {
    expect(summary('وقال دبلوماسي غربي، طلب عدم ذكر اسمه، إن المحادثات توقفت.').map((q) => q[1])).toEqual(['دبلوماسي غربي']);
  });

  it('ends a clause at "لكن X يرون أن" and gives the group its own quote', () => {
    expect(summary('وتقول الشركة إن الأرباح سترتفع، لكن محللين يرون أن السوق متشبع.')).toEqual([
      ['الأرباح سترتفع', 'الشركة'],
      ['السوق متشبع', 'محللين'],
    ]);
  });
});
