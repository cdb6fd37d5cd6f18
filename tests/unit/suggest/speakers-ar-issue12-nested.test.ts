import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, who speaks in a quotation
// quoted inside someone's words.
const speakerOf = (text: string, inner: string) => quotes(text).find((q) => q.text === inner)?.attributes.speakerText;

describe('the speaker of a quotation inside a quotation (Arabic)', () => {
  it('credits kin named by the quoted person, before the verb (جدتي كانت تقول لي)', () => {
    const text = 'وقال الخباز سليم: «تعلمت المهنة صغيراً. جدتي كانت تقول لي: "الخبز لا ينتظر أحداً"».';
    expect(speakerOf(text, 'الخبز لا ينتظر أحداً')).toBe('جدتي');
  });

  it('credits a title after the verb and who was told (قال لي المهندس)', () => {
    const text = "وقالت المزارعة هدى: «قال لي المهندس 'البئر ستجف قبل الصيف'».";
    expect(speakerOf(text, 'البئر ستجف قبل الصيف')).toBe('المهندس');
  });

  it('credits a role opening its clause, without the و before it', () => {
    const text = 'وقال العامل: «نعمل في الحر. ومدير الورشة قال لنا مرة: "الإنتاج أولاً"».';
    expect(speakerOf(text, 'الإنتاج أولاً')).toBe('مدير الورشة');
  });

  it('does not give a feminine verb’s quotation to a man, nor invent a speaker for a bare verb', () => {
    const text = 'وقالت المعلمة: «الطالب سمير قالت لي: "لن أعود"». وأضافت: «قال لي مرة: "المدرسة بيتي"».';
    expect(speakerOf(text, 'لن أعود')).toBeFalsy();
    expect(speakerOf(text, 'المدرسة بيتي')).toBeFalsy();
  });
});
