import { describe, expect, it } from 'vitest';
import { implausibleArabicSpeaker } from '../../../shared/suggest/speakers/arabic-implausible';
import { quotes } from './helpers';

// Words and sentences written for these tests (no article's wording): issue 12 round 15, single
// words that a cut-short phrase leaves where a speaker should be.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('implausibleArabicSpeaker: single words no one is called by', () => {
  it('rejects adverbs of restriction, place and time', () => {
    for (const w of ['فقط', 'هنا', 'هناك', 'أيضاً', 'حينها', 'الآن']) expect(implausibleArabicSpeaker(w)).toBe(true);
  });

  it('rejects a negation’s verbal noun and the adjectives of an unnamed source', () => {
    for (const w of ['عدم', 'رسمية', 'سابق', 'أولية']) expect(implausibleArabicSpeaker(w)).toBe(true);
  });

  it('rejects a month and a reporting verb with its و', () => {
    for (const w of ['آذار', 'نوفمبر', 'ويتابع', 'وتضيف']) expect(implausibleArabicSpeaker(w)).toBe(true);
  });

  it('rejects derived present-tense forms one letter longer (تفاعل، استفعل)', () => {
    for (const w of ['تتعامل', 'تستخدم', 'يستعمل']) expect(implausibleArabicSpeaker(w)).toBe(true);
  });

  it('keeps names, titles and phrases of two words', () => {
    for (const w of ['يوسف', 'تسنيم', 'الوزير', 'مصدر سابق', 'سامي هنا', 'ياسمين', 'ويلسون', 'فيريرا'])
      expect(implausibleArabicSpeaker(w)).toBe(false);
  });
});

describe('a quote whose speaker would be such a word', () => {
  it('is offered without that word as its speaker', () => {
    const text = 'سألت البائعة عن الأسعار، فلم تذكر أرقاماً، قالت فقط: «الله يعين الناس على هذا الغلاء».';
    expect(speakerOf(text)).not.toContain('فقط');
  });
});
