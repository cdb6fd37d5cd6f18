import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, a woman's given name that looks like a
// noun after her title, and the name علي before a verbal noun.
const mentions = (text: string) => speakers(text).map((s) => s.text);
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('a woman’s given name in ة after her title', () => {
  it('starts the name before a given name (her father’s)', () => {
    expect(mentions('وقالت الممرضة رجوة سالم إن الأسرة ممتلئة منذ أيام.')).toEqual(['رجوة سالم']);
  });

  it('starts the name before a family name in ي, after an adjective of the title too', () => {
    expect(mentions('وقالت الممرضة وجيهة الحوراني إن الأسرة ممتلئة.')).toEqual(['وجيهة الحوراني']);
    expect(mentions('وقالت الباحثة الاقتصادية ريمة العلوي إن الأسعار ارتفعت.')).toEqual(['ريمة العلوي']);
  });

  it('leaves a role with no name whole', () => {
    expect(mentions('وقالت الناشطة الحقوقية إن المعتقلين كثر.')).toEqual(['الناشطة الحقوقية']);
    expect(mentions('وقالت المديرة التنفيذية للجمعية إن المساعدات تأخرت.')).toEqual(['المديرة التنفيذية للجمعية']);
  });
});

describe('علي before a verbal noun is the preposition', () => {
  it('ends the name of someone introduced working on something, who speaks next', () => {
    const text = 'في السوق، يعمل سامي حسن العلي على ترميم دكان قديم. يقول إن الإسمنت غال.';
    expect(speakerOf(text)).toEqual(['سامي حسن العلي']);
  });

  it('keeps علي as a father’s name before the complementizer', () => {
    expect(mentions('وقال سامي علي إن التحقيق مستمر.')).toEqual(['سامي علي']);
  });
});

describe('common given names the lexicon now knows', () => {
  it('ends a role before a woman’s name that ends in a vowel letter', () => {
    expect(mentions('وقالت رئيسة الجمعية لمياء الحسن إن المساعدات تأخرت.')).toEqual(['لمياء الحسن']);
  });

  it('starts a name after a rank and its grade', () => {
    expect(mentions('وقال العميد الركن ليث حمود إن القوات انسحبت.')).toEqual(['ليث حمود']);
  });
});

describe('علي after a lone given name, before a complementizer, with a verb that takes على', () => {
  it('reads it as the father’s name, after a title or none', () => {
    expect(mentions('وأكد وضاح علي أن الطريق «سالك».')).toEqual(['وضاح علي']);
    expect(mentions('وشدد مدير المدرسة وضاح علي أن الدوام مستمر.')).toEqual(['وضاح علي']);
  });

  it('keeps the preposition after a title or a full name', () => {
    expect(mentions('وأكد المحافظ على أن الطريق سالك.')).toEqual(['المحافظ']);
    expect(mentions('وشدد وضاح الخطيب على أن الطريق سالك.')).toEqual(['وضاح الخطيب']);
  });
});
