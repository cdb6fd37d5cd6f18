import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Quoted words that are the object of a verb of saying through a preposition, with no clause around
// them (دعت … إلى «…», urged … to “…”, what it called a “…”), are partial quotes the guidelines
// annotate as direct quotes. Invented sentences.
const texts = (text: string) => quotes(text).map((q) => q.text);

describe('quoted words governed by a verb without a clause', () => {
  it('finds Arabic quoted objects after the verb and its preposition', () => {
    expect(texts('ودعت بلدية المدينة السكان إلى «عدم الاقتراب من مجرى الوادي» حتى انحسار المياه.')).toEqual([
      'عدم الاقتراب من مجرى الوادي',
    ]);
    expect(texts('وطالب محامي الدفاع بإسقاط «جميع التهم الموجهة إلى موكله» في ختام الجلسة.')).toEqual(['جميع التهم الموجهة إلى موكله']);
    expect(texts('وأرجع مدير المستشفى التأخير إلى «نقص حاد في الكوادر التمريضية».')).toEqual(['نقص حاد في الكوادر التمريضية']);
  });

  it('credits a participle’s quoted object to the speaker of the sentence', () => {
    const found = quotes('وقال وزير الزراعة رامي العطار إن الموسم تأخر أسبوعين، داعياً المزارعين إلى «التريث في الحصاد».');
    expect(found.map((q) => [q.text, q.attributes.speakerText])).toContainEqual(['التريث في الحصاد', 'رامي العطار']);
  });

  it('finds English quoted objects of urge, remind and a term someone called something', () => {
    expect(texts('The agency urged drivers to "avoid the coast road until further notice".')).toEqual([
      'avoid the coast road until further notice',
    ]);
    expect(texts('Residents left the hall in protest at what they called a "secret" deal.')).toEqual(['secret']);
  });

  it('leaves names, titles and marks with no verb of saying alone', () => {
    expect(texts('وانتقل اللاعب إلى «النادي الأهلي» الموسم الماضي بعد مفاوضات طويلة.')).toEqual([]);
    expect(texts('وحذر التقرير من «داعش» في المنطقة.')).toEqual([]);
    expect(texts('The council voted to rename the square "Harbour Gate" next spring.')).toEqual([]);
    expect(texts('The novel "A Winter Without Bread" was reprinted this year.')).toEqual([]);
  });
});
