import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

describe('coordinated and contrasting reported clauses', () => {
  // The guidelines: "that A and that B" is one reported clause.
  it('keeps "إن A، وإن B" as one statement', () => {
    expect(summary('وقال رئيس البلدية خليل نعمة إن المياه عادت إلى الأحياء، وإن الكهرباء ستعود غداً.')).toEqual([
      ['المياه عادت إلى الأحياء، وإن الكهرباء ستعود غداً', 'خليل نعمة'],
    ]);
  });

  it('keeps "أن A، وأنه B" after a preposition-taking verb as one statement', () => {
    expect(summary('وأشارت الشركة إلى أن المبيعات تراجعت، وأنها ستغلق فرعين.').map((q) => q[0])).toEqual([
      'المبيعات تراجعت، وأنها ستغلق فرعين',
    ]);
  });

  it('keeps "said A, and that B" as one statement, its quoted fragment a quote of its own', () => {
    expect(summary('Rescuers said the road was blocked, and that two villages were "cut off".')).toEqual([
      ['the road was blocked, and that two villages were "cut off"', 'Rescuers'],
      ['cut off', 'Rescuers'],
    ]);
  });

  it('does not invent a quote from a coordinated clause with no reported clause before it', () => {
    expect(quotes('ومن المتوقع أن ترتفع الأسعار، وأن يتراجع الطلب.')).toEqual([]);
  });

  it('ends a clause at "غير أنها شددت" and gives the new verb its own quote', () => {
    const text = 'واعتبرت المديرة الإقليمية سلوى حداد أن الخطة «طموحة»، غير أنها شددت على أن التمويل غير كاف.';
    expect(summary(text)).toEqual([
      ['الخطة «طموحة»', 'سلوى حداد'],
      ['طموحة', 'سلوى حداد'],
      ['التمويل غير كاف', 'سلوى حداد'],
    ]);
  });

  it('ends a clause at ", and urged …": the speaker’s next act is not part of what was said', () => {
    expect(quotes('The minister warned that rivers would rise, and urged residents to leave.')[0]?.text).toBe('rivers would rise');
  });

  it('leaves the impersonal "يذكر أن" (it is noted that) alone', () => {
    expect(quotes('يذكر أن المهرجان انطلق عام 1998.')).toEqual([]);
  });
});

describe('things that look like quotes but are not', () => {
  it('does not pair a name in marks with a later split-quote cue', () => {
    const qs = quotes('The so-called "Blue Card" plan was dropped after unions called it "a gift to employers".');
    expect(qs.map((q) => q.text)).toEqual(['a gift to employers']);
  });

  it('reads the impersonal يتوقع أن and the writer’s "ومن المنتظر أن" as no one’s statement', () => {
    expect(quotes('يتوقع أن تنخفض درجات الحرارة غداً.')).toEqual([]);
    expect(quotes('وقال الوزير إن المشروع سينتهي قريباً، ومن المقرر أن يفتتح في الصيف.').map((q) => q.text)).toEqual([
      'المشروع سينتهي قريباً',
    ]);
  });

  it('reads وصف … بأنه with the object between subject and clause', () => {
    expect(quotes('ووصفت النقابة القرار بأنه «اعتداء على حقوق العمال».')[0]?.attributes.speakerName).toBe('النقابة');
  });

  it('does not read "اقرأ أيضاً" (read also) as a reporting verb', () => {
    expect(quotes('أعلنت الوزارة أن الخطة جاهزة.\nاقرأ أيضاً: «الإسكان» تطلق منصة جديدة للحجز').map((q) => q.text)).toEqual(['الخطة جاهزة']);
  });
});
